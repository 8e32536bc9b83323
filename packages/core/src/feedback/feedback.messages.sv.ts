import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMessageKey } from './feedback.messages.fi.js';

/** Swedish texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). */
const sv: Catalog<FeedbackMessageKey> = {
  'feedback.category.required': 'Välj ett ämne för responsen.',
  'feedback.category.unknown': 'Detta ämne finns inte. Välj ett ämne i listan.',
  'feedback.message.required': 'Skriv din respons.',
  'feedback.message.tooShort': 'Responsen är för kort (minst {min} tecken).',
  'feedback.message.tooLong': 'Responsen är för lång (högst {max} tecken).',
  'feedback.address.invalid': 'Kontrollera adressen.',
  'feedback.contact.email.invalid': 'Kontrollera e-postadressen, till exempel namn@exempel.fi.',
  'feedback.contact.phone.invalid': 'Kontrollera telefonnumret, till exempel 040 123 4567.',
  'feedback.contact.consent.required': 'Kontakt förutsätter ditt samtycke.',
  'feedback.sent.title': 'Tack! Din respons har tagits emot.',
  'feedback.sent.code': 'Spårningskod',
  'feedback.sent.keep': 'Spara koden: med den ser du hur responsen behandlas och stadens svar.',
  'feedback.sent.new': 'Ge ny respons',
  'feedback.sent.copy': 'Kopiera koden',
  'feedback.sent.copied': 'Koden har kopierats.',
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
};

export default sv;
