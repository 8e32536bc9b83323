import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the space widgets (<kohtaamo-space-booking>; the figures have their own, space-figures.messages). Finnish defines the keys. */
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
  'space.booking.chosen': 'Valittu alkuaika',
  'space.booking.pick': 'Valitse alkuaika kalenterista.',
  'space.booking.duration': 'Kesto',
  'space.booking.minutes': '{minutes} min',
  'space.booking.name': 'Nimi',
  'space.booking.email': 'Sähköposti',
  'space.booking.phone': 'Puhelin',
  'space.booking.organisation': 'Yhdistys tai yhteisö',
  'space.booking.purpose': 'Käyttötarkoitus',
  'space.booking.attendees': 'Osallistujia',
  'space.booking.description': 'Lisätietoja',
  'space.booking.required': '(pakollinen)',
  'space.booking.missing': 'Täytä kenttä: {field}.',
  'space.booking.submit': 'Varaa',
  'space.booking.sending': 'Lähetetään…',
  'space.booking.confirmed': 'Varaus on vahvistettu. Vahvistus lähetettiin sähköpostiisi.',
  'space.booking.pending': 'Varauspyyntö odottaa käsittelyä. Saat viestin, kun se on käsitelty.',
  'space.booking.code': 'Varauskoodi',
  'space.booking.codeHint': 'Tallenna koodi: sillä voit perua tai muuttaa varauksen ilman tunnuksia.',
  'space.booking.ics': 'Lataa kalenterimerkintä (.ics)',
  'space.booking.manage': 'Peru tai muuta varausta',
  'space.booking.again': 'Tee uusi varaus',
  'space.booking.loading': 'Ladataan kalenteria…',
  'space.booking.error': 'Kalenteria ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
  'space.booking.failed': 'Varaus ei onnistunut.',
  'space.booking.retry': 'Yritä uudelleen',
} as const satisfies Catalog;

export type SpaceWidgetMessageKey = keyof typeof fi;
export default fi;
