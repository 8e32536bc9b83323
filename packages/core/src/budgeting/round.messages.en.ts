import type { Catalog } from '../i18n/translate.js';
import type { BudgetingRoundMessageKey } from './round.messages.fi.js';

/** English texts of the budgeting module's API. */
const en: Catalog<BudgetingRoundMessageKey> = {
  'budgeting.round.scheduleOrder': 'The phase dates must be in order: proposals, review, voting, results, implementation.',
  'budgeting.round.notFound': 'No participatory budgeting round was found.',
  'budgeting.round.exists': 'A round with this id exists already.',
  'budgeting.budget.notFound': 'No such budget in this round.',
  'budgeting.budget.exists': 'A budget with this id exists already.',
  'budgeting.budget.unknown': 'Choose one of the round’s budgets (area or theme).',
  'budgeting.proposal.notFound': 'No proposal was found.',
  'budgeting.proposal.cost': 'Give the estimated cost in euros.',
  'budgeting.proposal.closed': 'Proposals can be sent only in the proposal phase ({from}–{until}).',
  'budgeting.review.costRequired': 'Give the city’s cost estimate for a feasible proposal.',
  'budgeting.review.reasonRequired': 'Write a public reason for the rejection or merger.',
  'budgeting.review.mergedIntoRequired': 'Choose the proposal this one is merged into.',
  'budgeting.review.mergedIntoUnknown': 'The proposal to merge into is not in this budget.',
  'budgeting.rules.frozen': 'Voting has opened: the rules are frozen, and neither they nor the proposals can change. The attempt was logged.',
  'budgeting.rules.missing': 'The rules of this budget are not set yet.',
  'budgeting.rules.noProjects': 'No proposal of this budget has been found feasible.',
  'budgeting.voting.notOpen': 'Voting is not open now.',
  'budgeting.voting.stillOpen': 'Voting is still open: results cannot be computed before it closes.',
  'budgeting.voting.alreadyVoted': 'A ballot was already cast with this right to vote. Everyone votes once.',
  'budgeting.voter.code': 'The voting code is not valid. Check it on the paper.',
  'budgeting.voter.token': 'The identification is not valid or has expired. Please identify again.',
  'budgeting.voter.identityDisabled': 'Voting with identification is not in use.',
  'budgeting.results.notPublished': 'The results are not published yet.',
  'budgeting.results.notComputed': 'The results are not computed yet.',
  'budgeting.results.queued': 'The results are queued for computing; they will be ready shortly.',
  'budgeting.implementation.notWinner': 'Implementation is followed only for winning projects.',
  'budgeting.figures.turnout': 'Voters in participatory budgeting',
  'budgeting.figures.satisfied': 'Voters with at least one winning choice',
  'budgeting.figures.proposals': 'Proposals sent',
};
export default en;
