import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringConsoleSignInMessageKey } from './volunteering-console-sign-in.messages.fi.js';

/** English texts of the coordinators' console's first state: the sign-in. */
const en: Catalog<VolunteeringConsoleSignInMessageKey> = {
  'volunteering.console.title': "Volunteering coordination",
  'volunteering.console.signIn.title': "Sign in",
  'volunteering.console.signIn.token': "Staff token",
  'volunteering.console.signIn.tokenHint': "The administrator gives you the token. It is kept in this tab only.",
  'volunteering.console.signIn.submit': "Sign in",
  'volunteering.console.signIn.required': "Enter the token.",
  'volunteering.console.error': "The data could not be loaded. Try again.",
};
export default en;
