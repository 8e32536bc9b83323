import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackResidentMessageKey } from './feedback-resident.messages.fi.js';

/** The texts of the resident features: questions, map, photos, list: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyFeedbackResidentMessages: LazyCatalogs<FeedbackResidentMessageKey> = {
  fi,
  sv: () => import('./feedback-resident.messages.sv.js'),
  en: () => import('./feedback-resident.messages.en.js'),
};
