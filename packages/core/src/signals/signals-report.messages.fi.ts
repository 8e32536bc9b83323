import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of a report's response time (in the status answer and the public list). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'signals.report.responseTime': 'Vastausaika',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} arkipäivä)', other: '{duration} ({days} arkipäivää)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Tavoiteajassa: {target} arkipäivä.', other: 'Tavoiteajassa: {target} arkipäivää.' },
  'signals.report.late': { plural: 'target', one: 'Yli tavoiteajan ({target} arkipäivä).', other: 'Yli tavoiteajan ({target} arkipäivää).' },
  'signals.report.waiting': { plural: 'target', one: 'Ei vielä vastausta. Tavoite on {target} arkipäivä.', other: 'Ei vielä vastausta. Tavoite on {target} arkipäivää.' },
  'signals.report.closedAfter': 'Käsittely valmis {duration} kuluttua.',
} satisfies Catalog;

export type SignalsReportMessageKey = keyof typeof fi;
export default fi;
