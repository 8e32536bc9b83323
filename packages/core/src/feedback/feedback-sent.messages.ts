import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-sent.messages.en.js';
import fi, { type FeedbackSentMessageKey } from './feedback-sent.messages.fi.js';
import sv from './feedback-sent.messages.sv.js';

export type { FeedbackSentMessageKey };

/**
 * Every language's texts of what the feedback form shows after sending: the fields' errors and the confirmation, loaded at once: for the server and tests.
 * Widgets use {@link lazyFeedbackSentMessages}, which loads only the page's language.
 */
export const feedbackSentMessages: Catalogs<FeedbackSentMessageKey> = { fi, sv, en };
