import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackFieldsMessageKey } from './feedback-fields.messages.fi.js';

/** The texts of the feedback form's fields that come at the first touch (the place, the map's button, photos, the topic's questions and notices, contact details): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackFieldsMessages: LazyCatalogs<FeedbackFieldsMessageKey> = {
  fi,
  sv: () => import('./feedback-fields.messages.sv.js'),
  en: () => import('./feedback-fields.messages.en.js'),
};
