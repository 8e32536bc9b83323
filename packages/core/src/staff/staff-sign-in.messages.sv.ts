import type { Catalog } from '../i18n/translate.js';
import type { StaffSignInMessageKey } from './staff-sign-in.messages.fi.js';

/** Swedish texts of a console's sign-in. */
const sv: Catalog<StaffSignInMessageKey> = {
  'staff.auth.invalid': 'Nyckeln duger inte: den är fel, har gått ut eller har återkallats.',
  'staff.signIn.failed': 'Inloggningen lyckades inte. Försök igen.',
  'staff.signIn.cityAccount': 'Logga in med stadens konto',
  'staff.signIn.signingIn': 'Loggar in…',
};
export default sv;
