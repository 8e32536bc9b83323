import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackMapMessageKey } from './feedback-map.messages.fi.js';

/** The texts of the feedback maps (the pin picker and the area map): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackMapMessages: LazyCatalogs<FeedbackMapMessageKey> = {
  fi,
  sv: () => import('./feedback-map.messages.sv.js'),
  en: () => import('./feedback-map.messages.en.js'),
};
