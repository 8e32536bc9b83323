import type { Catalogs } from '../i18n/translate.js';
import en from './feedback.messages.en.js';
import fi, { type FeedbackMessageKey } from './feedback.messages.fi.js';
import sv from './feedback.messages.sv.js';

export type { FeedbackMessageKey };

/**
 * Every language's texts of the feedback domain: the form and the status lookup, loaded at once: for the server and tests.
 * Widgets use {@link lazyFeedbackMessages}, which loads only the page's language.
 */
export const feedbackMessages: Catalogs<FeedbackMessageKey> = { fi, sv, en };
