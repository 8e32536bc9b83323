import type { Catalog } from '../i18n/translate.js';
import type { FeedbackSentMessageKey } from './feedback-sent.messages.fi.js';

/** English texts of what the feedback form shows after sending: the fields' errors and the confirmation. */
const en: Catalog<FeedbackSentMessageKey> = {
  'feedback.category.required': 'Choose the topic of your feedback.',
  'feedback.category.unknown': 'This topic does not exist. Choose one from the list.',
  'feedback.message.required': 'Write your feedback.',
  'feedback.message.tooShort': 'The feedback is too short (at least {min} characters).',
  'feedback.message.tooLong': 'The feedback is too long (at most {max} characters).',
  'feedback.address.invalid': 'Please check the address.',
  'feedback.contact.email.invalid': 'Please check the email address, for example name@example.fi.',
  'feedback.contact.phone.invalid': 'Please check the phone number, for example 040 123 4567.',
  'feedback.contact.consent.required': 'We can contact you only with your consent.',
  'feedback.sent.title': 'Thank you! Your feedback has been received.',
  'feedback.sent.keep': 'Keep the code: with it you can see how your feedback is handled and the city\'s reply.',
  'feedback.sent.new': 'Give new feedback',
  'feedback.sent.copy': 'Copy the code',
  'feedback.sent.copied': 'Code copied.',
};

export default en;
