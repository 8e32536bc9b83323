import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackStatusFieldMessageKey } from './feedback-status-field.messages.fi.js';

export type { FeedbackStatusFieldMessageKey };

/** The status widget's first view's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackStatusFieldMessages: LazyCatalogs<FeedbackStatusFieldMessageKey> = {
  fi,
  sv: () => import('./feedback-status-field.messages.sv.js'),
  en: () => import('./feedback-status-field.messages.en.js'),
};
