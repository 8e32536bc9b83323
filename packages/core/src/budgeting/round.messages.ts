import type { Catalogs } from '../i18n/translate.js';
import en from './round.messages.en.js';
import fi, { type BudgetingRoundMessageKey } from './round.messages.fi.js';
import sv from './round.messages.sv.js';

export type { BudgetingRoundMessageKey };

/**
 * Every language's texts of the budgeting module's API (rounds, proposals, voting, results), loaded at once: for the server and tests.
 * Widgets use {@link lazyBudgetingRoundMessages}, which loads only the page's language.
 */
export const budgetingRoundMessages: Catalogs<BudgetingRoundMessageKey> = { fi, sv, en };
