import type { Locale } from '../i18n/locale.js';
import { translate, type Catalogs } from '../i18n/translate.js';
import type { BallotRemaining, BallotViolation } from './ballot.logic.js';
import { budgetingParams, remainingMessages } from './budgeting.format.js';
import en from './budgeting.messages.en.js';
import fi, { type BudgetingMessageKey } from './budgeting.messages.fi.js';
import sv from './budgeting.messages.sv.js';

export type { BudgetingMessageKey };

/**
 * Finnish, Swedish and English texts of the ballot's rules, violations, what is left and the
 * receipt check, all at once (the server, tests). A widget takes `lazyBudgetingMessages`.
 */
export const budgetingMessages: Catalogs<BudgetingMessageKey> = { fi, sv, en };

/**
 * The text of a budgeting message: the plural form for the count it depends on, money as euros,
 * numbers in the locale's format.
 */
export function budgetingText(locale: Locale, key: string, params: Readonly<Record<string, number | string>> = {}): string {
  return translate(budgetingMessages, locale, key as BudgetingMessageKey, budgetingParams(locale, key, params));
}

/** A rule violation of the ballot as a sentence. */
export function violationText(locale: Locale, violation: BallotViolation): string {
  return budgetingText(locale, violation.key, violation.params);
}

/** What is left on the ballot, as sentences (money, projects, points as the type has them). */
export function remainingTexts(locale: Locale, left: BallotRemaining): string[] {
  return remainingMessages(left).map((m) => budgetingText(locale, m.key, m.params));
}
