import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of what is left on a ballot (money, projects, points): part of the ballot's rules'
 * texts (ballot-rules.messages.fi.ts) and, alone, of the ballot widget's first view, which shows
 * them before the rules' checks have loaded (issue 7, ADR 0098). Finnish defines the keys.
 */
const fi = {
  'budgeting.ballot.remaining.money': 'Rahaa jäljellä: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'Voit valita vielä {projects} hankkeen.', other: 'Voit valita vielä {projects} hanketta.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: 'Pisteitä jäljellä: {points}', other: 'Pisteitä jäljellä: {points}' },
} as const satisfies Catalog;

export type BallotRemainingMessageKey = keyof typeof fi;
export default fi;
