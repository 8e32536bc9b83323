import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of <kohtaamo-budget-console>'s first state: the sign-in (ADR 0049, 0067). Finnish defines the keys. */
const fi = {
  'budgetConsole.title': 'Osallistuvan budjetoinnin hallinta',
  'budgetConsole.signIn.title': 'Kirjaudu sisään',
  'budgetConsole.signIn.token': 'Henkilöstön tunniste',
  'budgetConsole.signIn.hint': 'Liitä pääkäyttäjältä saamasi tunniste. Se säilyy vain tässä välilehdessä.',
  'budgetConsole.signIn.required': 'Liitä tunniste.',
  'budgetConsole.signIn.submit': 'Kirjaudu',
  'budgetConsole.error': 'Toiminto ei onnistunut. Yritä uudelleen.',
} satisfies Catalog;

export type BudgetConsoleShellMessageKey = keyof typeof fi;
export default fi;
