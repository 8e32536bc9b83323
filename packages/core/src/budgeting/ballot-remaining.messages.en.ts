import type { Catalog } from '../i18n/translate.js';
import type { BallotRemainingMessageKey } from './ballot-remaining.messages.fi.js';

/** English texts of what is left on a ballot. */
const en: Catalog<BallotRemainingMessageKey> = {
  'budgeting.ballot.remaining.money': 'Money left: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'You can choose {projects} more project.', other: 'You can choose {projects} more projects.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: '{points} point left', other: '{points} points left' },
};

export default en;
