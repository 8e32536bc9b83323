import type { Catalogs } from '../i18n/translate.js';
import en from './handling.messages.en.js';
import fi, { type FeedbackHandlingMessageKey } from './handling.messages.fi.js';
import sv from './handling.messages.sv.js';

export type { FeedbackHandlingMessageKey };

/**
 * Every language's texts of feedback handling by staff (API problems and the inbox), loaded at once: for the server and tests.
 * Widgets use {@link lazyFeedbackHandlingMessages}, which loads only the page's language.
 */
export const feedbackHandlingMessages: Catalogs<FeedbackHandlingMessageKey> = { fi, sv, en };
