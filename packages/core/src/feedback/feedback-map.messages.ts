import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-map.messages.en.js';
import fi, { type FeedbackMapMessageKey } from './feedback-map.messages.fi.js';
import sv from './feedback-map.messages.sv.js';

export type { FeedbackMapMessageKey };

/**
 * Every language's texts of the feedback maps (the pin picker and the area map), loaded at once: for the server and tests. Widgets use
 * {@link lazyFeedbackMapMessages}, which loads only the page's language.
 */
export const feedbackMapMessages: Catalogs<FeedbackMapMessageKey> = { fi, sv, en };
