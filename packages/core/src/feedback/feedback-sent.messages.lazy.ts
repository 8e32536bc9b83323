import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackSentMessageKey } from './feedback-sent.messages.fi.js';

/** The texts of what the feedback form shows after sending: the fields' errors and the confirmation: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackSentMessages: LazyCatalogs<FeedbackSentMessageKey> = {
  fi,
  sv: () => import('./feedback-sent.messages.sv.js'),
  en: () => import('./feedback-sent.messages.en.js'),
};
