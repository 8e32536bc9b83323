import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-list.messages.en.js';
import fi, { type FeedbackListMessageKey } from './feedback-list.messages.fi.js';
import sv from './feedback-list.messages.sv.js';

export type { FeedbackListMessageKey };

/** Every language of the public list's texts at once (tests and tools). */
export const feedbackListMessages: Catalogs<FeedbackListMessageKey> = { fi, sv, en };
