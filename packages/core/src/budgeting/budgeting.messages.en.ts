import type { Catalog } from '../i18n/translate.js';
import type { BudgetingMessageKey } from './budgeting.messages.fi.js';

/** English texts of the ballot's rules, violations, what is left and the receipt check. */
const en: Catalog<BudgetingMessageKey> = {
  'budgeting.ballot.unknownProject': 'Project {project} is not on this ballot.',
  'budgeting.ballot.duplicate': 'Project {project} is chosen twice.',
  'budgeting.ballot.pointsRequired': 'Give project {project} points or remove it from your choices.',
  'budgeting.ballot.pointsNotAllowed': 'Projects are not given points in this vote.',
  'budgeting.ballot.pointsPerProject': { plural: 'max', one: 'A project can get at most {max} point.', other: 'A project can get at most {max} points.' },
  'budgeting.ballot.tooFew': { plural: 'min', one: 'Choose at least {min} project, or cast a blank vote.', other: 'Choose at least {min} projects, or cast a blank vote.' },
  'budgeting.ballot.tooMany': { plural: 'max', one: 'You can choose at most {max} project. You have chosen {chosen}.', other: 'You can choose at most {max} projects. You have chosen {chosen}.' },
  'budgeting.ballot.overBudget': 'Your choices cost {total} in all and the budget is {budget}: remove projects worth {over}.',
  'budgeting.ballot.underMinimumShare': 'Use at least {percent}% of the budget ({minimum}). Your choices now cost {total}.',
  'budgeting.ballot.tooManyPoints': { plural: 'over', one: 'You have given {used} points, {over} point too many: you have {total}.', other: 'You have given {used} points, {over} points too many: you have {total}.' },
  'budgeting.ballot.remaining.money': 'Money left: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'You can choose {projects} more project.', other: 'You can choose {projects} more projects.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: '{points} point left', other: '{points} points left' },
  'budgeting.rules.maxBelowMin': 'The maximum cannot be below the minimum.',
  'budgeting.rules.maxPointsAboveTotal': 'The points for one project cannot exceed the total points.',
  'budgeting.rules.projects.required': 'Add at least one project to the vote.',
  'budgeting.rules.projects.duplicate': 'The same project is on the ballot twice.',
  'budgeting.rules.tieBreaking.repeated': 'The same tie-breaking criterion appears twice.',
  'budgeting.rules.tieBreaking.lot': 'The order of the lot must list every project exactly once.',
  'budgeting.rules.completion.mesOnly': 'A completion method belongs to the Method of Equal Shares only.',
  'budgeting.receipt.invalid': 'This receipt code is not valid. Check it on your receipt.',
  'budgeting.receipt.counted': 'Your ballot was counted in the result.',
  'budgeting.receipt.notFound': 'This receipt code is not among the counted ballots.',
};

export default en;
