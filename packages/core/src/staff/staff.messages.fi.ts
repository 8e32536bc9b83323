import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of staff sign-in and roles, shared by every domain. Finnish defines the keys. */
const fi = {
  'staff.auth.required': 'Kirjaudu sisään henkilöstön tunnisteella.',
  'staff.auth.invalid': 'Tunniste ei kelpaa: se on väärä, vanhentunut tai peruttu.',
  'staff.forbidden.role': 'Tämä toiminto on vain pääkäyttäjille.',
} satisfies Catalog;

export type StaffMessageKey = keyof typeof fi;
export default fi;
