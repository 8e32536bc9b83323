import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the public list `<kohtaamo-feedback-list>` (issue 7, docs/adr/0103): its
 * filters, paging and items, with the statuses, the reply and the response time. A catalog of its
 * own, so the list's first view carries no other widget's texts; the keys it shares with the
 * status answer (feedback.messages, signals-report.messages) and the inbox (photoAlt, in
 * feedback-resident.messages) say the same there (catalogs.test.ts). Finnish defines the keys.
 */
const fi = {
  'feedback.list.title': 'Palautteet ja vastaukset',
  'feedback.list.filters': 'Rajaa palautteita',
  'feedback.list.category': 'Aihe',
  'feedback.list.allCategories': 'Kaikki aiheet',
  'feedback.list.status': 'Tila',
  'feedback.list.allStatuses': 'Kaikki',
  'feedback.list.open': 'Avoimet',
  'feedback.list.closed': 'Käsitellyt',
  'feedback.list.area': 'Alue',
  'feedback.list.wholeCity': 'Koko kaupunki',
  'feedback.list.mapArea': 'Kartalla näkyvä alue',
  'feedback.list.apply': 'Näytä',
  'feedback.list.count': { plural: 'total', one: '{total} palaute', other: '{total} palautetta' },
  'feedback.list.empty': 'Ei palautteita näillä rajauksilla.',
  'feedback.list.error': 'Palautteita ei saatu ladattua.',
  'feedback.list.page': 'Sivu {page}/{pages}',
  'feedback.list.previous': 'Edellinen sivu',
  'feedback.list.next': 'Seuraava sivu',
  'feedback.list.address': 'Osoite tai paikka',
  'feedback.list.photoAlt': 'Palautteen kuva {n}',
  'feedback.sent.code': 'Seurantatunnus',
  'feedback.status.received': 'Vastaanotettu',
  'feedback.status.allocated': 'Ohjattu käsittelijälle',
  'feedback.status.in_handling': 'Käsittelyssä',
  'feedback.status.done': 'Käsitelty',
  'feedback.status.rejected': 'Hylätty',
  'feedback.status.sentAt': 'Lähetetty',
  'feedback.status.reply': 'Kaupungin vastaus',
  'signals.report.responseTime': 'Vastausaika',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} arkipäivä)', other: '{duration} ({days} arkipäivää)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Tavoiteajassa: {target} arkipäivä.', other: 'Tavoiteajassa: {target} arkipäivää.' },
  'signals.report.late': { plural: 'target', one: 'Yli tavoiteajan ({target} arkipäivä).', other: 'Yli tavoiteajan ({target} arkipäivää).' },
  'signals.report.waiting': { plural: 'target', one: 'Ei vielä vastausta. Tavoite on {target} arkipäivä.', other: 'Ei vielä vastausta. Tavoite on {target} arkipäivää.' },
  'signals.report.closedAfter': 'Käsittely valmis {duration} kuluttua.',
} satisfies Catalog;

export type FeedbackListMessageKey = keyof typeof fi;
export default fi;
