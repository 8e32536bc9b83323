import type { Catalog } from '../i18n/translate.js';
import type { BallotRemainingMessageKey } from './ballot-remaining.messages.fi.js';

/** Swedish texts of what is left on a ballot. */
const sv: Catalog<BallotRemainingMessageKey> = {
  'budgeting.ballot.remaining.money': 'Pengar kvar: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'Du kan välja {projects} projekt till.', other: 'Du kan välja {projects} projekt till.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: 'Poäng kvar: {points}', other: 'Poäng kvar: {points}' },
};

export default sv;
