import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the checks of what a resident or coordinator sends, and the server’s refusals of a seat. Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.number.tooSmall': 'Luvun pitää olla vähintään {min}.',
  'volunteering.number.tooLarge': 'Luku voi olla enintään {max}.',
  'volunteering.shift.endBeforeStart': 'Päättymisajan pitää olla alkamisajan jälkeen.',
  'volunteering.shift.minimumAboveCapacity': 'Vähimmäismäärä ei voi olla suurempi kuin osallistujien enimmäismäärä.',
  'volunteering.shift.duplicateRole': 'Sama tehtävä on vuorossa kahdesti.',
  'volunteering.code.invalid': 'Koodi ei kelpaa. Tarkista se vahvistusviestistä.',
  'volunteering.email.invalid': 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
  'volunteering.phone.invalid': 'Tarkista puhelinnumero, esimerkiksi 040 123 4567.',
  'volunteering.guardian.consentRequired': 'Alle 18-vuotias tarvitsee huoltajan suostumuksen.',
  'volunteering.guardian.nameRequired': 'Kirjoita huoltajan nimi.',
  'volunteering.role.tooYoung': { plural: 'minimumAge', one: 'Tähän tehtävään pitää olla vähintään {minimumAge}-vuotias.', other: 'Tähän tehtävään pitää olla vähintään {minimumAge}-vuotias.' },
  'volunteering.group.tooLarge': { plural: 'max', one: 'Tähän vuoroon voi ilmoittautua vain yksi henkilö kerrallaan.', other: 'Yksi ilmoittautuminen voi tuoda enintään {max} henkeä.' },
  'volunteering.full': 'Vuoro on täynnä, eikä jonossakaan ole tilaa.',
  'volunteering.closed': 'Tähän vuoroon ei voi enää ilmoittautua eikä ilmoittautumista voi muuttaa.',
  'volunteering.holdExpired': 'Paikkavaraus ehti vanhentua. Lähetä lomake uudelleen.',
} as const satisfies Catalog;

export type VolunteeringChecksMessageKey = keyof typeof fi;
export default fi;
