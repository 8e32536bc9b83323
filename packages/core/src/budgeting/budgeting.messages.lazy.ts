import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BudgetingMessageKey } from './budgeting.messages.fi.js';

/** The ballot rules' and receipt texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBudgetingMessages: LazyCatalogs<BudgetingMessageKey> = {
  fi,
  sv: () => import('./budgeting.messages.sv.js'),
  en: () => import('./budgeting.messages.en.js'),
};
