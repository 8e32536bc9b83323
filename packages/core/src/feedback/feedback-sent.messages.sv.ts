import type { Catalog } from '../i18n/translate.js';
import type { FeedbackSentMessageKey } from './feedback-sent.messages.fi.js';

/** Swedish texts of what the feedback form shows after sending: the fields' errors and the confirmation. */
const sv: Catalog<FeedbackSentMessageKey> = {
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
  'feedback.sent.keep': 'Spara koden: med den ser du hur responsen behandlas och stadens svar.',
  'feedback.sent.new': 'Ge ny respons',
  'feedback.sent.copy': 'Kopiera koden',
  'feedback.sent.copied': 'Koden har kopierats.',
};

export default sv;
