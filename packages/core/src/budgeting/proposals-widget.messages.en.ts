import type { Catalog } from '../i18n/translate.js';
import type { ProposalsWidgetMessageKey } from './proposals-widget.messages.fi.js';

/** English texts of the proposals widget. */
const en: Catalog<ProposalsWidgetMessageKey> = {
  'budgeting.proposals.title': 'Proposals',
  'budgeting.proposals.filters': 'Filter the proposals',
  'budgeting.proposals.filter.budget': 'Area or theme',
  'budgeting.proposals.filter.allBudgets': 'All areas and themes',
  'budgeting.proposals.filter.status': 'Status',
  'budgeting.proposals.filter.allStatuses': 'All statuses',
  'budgeting.proposals.filter.maxCost': 'Cost at most (€)',
  'budgeting.proposals.filter.maxCostHint': 'Leave empty if the cost does not matter.',
  'budgeting.proposals.filter.apply': 'Show proposals',
  'budgeting.proposals.status.submitted': 'Submitted, awaiting review',
  'budgeting.proposals.status.feasible': 'Feasible',
  'budgeting.proposals.status.rejected': 'Rejected',
  'budgeting.proposals.status.merged': 'Merged into another proposal',
  'budgeting.proposals.kind.area': 'Area',
  'budgeting.proposals.kind.theme': 'Theme',
  'budgeting.proposals.count': { plural: 'count', one: '{count} proposal', other: '{count} proposals' },
  'budgeting.proposals.none': 'No proposals match these filters.',
  'budgeting.proposals.more': 'Show more proposals',
  'budgeting.proposals.estimated': 'Proposer’s estimate {cost}',
  'budgeting.proposals.cityEstimate': 'City’s cost estimate {cost}',
  'budgeting.proposals.back': 'Back to the proposals',
  'budgeting.proposals.read': 'Read the proposal',
  'budgeting.proposals.new': 'Submit a proposal',
  'budgeting.proposals.newHint': 'Proposals can be submitted until {until}. The city reviews every proposal and gives its reasons in public.',
  'budgeting.proposals.closedHint': 'The proposal phase is not open now ({from}–{until}).',
  'budgeting.proposals.loadError': 'The proposals could not be loaded.',
  'budgeting.proposals.retry': 'Try again',
  'budgeting.proposals.noRound': 'The round was not found. For the page’s editor: check the element’s round attribute.',
};
export default en;
