import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the coordinators' console's first state: the sign-in, in its entry (issue 7, docs/adr/0067). Finnish defines the keys. */
const fi = {
  'volunteering.console.title': "Vapaaehtoistyön koordinointi",
  'volunteering.console.signIn.title': "Kirjaudu sisään",
  'volunteering.console.signIn.token': "Henkilöstön tunniste",
  'volunteering.console.signIn.tokenHint': "Saat tunnisteen pääkäyttäjältä. Se säilyy vain tässä välilehdessä.",
  'volunteering.console.signIn.submit': "Kirjaudu",
  'volunteering.console.signIn.required': "Kirjoita tunniste.",
  'volunteering.console.error': "Tietoja ei voitu ladata. Yritä uudelleen.",
} satisfies Catalog;

export type VolunteeringConsoleSignInMessageKey = keyof typeof fi;
export default fi;
