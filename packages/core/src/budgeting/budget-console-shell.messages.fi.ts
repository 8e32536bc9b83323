import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of <kohtaamo-budget-console>'s first view: sign-in and the rounds (ADR 0049). Finnish defines the keys. */
const fi = {
  'budgetConsole.title': 'Osallistuvan budjetoinnin hallinta',
  'budgetConsole.signIn.title': 'Kirjaudu sisään',
  'budgetConsole.signIn.token': 'Henkilöstön tunniste',
  'budgetConsole.signIn.hint': 'Liitä pääkäyttäjältä saamasi tunniste. Se säilyy vain tässä välilehdessä.',
  'budgetConsole.signIn.required': 'Liitä tunniste.',
  'budgetConsole.signIn.submit': 'Kirjaudu',
  'budgetConsole.signedInAs': 'Kirjautunut: {name}',
  'budgetConsole.signOut': 'Kirjaudu ulos',
  'budgetConsole.rounds.title': 'Kierrokset',
  'budgetConsole.rounds.count': { plural: 'count', one: '{count} kierros', other: '{count} kierrosta' },
  'budgetConsole.rounds.empty': 'Kierroksia ei ole vielä.',
  'budgetConsole.rounds.new': 'Uusi kierros',
  'budgetConsole.rounds.budgets': { plural: 'count', one: '{count} budjetti', other: '{count} budjettia' },
  'budgetConsole.loading': 'Ladataan…',
  'budgetConsole.panel.none': 'Avaa kierros listasta tai luo uusi.',
  'budgetConsole.error': 'Toiminto ei onnistunut. Yritä uudelleen.',
  'budgetConsole.forbidden': 'Sinulla ei ole oikeutta tähän kierrokseen.',
  'budgetConsole.phase.upcoming': 'tulossa',
  'budgetConsole.phase.proposals': 'ehdotukset',
  'budgetConsole.phase.review': 'arviointi',
  'budgetConsole.phase.voting': 'äänestys',
  'budgetConsole.phase.counting': 'ääntenlaskenta',
  'budgetConsole.phase.results': 'tulokset',
  'budgetConsole.phase.implementation': 'toteutus',
} satisfies Catalog;

export type BudgetConsoleShellMessageKey = keyof typeof fi;
export default fi;
