import type { Catalog } from '../i18n/translate.js';
import type { BudgetConsoleShellMessageKey } from './budget-console-shell.messages.fi.js';

/** Swedish texts of <kohtaamo-budget-console>'s first view. */
const sv: Catalog<BudgetConsoleShellMessageKey> = {
  'budgetConsole.title': 'Administration av deltagande budgetering',
  'budgetConsole.signIn.title': 'Logga in',
  'budgetConsole.signIn.token': 'Personalens nyckel',
  'budgetConsole.signIn.hint': 'Klistra in nyckeln du fått av huvudanvändaren. Den sparas bara i den här fliken.',
  'budgetConsole.signIn.required': 'Klistra in nyckeln.',
  'budgetConsole.signIn.submit': 'Logga in',
  'budgetConsole.error': 'Åtgärden misslyckades. Försök igen.',
};
export default sv;
