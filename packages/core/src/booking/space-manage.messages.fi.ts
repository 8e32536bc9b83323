import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of a booking's manage view (<kohtaamo-space-booking manage>): in its lazy chunk only, not in the calendar's bundle. Finnish defines the keys. */
const fi = {
  'space.manage.title': 'Varauksesi: {name}',
  'space.manage.titlePlain': 'Varauksesi',
  'space.manage.loading': 'Ladataan varausta…',
  'space.manage.missing': 'Linkistä puuttuu varauksen tunnus. Avaa linkki vahvistusviestistä kokonaisena.',
  'space.manage.notFound': 'Varausta ei löytynyt tällä linkillä. Tarkista, että avasit koko linkin vahvistusviestistä.',
  'space.manage.loadFailed': 'Varausta ei saatu ladattua. Tarkista yhteys ja yritä uudelleen.',
  'space.manage.retry': 'Yritä uudelleen',
  'space.manage.codeIntro': 'Linkistä puuttuu varauskoodi. Kirjoita koodi, jonka sait vahvistusviestissä.',
  'space.manage.code': 'Varauskoodi',
  'space.manage.codeHint': 'Esimerkiksi K7PQ-2M4X-9RTD-H',
  'space.manage.codeSubmit': 'Näytä varaus',
  'space.manage.codeEmpty': 'Kirjoita varauskoodi.',
  'space.manage.codeWrong': 'Tällä koodilla ei löytynyt varausta. Tarkista koodi vahvistusviestistä.',
  'space.manage.space': 'Tila',
  'space.manage.when': 'Aika',
  'space.manage.status': 'Tilanne',
  'space.manage.status.confirmed': 'Vahvistettu',
  'space.manage.status.pending': 'Odottaa käsittelyä',
  'space.manage.status.cancelled': 'Peruttu',
  'space.manage.status.denied': 'Hylätty',
  'space.manage.deadlineHint': 'Voit perua tai siirtää varauksen itse viimeistään {when}.',
  'space.manage.cancel': 'Peru varaus',
  'space.manage.cancelAsk': 'Perutaanko varaus {when}? Peruttua varausta ei voi palauttaa.',
  'space.manage.cancelYes': 'Kyllä, peru varaus',
  'space.manage.cancelNo': 'Älä peru',
  'space.manage.cancelled': 'Varaus on peruttu. Saat peruutuksesta vahvistuksen sähköpostiisi.',
  'space.manage.move': 'Siirrä toiseen aikaan',
  'space.manage.movePick': 'Valitse kalenterista uusi alkuaika. Varauksen kesto pysyy samana: {minutes} min.',
  'space.manage.moveTo': 'Siirrä varaus: {when}',
  'space.manage.moveNo': 'Älä siirrä',
  'space.manage.moved': 'Varaus on siirretty: {when}. Saat muutoksesta viestin sähköpostiisi.',
  'space.manage.movedPending': 'Varaus on siirretty ({when}) ja odottaa käsittelyä.',
  'space.manage.deadline': 'Peruutusaika on päättynyt: et voi enää perua tai siirtää varausta itse. Ota yhteyttä tilan henkilökuntaan.',
  'space.manage.state': 'Varausta ei voi enää muuttaa: se on peruttu tai hylätty.',
  'space.manage.failed': 'Muutos ei onnistunut. Yritä uudelleen.',
} as const satisfies Catalog;

export type SpaceManageMessageKey = keyof typeof fi;
export default fi;
