import type { Catalog } from '../i18n/translate.js';
import type { FeedbackFormMessageKey } from './feedback-form.messages.fi.js';

/** Swedish texts of the feedback form's first view (the heading, the topic, the message and sending). */
const sv: Catalog<FeedbackFormMessageKey> = {
  'feedback.form.title': 'Ge respons',
  'feedback.form.intro': 'Responsen behandlas av staden. Du kan ge den anonymt.',
  'feedback.category.label': 'Ämne',
  'feedback.category.choose': 'Välj ämne',
  'feedback.message.label': 'Respons',
  'feedback.message.hint': 'Berätta så noggrant som möjligt vad saken gäller. Minst {min} tecken.',
  'feedback.message.counter': '{count}/{max} tecken',
  'feedback.submit': 'Skicka respons',
  'feedback.sending': 'Skickas…',
  'feedback.categories.error': 'Ämnena kunde inte laddas.',
};

export default sv;
