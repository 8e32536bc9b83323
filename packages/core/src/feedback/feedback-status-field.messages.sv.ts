import type { Catalog } from '../i18n/translate.js';
import type { FeedbackStatusFieldMessageKey } from './feedback-status-field.messages.fi.js';

/** Swedish texts of the status widget's first view. */
const sv: Catalog<FeedbackStatusFieldMessageKey> = {
  'feedback.status.title': 'Responsens status',
  'feedback.status.code.label': 'Spårningskod',
  'feedback.status.code.hint': 'I formen XXXX-XXXX-X. Du hittar den i bekräftelsen.',
  'feedback.status.lookup': 'Sök',
};

export default sv;
