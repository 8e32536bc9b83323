import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackListMessageKey } from './feedback-list.messages.fi.js';

export type { FeedbackListMessageKey };

/** The public list's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackListMessages: LazyCatalogs<FeedbackListMessageKey> = {
  fi,
  sv: () => import('./feedback-list.messages.sv.js'),
  en: () => import('./feedback-list.messages.en.js'),
};
