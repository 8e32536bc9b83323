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
  'budgeting.results.why': 'Miksi',
  'budgeting.results.won': 'Valittiin',
  'budgeting.results.lost': 'Ei valittu',
  'budgeting.results.why.funded': 'Valittiin {place}. hankkeena.',
  'budgeting.results.why.fundedShares': 'Valittiin {place}. hankkeena: kannattajat maksoivat sen osuuksistaan.',
  'budgeting.results.why.completion': 'Valittiin täydennyksessä {place}. hankkeena, kun tasaosuudet eivät enää riittäneet.',
  'budgeting.results.why.noVotes': 'Ei saanut ääniä.',
  'budgeting.results.why.didNotFit': 'Ei mahtunut: rahaa oli jäljellä {money}.',
  'budgeting.results.why.supportersShort': 'Kannattajilla oli osuuksistaan jäljellä {had}, hanke maksaa {cost}.',
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
