import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackMessageKey } from './feedback.messages.fi.js';

/** The texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackMessages: LazyCatalogs<FeedbackMessageKey> = {
  fi,
  sv: () => import('./feedback.messages.sv.js'),
  en: () => import('./feedback.messages.en.js'),
};
