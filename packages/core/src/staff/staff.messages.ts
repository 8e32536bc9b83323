import type { Catalogs } from '../i18n/translate.js';

/** Texts of staff sign-in and roles, shared by every domain. */
export const staffMessages: Catalogs = {
  fi: {
    'staff.auth.required': 'Kirjaudu sisään henkilöstön tunnisteella.',
    'staff.auth.invalid': 'Tunniste ei kelpaa: se on väärä, vanhentunut tai peruttu.',
    'staff.forbidden.role': 'Tämä toiminto on vain pääkäyttäjille.',
  },
  sv: {
    'staff.auth.required': 'Logga in med personalens nyckel.',
    'staff.auth.invalid': 'Nyckeln duger inte: den är fel, har gått ut eller har återkallats.',
    'staff.forbidden.role': 'Denna funktion är endast för huvudanvändare.',
  },
  en: {
    'staff.auth.required': 'Sign in with a staff token.',
    'staff.auth.invalid': 'The token is not valid: it is wrong, expired or revoked.',
    'staff.forbidden.role': 'This is for administrators only.',
  },
};
