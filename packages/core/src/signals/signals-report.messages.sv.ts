import type { Catalog } from '../i18n/translate.js';
import type { SignalsReportMessageKey } from './signals-report.messages.fi.js';

/** Swedish texts of a report's response time (in the status answer and the public list). */
const sv: Catalog<SignalsReportMessageKey> = {
  'signals.report.responseTime': 'Svarstid',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} arbetsdag)', other: '{duration} ({days} arbetsdagar)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Inom målet: {target} arbetsdag.', other: 'Inom målet: {target} arbetsdagar.' },
  'signals.report.late': { plural: 'target', one: 'Över målet ({target} arbetsdag).', other: 'Över målet ({target} arbetsdagar).' },
  'signals.report.waiting': { plural: 'target', one: 'Inget svar ännu. Målet är {target} arbetsdag.', other: 'Inget svar ännu. Målet är {target} arbetsdagar.' },
  'signals.report.closedAfter': 'Behandlingen klar efter {duration}.',
};

export default sv;
