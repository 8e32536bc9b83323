import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMessageKey } from './feedback.messages.fi.js';

/** English texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). */
const en: Catalog<FeedbackMessageKey> = {
  'feedback.sent.code': 'Tracking code',
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
  'feedback.remembered.title': 'Sent from this device',
  'feedback.remembered.new': 'New reply',
  'feedback.remembered.updated': 'Status changed',
  'feedback.remembered.show': 'Show {code}',
};

export default en;
