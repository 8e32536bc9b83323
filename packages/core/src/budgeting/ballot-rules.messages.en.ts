import type { Catalog } from '../i18n/translate.js';
import remaining from './ballot-remaining.messages.en.js';
import type { BallotRulesMessageKey } from './ballot-rules.messages.fi.js';

/** English texts of a ballot's rules as the voter meets them. */
const en: Catalog<BallotRulesMessageKey> = {
  ...remaining,
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
};
export default en;
