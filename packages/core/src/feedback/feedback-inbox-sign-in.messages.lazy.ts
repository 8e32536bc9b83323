import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type FeedbackInboxSignInMessageKey } from './feedback-inbox-sign-in.messages.fi.js';

/** The feedback inbox's sign-in texts: Finnish in its entry, Swedish and English loaded when a page needs them. */
export const lazyFeedbackInboxSignInMessages: LazyCatalogs<FeedbackInboxSignInMessageKey> = {
  fi,
  sv: () => import('./feedback-inbox-sign-in.messages.sv.js'),
  en: () => import('./feedback-inbox-sign-in.messages.en.js'),
};
