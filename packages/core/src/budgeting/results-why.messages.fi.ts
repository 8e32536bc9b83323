import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the results' explanations (<kohtaamo-budget-results>): why each project won or
 * lost under the rule used. Loaded with that part of the widget (budget-results.why.ts), behind
 * its disclosure, not with the results (issue 7). Finnish defines the keys: Swedish and English
 * must have the same.
 */
const fi = {
  'budgeting.results.why.funded': 'Valittiin {place}. hankkeena.',
  'budgeting.results.why.fundedShares': 'Valittiin {place}. hankkeena: kannattajat maksoivat sen osuuksistaan.',
  'budgeting.results.why.completion': 'Valittiin täydennyksessä {place}. hankkeena, kun tasaosuudet eivät enää riittäneet.',
  'budgeting.results.why.noVotes': 'Ei saanut ääniä.',
  'budgeting.results.why.didNotFit': 'Ei mahtunut: rahaa oli jäljellä {money}.',
  'budgeting.results.why.supportersShort': 'Kannattajilla oli osuuksistaan jäljellä {had}, hanke maksaa {cost}.',
} satisfies Catalog;

export type ResultsWhyMessageKey = keyof typeof fi;
export default fi;
