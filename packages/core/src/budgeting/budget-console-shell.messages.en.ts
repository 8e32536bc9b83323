import type { Catalog } from '../i18n/translate.js';
import type { BudgetConsoleShellMessageKey } from './budget-console-shell.messages.fi.js';

/** English texts of <kohtaamo-budget-console>'s first view. */
const en: Catalog<BudgetConsoleShellMessageKey> = {
  'budgetConsole.title': 'Participatory budgeting administration',
  'budgetConsole.signIn.title': 'Sign in',
  'budgetConsole.signIn.token': 'Staff token',
  'budgetConsole.signIn.hint': 'Paste the token you got from the administrator. It is kept in this tab only.',
  'budgetConsole.signIn.required': 'Paste the token.',
  'budgetConsole.signIn.submit': 'Sign in',
  'budgetConsole.error': 'That did not work. Try again.',
};
export default en;
