import type { Catalog } from '../i18n/translate.js';
import type { StaffSignInMessageKey } from './staff-sign-in.messages.fi.js';

/** English texts of a console's sign-in. */
const en: Catalog<StaffSignInMessageKey> = {
  'staff.auth.invalid': 'The token is not valid: it is wrong, expired or revoked.',
  'staff.signIn.failed': 'Signing in did not succeed. Please try again.',
  'staff.signIn.cityAccount': 'Sign in with the city account',
  'staff.signIn.signingIn': 'Signing in…',
};
export default en;
