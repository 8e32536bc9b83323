import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of <kohtaamo-space-booking>'s form, shown once a start is chosen: the fields, the
 * sending and the answer. Only the form's lazy module imports them (ADR 0066); the calendar's are
 * in space-widget.messages. Finnish defines the keys.
 */
const fi = {
  'space.booking.chosen': 'Valittu alkuaika',
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
  'space.booking.failed': 'Varaus ei onnistunut.',
} as const satisfies Catalog;

export type SpaceBookingFormMessageKey = keyof typeof fi;
export default fi;
