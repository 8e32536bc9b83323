import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the ballot widget (<kohtaamo-budget-ballot>). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'budgeting.ui.budget': 'Budjetti {amount}',
  'budgeting.ui.rules.approvalRange': 'Valitse {min}–{max} hanketta.',
  'budgeting.ui.rules.approvalMax': { plural: 'max', one: 'Valitse enintään {max} hanke.', other: 'Valitse enintään {max} hanketta.' },
  'budgeting.ui.rules.approvalMin': { plural: 'min', one: 'Valitse vähintään {min} hanke.', other: 'Valitse vähintään {min} hanketta.' },
  'budgeting.ui.rules.random': 'Hankkeet näytetään satunnaisessa järjestyksessä, joka on jokaisella äänestäjällä eri.',
  'budgeting.ui.rules.blank': 'Voit myös äänestää tyhjää.',
  'budgeting.ui.projects': 'Hankkeet',
  'budgeting.ui.cost': 'Hinta {cost}',
  'budgeting.ui.chosen': { plural: 'count', one: 'Valittuna {count} hanke.', other: 'Valittuna {count} hanketta.' },
  'budgeting.ui.valid': 'Valintasi ovat sääntöjen mukaiset.',
  'budgeting.ui.code': 'Äänestyskoodi',
  'budgeting.ui.codeHint': 'Koodi on äänestyskirjeessäsi, muotoa XXXX-XXXX-XXXX-XXXX-X. Sen voi kirjoittaa pienillä kirjaimilla ja ilman väliviivoja.',
  'budgeting.ui.identified': 'Olet tunnistautunut: ääni lähetetään tunnistautumisesi perusteella.',
  'budgeting.ui.review': 'Tarkista ja äänestä',
  'budgeting.ui.blank': 'Äänestä tyhjää',
  'budgeting.ui.loadError': 'Äänestyslippua ei saatu ladattua.',
  'budgeting.ui.noRound': 'Äänestystä ei löytynyt. Sivun ylläpitäjälle: tarkista elementin round-attribuutti.',
  'budgeting.ui.back': 'Muuta valintoja',
  'budgeting.ui.notOpen': 'Äänestys ei ole nyt auki.',
} satisfies Catalog;

export type BallotWidgetMessageKey = keyof typeof fi;
export default fi;
