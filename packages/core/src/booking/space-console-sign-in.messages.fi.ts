import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of <kohtaamo-space-console>'s first state: the sign-in (issue 7, docs/adr/0067). Finnish defines the keys. */
const fi = {
  'space.console.title': 'Tilavarausten käsittely',
  'space.console.signIn.title': 'Kirjaudu sisään',
  'space.console.signIn.token': 'Henkilöstön tunniste',
  'space.console.signIn.hint': 'Liitä pääkäyttäjältä saamasi tunniste. Se säilyy vain tässä välilehdessä.',
  'space.console.signIn.required': 'Liitä tunniste.',
  'space.console.signIn.submit': 'Kirjaudu',
  'space.console.error': 'Tietoja ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
} satisfies Catalog;

export type SpaceConsoleSignInMessageKey = keyof typeof fi;
export default fi;
