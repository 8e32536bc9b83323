import type { Catalog } from '../i18n/translate.js';
import type { ResultsWidgetMessageKey } from './results-widget.messages.fi.js';

/** Swedish texts of the results widget. */
const sv: Catalog<ResultsWidgetMessageKey> = {
  'budgeting.results.title': 'Omröstningens resultat',
  'budgeting.results.notYet': 'Resultaten har inte publicerats ännu.',
  'budgeting.results.error': 'Resultaten kunde inte laddas.',
  'budgeting.results.ballots': { plural: 'count', one: '{count} röst gavs.', other: '{count} röster gavs.' },
  'budgeting.results.voters': { plural: 'voters', one: '{voters} väljare, varav {blank} röstade blankt.', other: '{voters} väljare, varav {blank} röstade blankt.' },
  'budgeting.results.spent': 'De valda projekten kostar {total} av budgeten {amount}.',
  'budgeting.results.satisfied': '{percent} % av väljarna fick minst ett projekt de röstade på ({with}/{voters}).',
  'budgeting.results.rule': 'Vinnarna räknades med regeln: {rule}.',
  'budgeting.results.rule.greedy': 'flest röster först, om de ryms i budgeten',
  'budgeting.results.rule.mes': 'metoden med lika andelar (varje väljare har en lika stor andel av budgeten)',
  'budgeting.results.rule.phragmen': 'Phragméns metod',
  'budgeting.results.chart': 'Budgetens användning: {budget}',
  'budgeting.results.chartDesc': 'Valda projekt {total} och oanvänt {unspent} av budgeten {amount}.',
  'budgeting.results.unspent': 'Oanvänt',
  'budgeting.results.table': 'Projekt, röster och kostnader: {budget}',
  'budgeting.results.project': 'Projekt',
  'budgeting.results.votes': 'Röster',
  'budgeting.results.points': 'Poäng',
  'budgeting.results.cost': 'Kostnad',
  'budgeting.results.outcome': 'Resultat',
  'budgeting.results.whyTitle': 'Varför varje projekt valdes eller inte valdes',
  'budgeting.results.won': 'Vald',
  'budgeting.results.lost': 'Inte vald',
  'budgeting.results.implementation': 'Genomförande: {status}, {progress} %',
  'budgeting.results.status.not-started': 'inte påbörjat',
  'budgeting.results.status.planning': 'planeras',
  'budgeting.results.status.in-progress': 'pågår',
  'budgeting.results.status.done': 'klart',
  'budgeting.results.status.cancelled': 'inställt',
  'budgeting.results.download': 'Rösterna som öppna data (Pabulib .pb): {budget}',
};
export default sv;
