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
  'budgetConsole.signedInAs': 'Signed in: {name}',
  'budgetConsole.signOut': 'Sign out',
  'budgetConsole.rounds.title': 'Rounds',
  'budgetConsole.rounds.count': { plural: 'count', one: '{count} round', other: '{count} rounds' },
  'budgetConsole.rounds.empty': 'There are no rounds yet.',
  'budgetConsole.rounds.new': 'New round',
  'budgetConsole.rounds.budgets': { plural: 'count', one: '{count} budget', other: '{count} budgets' },
  'budgetConsole.loading': 'Loading…',
  'budgetConsole.panel.none': 'Open a round from the list or create a new one.',
  'budgetConsole.error': 'That did not work. Try again.',
  'budgetConsole.forbidden': 'You have no rights to this round.',
  'budgetConsole.phase.upcoming': 'upcoming',
  'budgetConsole.phase.proposals': 'proposals',
  'budgetConsole.phase.review': 'review',
  'budgetConsole.phase.voting': 'voting',
  'budgetConsole.phase.counting': 'counting',
  'budgetConsole.phase.results': 'results',
  'budgetConsole.phase.implementation': 'implementation',
};
export default en;
