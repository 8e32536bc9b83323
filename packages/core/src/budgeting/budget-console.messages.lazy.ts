import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BudgetConsoleMessageKey } from './budget-console.messages.fi.js';

/** The budget console's forms' and tabs' texts, imported by its lazy views only. */
export const lazyBudgetConsoleMessages: LazyCatalogs<BudgetConsoleMessageKey> = {
  fi,
  sv: () => import('./budget-console.messages.sv.js'),
  en: () => import('./budget-console.messages.en.js'),
};
