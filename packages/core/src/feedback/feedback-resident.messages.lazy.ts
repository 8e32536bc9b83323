import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackResidentMessageKey } from './feedback-resident.messages.fi.js';

/** The texts of the resident features: answers' and photos' errors, similar reports, a feedback's photo as the inbox shows it (the list's texts are in feedback-list.messages; the questions', map's and photos' labels are in feedback-form.messages): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackResidentMessages: LazyCatalogs<FeedbackResidentMessageKey> = {
  fi,
  sv: () => import('./feedback-resident.messages.sv.js'),
  en: () => import('./feedback-resident.messages.en.js'),
};
