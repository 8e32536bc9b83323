import type { Catalog } from '../i18n/translate.js';
import type { StaffMessageKey } from './staff.messages.fi.js';

/** English texts of staff sign-in and roles. */
const en: Catalog<StaffMessageKey> = {
  'staff.auth.required': 'Sign in with a staff token.',
  'staff.auth.invalid': 'The token is not valid: it is wrong, expired or revoked.',
  'staff.forbidden.role': 'This is for administrators only.',
};

export default en;
