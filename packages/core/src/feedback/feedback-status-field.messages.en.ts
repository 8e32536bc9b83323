import type { Catalog } from '../i18n/translate.js';
import type { FeedbackStatusFieldMessageKey } from './feedback-status-field.messages.fi.js';

/** English texts of the status widget's first view. */
const en: Catalog<FeedbackStatusFieldMessageKey> = {
  'feedback.status.title': 'Feedback status',
  'feedback.status.code.label': 'Tracking code',
  'feedback.status.code.hint': 'In the form XXXX-XXXX-X. You find it in the confirmation.',
  'feedback.status.lookup': 'Look up',
};

export default en;
