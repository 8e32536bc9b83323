import type { Catalog } from '../i18n/translate.js';
import type { FeedbackInboxSignInMessageKey } from './feedback-inbox-sign-in.messages.fi.js';

/** English texts of the feedback inbox's first state: the sign-in. */
const en: Catalog<FeedbackInboxSignInMessageKey> = {
  'feedback.inbox.title': 'Feedback handling',
  'feedback.inbox.signIn.title': 'Sign in as a handler',
  'feedback.inbox.signIn.token.label': 'Staff token',
  'feedback.inbox.signIn.token.hint': 'Paste the token an administrator gave you. It is kept only while this tab is open.',
  'feedback.inbox.signIn.submit': 'Sign in',
  'feedback.inbox.signIn.required': 'Paste the token.',
  'feedback.inbox.error': 'That did not work. Try again.',
};
export default en;
