import type { Catalog } from '../i18n/translate.js';
import type { StaffMessageKey } from './staff.messages.fi.js';

/** Swedish texts of staff sign-in and roles. */
const sv: Catalog<StaffMessageKey> = {
  'staff.auth.required': 'Logga in med personalens nyckel.',
  'staff.auth.invalid': 'Nyckeln duger inte: den är fel, har gått ut eller har återkallats.',
  'staff.forbidden.role': 'Denna funktion är endast för huvudanvändare.',
};

export default sv;
