import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackFormMessageKey } from './feedback-form.messages.fi.js';

/** The texts of the feedback form's first state and of the map: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackFormMessages: LazyCatalogs<FeedbackFormMessageKey> = {
  fi,
  sv: () => import('./feedback-form.messages.sv.js'),
  en: () => import('./feedback-form.messages.en.js'),
};
