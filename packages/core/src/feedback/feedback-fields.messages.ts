import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-fields.messages.en.js';
import fi, { type FeedbackFieldsMessageKey } from './feedback-fields.messages.fi.js';
import sv from './feedback-fields.messages.sv.js';

export type { FeedbackFieldsMessageKey };

/**
 * Every language's texts of the feedback form's fields that come at the first touch (the place, the map's button, photos, the topic's questions and notices, contact details), loaded at once: for the server and tests. Widgets use
 * {@link lazyFeedbackFieldsMessages}, which loads only the page's language.
 */
export const feedbackFieldsMessages: Catalogs<FeedbackFieldsMessageKey> = { fi, sv, en };
