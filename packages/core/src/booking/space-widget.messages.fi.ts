import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of <kohtaamo-space-booking>'s calendar, what a visitor sees first (the form's are in
 * space-booking-form.messages, the manage view's in space-manage.messages). Finnish defines the keys.
 */
const fi = {
  'space.booking.title': 'Varaa: {name}',
  'space.booking.prevWeek': 'Edellinen viikko',
  'space.booking.nextWeek': 'Seuraava viikko',
  'space.booking.grid': 'Varauskalenteri, viikko {from}–{to}. Liiku nuolinäppäimillä, valitse alkuaika Enterillä.',
  'space.booking.time': 'Kellonaika',
  'space.booking.free': 'vapaa',
  'space.booking.busy': 'varattu',
  'space.booking.closed': 'suljettu',
  'space.booking.outside': 'ei varattavissa',
  'space.booking.pick': 'Valitse alkuaika kalenterista.',
  'space.booking.loading': 'Ladataan kalenteria…',
  'space.booking.calendar': 'Varauskalenteri',
  'space.booking.error': 'Kalenteria ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
  'space.booking.retry': 'Yritä uudelleen',
  'space.booking.formFailed': 'Varauslomaketta ei saatu ladattua. Tarkista yhteys ja yritä uudelleen.',
} as const satisfies Catalog;

export type SpaceWidgetMessageKey = keyof typeof fi;
export default fi;
