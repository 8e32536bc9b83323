import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-status-field.messages.en.js';
import fi, { type FeedbackStatusFieldMessageKey } from './feedback-status-field.messages.fi.js';
import sv from './feedback-status-field.messages.sv.js';

export type { FeedbackStatusFieldMessageKey };

/** Every language of the status widget's first view's texts at once (tests and tools). */
export const feedbackStatusFieldMessages: Catalogs<FeedbackStatusFieldMessageKey> = { fi, sv, en };
