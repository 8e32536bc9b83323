import type { Catalog } from '../i18n/translate.js';
import type { SignalsReportMessageKey } from './signals-report.messages.fi.js';

/** English texts of a report's response time (in the status answer and the public list). */
const en: Catalog<SignalsReportMessageKey> = {
  'signals.report.responseTime': 'Response time',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} working day)', other: '{duration} ({days} working days)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Within the target: {target} working day.', other: 'Within the target: {target} working days.' },
  'signals.report.late': { plural: 'target', one: 'Over the target ({target} working day).', other: 'Over the target ({target} working days).' },
  'signals.report.waiting': { plural: 'target', one: 'No response yet. The target is {target} working day.', other: 'No response yet. The target is {target} working days.' },
  'signals.report.closedAfter': 'Handling finished after {duration}.',
};

export default en;
