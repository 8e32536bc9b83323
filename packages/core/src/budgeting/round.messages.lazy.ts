import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BudgetingRoundMessageKey } from './round.messages.fi.js';

/** The texts of the budgeting module's API: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBudgetingRoundMessages: LazyCatalogs<BudgetingRoundMessageKey> = {
  fi,
  sv: () => import('./round.messages.sv.js'),
  en: () => import('./round.messages.en.js'),
};
