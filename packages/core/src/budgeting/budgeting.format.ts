import { intlTag, type Locale } from '../i18n/locale.js';
import type { BallotRemaining } from './ballot-remaining.js';
import type { BallotViolation } from './ballot.logic.js';

/** The parameters of each budgeting message that are money, shown as euros; every other number is a count. */
const MONEY: Readonly<Record<string, readonly string[]>> = {
  'budgeting.ballot.overBudget': ['budget', 'total', 'over'],
  'budgeting.ballot.underMinimumShare': ['minimum', 'total'],
  'budgeting.ballot.remaining.money': ['money'],
};

/**
 * A budgeting message's parameters as shown in the locale: money as whole euros, other numbers
 * in the locale's format ("1 000"). A plural form is still chosen right: in fi, sv and en only 1
 * takes `one`, and 1 formats as "1"; a grouped number reads as NaN and takes `other`. No catalog
 * here, so a widget can take its texts lazily.
 */
export function budgetingParams(locale: Locale, key: string, params: Readonly<Record<string, number | string>>): Record<string, string> {
  const tag = intlTag(locale);
  const money = MONEY[key] ?? [];
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number') shown[name] = value;
    else if (money.includes(name)) shown[name] = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
    else shown[name] = new Intl.NumberFormat(tag).format(value);
  }
  return shown;
}

/** What is left on the ballot as message keys with their parameters (money, projects, points as the type has them). */
export function remainingMessages(left: BallotRemaining): BallotViolation[] {
  const out: BallotViolation[] = [];
  if (left.money !== undefined) out.push({ key: 'budgeting.ballot.remaining.money', params: { money: left.money }, pointer: '/choices' });
  if (left.projects !== undefined) out.push({ key: 'budgeting.ballot.remaining.projects', params: { projects: Math.max(0, left.projects) }, pointer: '/choices' });
  if (left.points !== undefined) out.push({ key: 'budgeting.ballot.remaining.points', params: { points: Math.max(0, left.points) }, pointer: '/choices' });
  return out;
}
