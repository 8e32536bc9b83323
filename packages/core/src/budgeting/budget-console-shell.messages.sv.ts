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
  'budgetConsole.signedInAs': 'Inloggad: {name}',
  'budgetConsole.signOut': 'Logga ut',
  'budgetConsole.rounds.title': 'Omgångar',
  'budgetConsole.rounds.count': { plural: 'count', one: '{count} omgång', other: '{count} omgångar' },
  'budgetConsole.rounds.empty': 'Det finns inga omgångar ännu.',
  'budgetConsole.rounds.new': 'Ny omgång',
  'budgetConsole.rounds.budgets': { plural: 'count', one: '{count} budget', other: '{count} budgetar' },
  'budgetConsole.loading': 'Laddar…',
  'budgetConsole.panel.none': 'Öppna en omgång i listan eller skapa en ny.',
  'budgetConsole.error': 'Åtgärden misslyckades. Försök igen.',
  'budgetConsole.forbidden': 'Du har inte rätt till den här omgången.',
  'budgetConsole.phase.upcoming': 'kommande',
  'budgetConsole.phase.proposals': 'förslag',
  'budgetConsole.phase.review': 'bedömning',
  'budgetConsole.phase.voting': 'röstning',
  'budgetConsole.phase.counting': 'rösträkning',
  'budgetConsole.phase.results': 'resultat',
  'budgetConsole.phase.implementation': 'genomförande',
};
export default sv;
