import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BudgetConsoleShellMessageKey } from './budget-console-shell.messages.fi.js';

/** The budget console's first view's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBudgetConsoleShellMessages: LazyCatalogs<BudgetConsoleShellMessageKey> = {
  fi,
  sv: () => import('./budget-console-shell.messages.sv.js'),
  en: () => import('./budget-console-shell.messages.en.js'),
};
