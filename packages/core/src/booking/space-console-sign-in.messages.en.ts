import type { Catalog } from '../i18n/translate.js';
import type { SpaceConsoleSignInMessageKey } from './space-console-sign-in.messages.fi.js';

/** English texts of <kohtaamo-space-console>'s first state: the sign-in. */
const en: Catalog<SpaceConsoleSignInMessageKey> = {
  'space.console.title': 'Space booking handling',
  'space.console.signIn.title': 'Sign in',
  'space.console.signIn.token': 'Staff token',
  'space.console.signIn.hint': 'Paste the token your administrator gave you. It is kept in this tab only.',
  'space.console.signIn.required': 'Paste the token.',
  'space.console.signIn.submit': 'Sign in',
  'space.console.error': 'The data could not be loaded. Please try again in a moment.',
};
export default en;
