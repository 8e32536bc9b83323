import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the sign-up form itself (its fields, hints and the seat hold), loaded with the form. Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.hold.held': { plural: 'seats', one: 'Pidämme sinulle {seats} paikan {minutes} minuuttia, kun täytät lomaketta.', other: 'Pidämme teille {seats} paikkaa {minutes} minuuttia, kun täytät lomaketta.' },
  'volunteering.hold.waiting': 'Vuoro on täynnä. Voit ilmoittautua jonoon: saat viestin, jos paikka vapautuu.',
  'volunteering.signup.heading': 'Ilmoittaudu mukaan',
  'volunteering.signup.name': 'Nimi',
  'volunteering.signup.email': 'Sähköposti',
  'volunteering.signup.phone': 'Puhelin',
  'volunteering.signup.groupSize': 'Montako teitä tulee?',
  'volunteering.signup.groupSizeHint': { plural: 'max', one: 'Vain sinä.', other: 'Sinä mukaan lukien, enintään {max}.' },
  'volunteering.signup.age': 'Ikä vuoron päivänä',
  'volunteering.signup.role': 'Tehtävä',
  'volunteering.signup.recordCheck': 'Tähän tehtävään tarvitaan rikostaustaote, jonka järjestäjä katsoo paikan päällä. Otetta ei tallenneta.',
  'volunteering.signup.guardianName': 'Huoltajan nimi',
  'volunteering.signup.guardianConsent': 'Olen huoltaja ja annan suostumukseni osallistumiseen.',
  'volunteering.signup.shift': 'Vuoro',
  'volunteering.signup.roleNone': 'Ei erityistä tehtävää',
  'volunteering.signup.sending': 'Lähetetään…',
} as const satisfies Catalog;

export type VolunteeringSignupFormMessageKey = keyof typeof fi;
export default fi;
