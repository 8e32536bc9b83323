import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackFormMessageKey } from './feedback-form.messages.fi.js';

/** The texts of the feedback form's first view (the heading, the topic, the message, sending; the rest of its fields are in feedback-fields.messages, the maps' in feedback-map.messages): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackFormMessages: LazyCatalogs<FeedbackFormMessageKey> = {
  fi,
  sv: () => import('./feedback-form.messages.sv.js'),
  en: () => import('./feedback-form.messages.en.js'),
};
