import type { Catalog } from '../i18n/translate.js';
import type { SpaceFiguresMessageKey } from './space-figures.messages.fi.js';

/** Swedish texts of <kohtaamo-space-figures>. */
const sv: Catalog<SpaceFiguresMessageKey> = {
  'space.figures.title': 'Gemensamma vardagsrum i siffror',
  'space.figures.loading': 'Siffrorna laddas…',
  'space.figures.error': 'Siffrorna kunde inte laddas. Försök igen om en stund.',
  'space.figures.empty': 'Inga lokaler har registrerats ännu.',
  'space.figures.total': 'Totalt',
  'space.figures.areaChart': 'Ytan av öppna lokaler per verksamhetsställe',
  'space.figures.areaDesc': 'Öppna lokaler totalt {m2} m², mötesplatser {places}. Siffrorna finns i tabellen.',
  'space.figures.shareChart': 'Användningsgrad per lokal: {month}',
  'space.figures.shareDesc': 'Bokad andel av öppettiden. Siffrorna för alla månader finns i tabellen.',
  'space.figures.chooseMonth': 'Diagrammets månad',
  'space.figures.openData': 'Öppna data:',
  'space.figures.leafNote': 'Ytorna räknas bara för de minsta lokalerna, så att samma golv inte räknas två gånger.',
  'space.figures.openM2': 'Öppna lokaler',
  'space.figures.meetingPlaces': 'Mötesplatser',
  'space.figures.unit': 'Verksamhetsställe',
  'space.figures.space': 'Lokal',
  'space.figures.month': 'Månad',
  'space.figures.share': 'Användningsgrad',
  'space.figures.booked': 'Bokad (h)',
  'space.figures.open': 'Öppen (h)',
  'space.figures.utilisation': 'Användningsgrad per lokal och månad',
  'space.figures.areaTable': 'Ytor och mötesplatser per verksamhetsställe',
  'space.figures.bookableM2': 'Bokningsbara lokaler (m²)',
  'space.figures.m2': '{value} m²',
};
export default sv;
