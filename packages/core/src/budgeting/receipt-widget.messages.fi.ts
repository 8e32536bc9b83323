import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the receipt check (<kohtaamo-budget-receipt>). Finnish defines the keys. */
const fi = {
  'budgeting.check.title': 'Tarkista äänesi kuittikoodilla',
  'budgeting.check.code': 'Kuittikoodi',
  'budgeting.check.hint': 'Koodi on muotoa XXXX-XXXX-XXXX-XXXX-X. Sen voi kirjoittaa pienillä kirjaimilla ja ilman väliviivoja.',
  'budgeting.check.submit': 'Tarkista',
  'budgeting.check.checking': 'Tarkistetaan…',
  'budgeting.check.stored': 'Äänesi on vaaliuurnassa. Se lasketaan mukaan, kun äänestys päättyy.',
  'budgeting.check.counted': 'Äänesi on laskettu mukaan tulokseen.',
  'budgeting.check.invalid': 'Tarkista kuittikoodi: siinä on 16 merkkiä ja tarkiste, muotoa XXXX-XXXX-XXXX-XXXX-X.',
  'budgeting.check.notFound': 'Tällä kuittikoodilla ei löytynyt ääntä. Tarkista koodi kuitistasi.',
  'budgeting.check.error': 'Tarkistus ei onnistunut juuri nyt. Yritä uudelleen.',
  'budgeting.check.private': 'Tarkistus ei kerro kenellekään, miten äänestit.',
} satisfies Catalog;

export type ReceiptWidgetMessageKey = keyof typeof fi;
export default fi;
