import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackHandlingMessageKey } from './handling.messages.fi.js';

/** The texts of feedback handling by staff (API problems and the inbox): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackHandlingMessages: LazyCatalogs<FeedbackHandlingMessageKey> = {
  fi,
  sv: () => import('./handling.messages.sv.js'),
  en: () => import('./handling.messages.en.js'),
};
