import type { Catalog } from '../i18n/translate.js';
import type { FeedbackInboxSignInMessageKey } from './feedback-inbox-sign-in.messages.fi.js';

/** Swedish texts of the feedback inbox's first state: the sign-in. */
const sv: Catalog<FeedbackInboxSignInMessageKey> = {
  'feedback.inbox.title': 'Behandling av respons',
  'feedback.inbox.signIn.title': 'Logga in som handläggare',
  'feedback.inbox.signIn.token.label': 'Personalens nyckel',
  'feedback.inbox.signIn.token.hint': 'Klistra in nyckeln du fått av huvudanvändaren. Den sparas bara medan fliken är öppen.',
  'feedback.inbox.signIn.submit': 'Logga in',
  'feedback.inbox.signIn.required': 'Klistra in nyckeln.',
  'feedback.inbox.error': 'Åtgärden misslyckades. Försök igen.',
};
export default sv;
