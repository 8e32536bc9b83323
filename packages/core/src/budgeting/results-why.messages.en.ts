import type { Catalog } from '../i18n/translate.js';
import type { ResultsWhyMessageKey } from './results-why.messages.fi.js';

/** English texts of the results' explanations. */
const en: Catalog<ResultsWhyMessageKey> = {
  'budgeting.results.why.funded': 'Chosen as project number {place}.',
  'budgeting.results.why.fundedShares': 'Chosen as project number {place}: its supporters paid for it from their shares.',
  'budgeting.results.why.completion': 'Chosen in the completion as project number {place}, when the equal shares no longer sufficed.',
  'budgeting.results.why.noVotes': 'Got no votes.',
  'budgeting.results.why.didNotFit': 'Did not fit: {money} was left.',
  'budgeting.results.why.supportersShort': 'Its supporters had {had} left of their shares; it costs {cost}.',
};

export default en;
