import type { Catalog } from '../i18n/translate.js';
import type { FeedbackFormMessageKey } from './feedback-form.messages.fi.js';

/** English texts of the feedback form's first view (the heading, the topic, the message and sending). */
const en: Catalog<FeedbackFormMessageKey> = {
  'feedback.form.title': 'Give feedback',
  'feedback.form.intro': 'Your feedback is handled by the city. You can give it anonymously.',
  'feedback.category.label': 'Topic',
  'feedback.category.choose': 'Choose a topic',
  'feedback.message.label': 'Feedback',
  'feedback.message.hint': 'Tell us as precisely as you can what it is about. At least {min} characters.',
  'feedback.message.counter': '{count}/{max} characters',
  'feedback.submit': 'Send feedback',
  'feedback.sending': 'Sending…',
  'feedback.categories.error': 'The topics could not be loaded.',
};

export default en;
