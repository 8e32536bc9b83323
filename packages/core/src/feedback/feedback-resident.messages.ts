import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-resident.messages.en.js';
import fi, { type FeedbackResidentMessageKey } from './feedback-resident.messages.fi.js';
import sv from './feedback-resident.messages.sv.js';

export type { FeedbackResidentMessageKey };

/**
 * Every language's texts of the resident features: questions, map, photos, similar reports, loaded at once: for the server and tests.
 * Widgets use {@link lazyFeedbackResidentMessages}, which loads only the page's language.
 */
export const feedbackResidentMessages: Catalogs<FeedbackResidentMessageKey> = { fi, sv, en };
