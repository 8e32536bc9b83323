import type { Catalog } from '../i18n/translate.js';
import type { ResultsWhyMessageKey } from './results-why.messages.fi.js';

/** Swedish texts of the results' explanations. */
const sv: Catalog<ResultsWhyMessageKey> = {
  'budgeting.results.why.funded': 'Valdes som projekt nummer {place}.',
  'budgeting.results.why.fundedShares': 'Valdes som projekt nummer {place}: anhängarna betalade det med sina andelar.',
  'budgeting.results.why.completion': 'Valdes i kompletteringen som projekt nummer {place}, när de lika andelarna inte längre räckte.',
  'budgeting.results.why.noVotes': 'Fick inga röster.',
  'budgeting.results.why.didNotFit': 'Rymdes inte: det fanns {money} kvar.',
  'budgeting.results.why.supportersShort': 'Anhängarna hade {had} kvar av sina andelar, projektet kostar {cost}.',
};

export default sv;
