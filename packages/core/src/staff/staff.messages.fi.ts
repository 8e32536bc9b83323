import type { Catalog } from '../i18n/translate.js';
import signIn from './staff-sign-in.messages.fi.js';

/** Finnish texts of staff sign-in and roles, shared by every domain. Finnish defines the keys. */
const fi = {
  ...signIn,
  'staff.auth.required': 'Kirjaudu sisään henkilöstön tunnisteella.',
  'staff.forbidden.role': 'Tämä toiminto on vain pääkäyttäjille.',
  'staff.forbidden.grant': 'Sinulla ei ole oikeutta tähän.',
  'staff.signIn.noGrants': 'Kirjauduit, mutta sinulla ei ole Kohtaamon käyttöoikeuksia. Pyydä niitä pääkäyttäjältä.',
  'staff.signIn.notConfigured': 'Kirjautuminen kaupungin tunnuksilla ei ole käytössä tällä palvelimella.',
  'staff.invitation.invalid': 'Kutsu ei kelpaa: se on väärä, vanhentunut tai jo käytetty.',
  'staff.invitation.grant': 'Et voi antaa tätä oikeutta.',
  'staff.invitation.mail.subject': 'Kutsu: {organisation} Kohtaamossa',
  'staff.invitation.mail.body':
    'Hei,\n\n{city} kutsuu sinut Kohtaamoon: {organisation}, {role} ({domain}).\n\nHyväksy kutsu tästä linkistä viimeistään {expires}. Linkki toimii kerran:\n{link}\n\nJos et odottanut kutsua, voit jättää viestin huomiotta.\n\n{city}',
} satisfies Catalog;

export type StaffMessageKey = keyof typeof fi;
export default fi;
