import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the budgeting module's API (rounds, proposals, voting, results). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'budgeting.round.scheduleOrder': 'Vaiheiden päivämäärien pitää olla järjestyksessä: ehdotukset, arviointi, äänestys, tulokset, toteutus.',
  'budgeting.round.votingStarted': 'Uuden kierroksen äänestys ei voi alkaa jo {day}: budjetit, ehdotukset ja säännöt tehdään ennen sitä. Avaa äänestys myöhemmin kierroksen sivulta.',
  'budgeting.round.votingEnded': 'Äänestyksen päättymispäivä {day} on jo mennyt: äänestyksen on päätyttävä tulevaisuudessa.',
  'budgeting.round.notFound': 'Osallistuvan budjetoinnin kierrosta ei löytynyt.',
  'budgeting.round.exists': 'Tällä tunnuksella on jo kierros.',
  'budgeting.budget.notFound': 'Budjettia ei löytynyt tältä kierrokselta.',
  'budgeting.budget.exists': 'Tällä tunnuksella on jo budjetti.',
  'budgeting.budget.unknown': 'Valitse kierroksen budjetti (alue tai teema).',
  'budgeting.proposal.notFound': 'Ehdotusta ei löytynyt.',
  'budgeting.proposal.cost': 'Anna arvioitu hinta euroina.',
  'budgeting.proposal.closed': 'Ehdotuksia voi jättää vain ehdotusvaiheessa ({from}–{until}).',
  'budgeting.image.type': 'Tiedosto ei ole JPEG-, PNG- tai WebP-kuva.',
  'budgeting.image.tooLarge': 'Kuva on liian suuri (enintään {mb} Mt).',
  'budgeting.image.unknown': 'Kuvaa ei löytynyt. Lisää kuva uudelleen.',
  'budgeting.image.alt': 'Kerro lyhyesti, mitä kuvassa on, niille jotka eivät näe sitä.',
  'budgeting.review.costRequired': 'Anna kaupungin kustannusarvio toteuttamiskelpoiselle ehdotukselle.',
  'budgeting.review.reasonRequired': 'Kirjoita julkinen perustelu hylkäämiselle tai yhdistämiselle.',
  'budgeting.review.mergedIntoRequired': 'Valitse ehdotus, johon tämä yhdistetään.',
  'budgeting.review.mergedIntoUnknown': 'Ehdotusta, johon yhdistetään, ei ole tässä budjetissa.',
  'budgeting.rules.frozen': 'Äänestys on alkanut: säännöt on lukittu, eikä niitä tai ehdotuksia voi enää muuttaa. Yritys kirjattiin lokiin.',
  'budgeting.rules.missing': 'Tämän budjetin sääntöjä ei ole vielä asetettu.',
  'budgeting.rules.noProjects': 'Budjetissa ei ole yhtään toteuttamiskelpoiseksi arvioitua ehdotusta.',
  'budgeting.voting.notOpen': 'Äänestys ei ole nyt auki.',
  'budgeting.voting.stillOpen': 'Äänestys on vielä auki: tuloksia ei voi laskea ennen kuin se on suljettu.',
  'budgeting.voting.alreadyVoted': 'Tällä äänioikeudella on jo äänestetty. Kukin voi äänestää vain kerran.',
  'budgeting.voter.code': 'Äänestyskoodi ei kelpaa. Tarkista se paperista.',
  'budgeting.voter.token': 'Tunnistautuminen ei kelpaa tai on vanhentunut. Tunnistaudu uudelleen.',
  'budgeting.voter.identityDisabled': 'Tunnistautumalla äänestäminen ei ole käytössä.',
  'budgeting.results.notPublished': 'Tuloksia ei ole vielä julkaistu.',
  'budgeting.results.notComputed': 'Tuloksia ei ole vielä laskettu.',
  'budgeting.results.queued': 'Tulosten laskenta on jonossa; se valmistuu hetken kuluttua.',
  'budgeting.implementation.notWinner': 'Toteutuksen tilaa seurataan vain voittaneista hankkeista.',
  'budgeting.figures.turnout': 'Äänestäneitä osallistuvassa budjetoinnissa',
  'budgeting.figures.satisfied': 'Äänestäjiä, joiden ainakin yksi valinta voitti',
  'budgeting.figures.proposals': 'Jätettyjä ehdotuksia',
} as const satisfies Catalog;

export type BudgetingRoundMessageKey = keyof typeof fi;
export default fi;
