import type { Catalog } from '../i18n/translate.js';
import type { ResultsWidgetMessageKey } from './results-widget.messages.fi.js';

/** English texts of the results widget. */
const en: Catalog<ResultsWidgetMessageKey> = {
  'budgeting.results.title': 'Results of the vote',
  'budgeting.results.notYet': 'The results are not published yet.',
  'budgeting.results.error': 'The results could not be loaded.',
  'budgeting.results.ballots': { plural: 'count', one: '{count} ballot was cast.', other: '{count} ballots were cast.' },
  'budgeting.results.voters': { plural: 'voters', one: '{voters} voter, of whom {blank} voted blank.', other: '{voters} voters, of whom {blank} voted blank.' },
  'budgeting.results.spent': 'The chosen projects cost {total} of the budget of {amount}.',
  'budgeting.results.satisfied': '{percent}% of voters got at least one project they voted for ({with}/{voters}).',
  'budgeting.results.rule': 'The winners were computed with the rule: {rule}.',
  'budgeting.results.rule.greedy': 'most votes first, if they fit in the budget',
  'budgeting.results.rule.mes': 'the Method of Equal Shares (every voter has an equal share of the budget)',
  'budgeting.results.rule.phragmen': 'Phragmén’s method',
  'budgeting.results.chart': 'How the budget was spent: {budget}',
  'budgeting.results.chartDesc': 'Chosen projects {total} and unspent {unspent} of the budget of {amount}.',
  'budgeting.results.unspent': 'Unspent',
  'budgeting.results.table': 'Projects, votes and costs: {budget}',
  'budgeting.results.project': 'Project',
  'budgeting.results.votes': 'Votes',
  'budgeting.results.points': 'Points',
  'budgeting.results.cost': 'Cost',
  'budgeting.results.outcome': 'Result',
  'budgeting.results.whyTitle': 'Why each project won or lost',
  'budgeting.results.won': 'Chosen',
  'budgeting.results.lost': 'Not chosen',
  'budgeting.results.implementation': 'Implementation: {status}, {progress}%',
  'budgeting.results.status.not-started': 'not started',
  'budgeting.results.status.planning': 'being planned',
  'budgeting.results.status.in-progress': 'in progress',
  'budgeting.results.status.done': 'done',
  'budgeting.results.status.cancelled': 'cancelled',
  'budgeting.results.download': 'The ballots as open data (Pabulib .pb): {budget}',
};
export default en;
