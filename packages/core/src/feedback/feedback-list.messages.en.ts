import type { Catalog } from '../i18n/translate.js';
import type { FeedbackListMessageKey } from './feedback-list.messages.fi.js';

/** English texts of the public list. */
const en: Catalog<FeedbackListMessageKey> = {
  'feedback.list.title': 'Feedback and replies',
  'feedback.list.filters': 'Filter the feedback',
  'feedback.list.category': 'Topic',
  'feedback.list.allCategories': 'All topics',
  'feedback.list.status': 'Status',
  'feedback.list.allStatuses': 'All',
  'feedback.list.open': 'Open',
  'feedback.list.closed': 'Closed',
  'feedback.list.area': 'Area',
  'feedback.list.wholeCity': 'The whole city',
  'feedback.list.mapArea': 'The area shown on the map',
  'feedback.list.apply': 'Show',
  'feedback.list.count': { plural: 'total', one: '{total} item of feedback', other: '{total} items of feedback' },
  'feedback.list.empty': 'No feedback with these filters.',
  'feedback.list.error': 'The feedback could not be loaded.',
  'feedback.list.page': 'Page {page}/{pages}',
  'feedback.list.previous': 'Previous page',
  'feedback.list.next': 'Next page',
  'feedback.list.address': 'Address or place',
  'feedback.list.photoAlt': 'Photo {n} of the feedback',
  'feedback.sent.code': 'Tracking code',
  'feedback.status.received': 'Received',
  'feedback.status.allocated': 'Allocated to a handler',
  'feedback.status.in_handling': 'In handling',
  'feedback.status.done': 'Done',
  'feedback.status.rejected': 'Rejected',
  'feedback.status.sentAt': 'Sent',
  'feedback.status.reply': 'The city\'s reply',
  'signals.report.responseTime': 'Response time',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} working day)', other: '{duration} ({days} working days)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Within the target: {target} working day.', other: 'Within the target: {target} working days.' },
  'signals.report.late': { plural: 'target', one: 'Over the target ({target} working day).', other: 'Over the target ({target} working days).' },
  'signals.report.waiting': { plural: 'target', one: 'No response yet. The target is {target} working day.', other: 'No response yet. The target is {target} working days.' },
  'signals.report.closedAfter': 'Handling finished after {duration}.',
};

export default en;
