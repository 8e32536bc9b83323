import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-form.messages.en.js';
import fi, { type FeedbackFormMessageKey } from './feedback-form.messages.fi.js';
import sv from './feedback-form.messages.sv.js';

export type { FeedbackFormMessageKey };

/**
 * Every language's texts of the feedback form's first view, loaded at once: for
 * the server and tests. Widgets use {@link lazyFeedbackFormMessages}, which loads only the page's language.
 */
export const feedbackFormMessages: Catalogs<FeedbackFormMessageKey> = { fi, sv, en };
