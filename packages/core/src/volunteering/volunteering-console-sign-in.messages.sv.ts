import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringConsoleSignInMessageKey } from './volunteering-console-sign-in.messages.fi.js';

/** Swedish texts of the coordinators' console's first state: the sign-in. */
const sv: Catalog<VolunteeringConsoleSignInMessageKey> = {
  'volunteering.console.title': "Samordning av frivilligarbete",
  'volunteering.console.signIn.title': "Logga in",
  'volunteering.console.signIn.token': "Personalens kod",
  'volunteering.console.signIn.tokenHint': "Du får koden av huvudanvändaren. Den sparas bara i den här fliken.",
  'volunteering.console.signIn.submit': "Logga in",
  'volunteering.console.signIn.required': "Skriv koden.",
  'volunteering.console.error': "Uppgifterna kunde inte laddas. Försök igen.",
};
export default sv;
