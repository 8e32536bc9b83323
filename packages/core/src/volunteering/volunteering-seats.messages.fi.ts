import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the seats of a shift (the sign-up form; the board has its own two). Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.seats.left': { plural: 'seats', one: '{seats} paikka vapaana', other: '{seats} paikkaa vapaana' },
  'volunteering.seats.waiting': { plural: 'waiting', one: '{waiting} henkilö jonossa', other: '{waiting} henkeä jonossa' },
  'volunteering.seats.full': 'Täynnä',
} as const satisfies Catalog;

export type VolunteeringSeatsMessageKey = keyof typeof fi;
export default fi;
