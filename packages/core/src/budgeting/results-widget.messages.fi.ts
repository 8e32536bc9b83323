import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the results widget (<kohtaamo-budget-results>). Finnish defines the keys. */
const fi = {
  'budgeting.results.title': 'Äänestyksen tulokset',
  'budgeting.results.notYet': 'Tuloksia ei ole vielä julkaistu.',
  'budgeting.results.error': 'Tuloksia ei saatu ladattua.',
  'budgeting.results.ballots': { plural: 'count', one: 'Ääniä annettiin {count}.', other: 'Ääniä annettiin {count}.' },
  'budgeting.results.voters': { plural: 'voters', one: '{voters} äänestäjä, joista tyhjää äänesti {blank}.', other: '{voters} äänestäjää, joista tyhjää äänesti {blank}.' },
  'budgeting.results.spent': 'Valitut hankkeet maksavat {total} budjetista {amount}.',
  'budgeting.results.satisfied': '{percent} % äänestäjistä sai ainakin yhden äänestämänsä hankkeen läpi ({with}/{voters}).',
  'budgeting.results.rule': 'Voittajat laskettiin säännöllä: {rule}.',
  'budgeting.results.rule.greedy': 'eniten ääniä saaneet ensin, jos ne mahtuvat budjettiin',
  'budgeting.results.rule.mes': 'tasaosuuksien menetelmä (jokaisella äänestäjällä on yhtä suuri osuus budjetista)',
  'budgeting.results.rule.phragmen': 'Phragménin menetelmä',
  'budgeting.results.chart': 'Budjetin käyttö: {budget}',
  'budgeting.results.chartDesc': 'Valitut hankkeet {total} ja käyttämättä {unspent} budjetista {amount}.',
  'budgeting.results.unspent': 'Käyttämättä',
  'budgeting.results.table': 'Hankkeet, äänet ja hinnat: {budget}',
  'budgeting.results.project': 'Hanke',
  'budgeting.results.votes': 'Äänet',
  'budgeting.results.points': 'Pisteet',
  'budgeting.results.cost': 'Hinta',
  'budgeting.results.outcome': 'Tulos',
  'budgeting.results.whyTitle': 'Miksi kukin hanke valittiin tai jäi valitsematta',
  'budgeting.results.won': 'Valittiin',
  'budgeting.results.lost': 'Ei valittu',
  'budgeting.results.implementation': 'Toteutus: {status}, {progress} %',
  'budgeting.results.status.not-started': 'ei aloitettu',
  'budgeting.results.status.planning': 'suunnittelussa',
  'budgeting.results.status.in-progress': 'käynnissä',
  'budgeting.results.status.done': 'valmis',
  'budgeting.results.status.cancelled': 'peruttu',
  'budgeting.results.download': 'Äänet avoimena datana (Pabulib .pb): {budget}',
} satisfies Catalog;

export type ResultsWidgetMessageKey = keyof typeof fi;
export default fi;
