import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMessageKey } from './feedback.messages.fi.js';

/** English texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). */
const en: Catalog<FeedbackMessageKey> = {
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
  'feedback.sent.code': 'Tracking code',
  'feedback.sent.keep': 'Keep the code: with it you can see how your feedback is handled and the city\'s reply.',
  'feedback.sent.new': 'Give new feedback',
  'feedback.sent.copy': 'Copy the code',
  'feedback.sent.copied': 'Code copied.',
  'feedback.status.title': 'Feedback status',
  'feedback.status.code.label': 'Tracking code',
  'feedback.status.code.hint': 'In the form XXXX-XXXX-X. You find it in the confirmation.',
  'feedback.status.lookup': 'Look up',
  'feedback.code.invalid': 'Please check the tracking code, for example 7K3M-Q9XD-K.',
  'feedback.status.notFound': 'No feedback was found with this code.',
  'feedback.status.received': 'Received',
  'feedback.status.allocated': 'Allocated to a handler',
  'feedback.status.in_handling': 'In handling',
  'feedback.status.done': 'Done',
  'feedback.status.rejected': 'Rejected',
  'feedback.status.category': 'Topic',
  'feedback.status.state': 'Status',
  'feedback.status.sentAt': 'Sent',
  'feedback.status.updatedAt': 'Updated',
  'feedback.status.reply': 'The city\'s reply',
  'feedback.status.noReply': 'The feedback has not been answered yet.',
  'feedback.status.repliedAt': 'Answered {date}',
};

export default en;
