import type { Catalog } from '../i18n/translate.js';
import type { FeedbackListMessageKey } from './feedback-list.messages.fi.js';

/** Swedish texts of the public list. */
const sv: Catalog<FeedbackListMessageKey> = {
  'feedback.list.title': 'Respons och svar',
  'feedback.list.filters': 'Avgränsa responsen',
  'feedback.list.category': 'Ämne',
  'feedback.list.allCategories': 'Alla ämnen',
  'feedback.list.status': 'Status',
  'feedback.list.allStatuses': 'Alla',
  'feedback.list.open': 'Öppna',
  'feedback.list.closed': 'Behandlade',
  'feedback.list.area': 'Område',
  'feedback.list.wholeCity': 'Hela staden',
  'feedback.list.mapArea': 'Området som syns på kartan',
  'feedback.list.apply': 'Visa',
  'feedback.list.count': { plural: 'total', one: '{total} respons', other: '{total} responser' },
  'feedback.list.empty': 'Ingen respons med dessa avgränsningar.',
  'feedback.list.error': 'Responsen kunde inte laddas.',
  'feedback.list.page': 'Sida {page}/{pages}',
  'feedback.list.previous': 'Föregående sida',
  'feedback.list.next': 'Nästa sida',
  'feedback.list.address': 'Adress eller plats',
  'feedback.list.photoAlt': 'Bild {n} till responsen',
  'feedback.sent.code': 'Spårningskod',
  'feedback.status.received': 'Mottagen',
  'feedback.status.allocated': 'Tilldelad handläggare',
  'feedback.status.in_handling': 'Under behandling',
  'feedback.status.done': 'Behandlad',
  'feedback.status.rejected': 'Avslagen',
  'feedback.status.sentAt': 'Skickad',
  'feedback.status.reply': 'Stadens svar',
  'signals.report.responseTime': 'Svarstid',
  'signals.report.answered': { plural: 'days', one: '{duration} ({days} arbetsdag)', other: '{duration} ({days} arbetsdagar)' },
  'signals.report.withinTarget': { plural: 'target', one: 'Inom målet: {target} arbetsdag.', other: 'Inom målet: {target} arbetsdagar.' },
  'signals.report.late': { plural: 'target', one: 'Över målet ({target} arbetsdag).', other: 'Över målet ({target} arbetsdagar).' },
  'signals.report.waiting': { plural: 'target', one: 'Inget svar ännu. Målet är {target} arbetsdag.', other: 'Inget svar ännu. Målet är {target} arbetsdagar.' },
  'signals.report.closedAfter': 'Behandlingen klar efter {duration}.',
};

export default sv;
