import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMessageKey } from './feedback.messages.fi.js';

/** Swedish texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). */
const sv: Catalog<FeedbackMessageKey> = {
  'feedback.sent.code': 'Spårningskod',
  'feedback.status.title': 'Responsens status',
  'feedback.status.code.label': 'Spårningskod',
  'feedback.status.code.hint': 'I formen XXXX-XXXX-X. Du hittar den i bekräftelsen.',
  'feedback.status.lookup': 'Sök',
  'feedback.code.invalid': 'Kontrollera spårningskoden, till exempel 7K3M-Q9XD-K.',
  'feedback.status.notFound': 'Ingen respons hittades med denna kod.',
  'feedback.status.received': 'Mottagen',
  'feedback.status.allocated': 'Tilldelad handläggare',
  'feedback.status.in_handling': 'Under behandling',
  'feedback.status.done': 'Behandlad',
  'feedback.status.rejected': 'Avslagen',
  'feedback.status.category': 'Ämne',
  'feedback.status.state': 'Status',
  'feedback.status.sentAt': 'Skickad',
  'feedback.status.updatedAt': 'Uppdaterad',
  'feedback.status.reply': 'Stadens svar',
  'feedback.status.noReply': 'Responsen har inte besvarats ännu.',
  'feedback.status.repliedAt': 'Besvarad {date}',
  'feedback.remembered.title': 'Skickade från den här enheten',
  'feedback.remembered.new': 'Nytt svar',
  'feedback.remembered.updated': 'Status ändrad',
  'feedback.remembered.show': 'Visa {code}',
};

export default sv;
