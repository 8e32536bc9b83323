import type { Catalogs } from '../i18n/translate.js';
import en from './feedback-inbox-sign-in.messages.en.js';
import fi, { type FeedbackInboxSignInMessageKey } from './feedback-inbox-sign-in.messages.fi.js';
import sv from './feedback-inbox-sign-in.messages.sv.js';

/** The feedback inbox's sign-in texts, every language at once (tests). */
export const feedbackInboxSignInMessages: Catalogs<FeedbackInboxSignInMessageKey> = { fi, sv, en };
