import type { Catalog } from '../i18n/translate.js';
import type { SpaceConsoleSignInMessageKey } from './space-console-sign-in.messages.fi.js';

/** Swedish texts of <kohtaamo-space-console>'s first state: the sign-in. */
const sv: Catalog<SpaceConsoleSignInMessageKey> = {
  'space.console.title': 'Behandling av lokalbokningar',
  'space.console.signIn.title': 'Logga in',
  'space.console.signIn.token': 'Personalens nyckel',
  'space.console.signIn.hint': 'Klistra in nyckeln du fått av huvudanvändaren. Den sparas bara i den här fliken.',
  'space.console.signIn.required': 'Klistra in nyckeln.',
  'space.console.signIn.submit': 'Logga in',
  'space.console.error': 'Uppgifterna kunde inte laddas. Försök igen om en stund.',
};
export default sv;
