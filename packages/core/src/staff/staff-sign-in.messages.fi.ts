import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of a console's sign-in (the first state of every staff console, in its entry; docs/adr/0067). Finnish defines the keys. */
const fi = {
  'staff.auth.invalid': 'Tunniste ei kelpaa: se on väärä, vanhentunut tai peruttu.',
  'staff.signIn.failed': 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
  'staff.signIn.cityAccount': 'Kirjaudu kaupungin tunnuksilla',
  'staff.signIn.signingIn': 'Kirjaudutaan sisään…',
} satisfies Catalog;

export type StaffSignInMessageKey = keyof typeof fi;
export default fi;
