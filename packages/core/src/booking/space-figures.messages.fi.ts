import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of <kohtaamo-space-figures>. Finnish defines the keys. */
const fi = {
  'space.figures.title': 'Yhteiset olohuoneet lukuina',
  'space.figures.loading': 'Ladataan lukuja…',
  'space.figures.error': 'Lukuja ei saatu ladattua. Yritä hetken kuluttua uudelleen.',
  'space.figures.empty': 'Tiloja ei ole vielä kirjattu.',
  'space.figures.total': 'Yhteensä',
  'space.figures.areaChart': 'Avoimen tilan pinta-ala toimipisteittäin',
  'space.figures.areaDesc': 'Avointa tilaa yhteensä {m2} m², kohtaamispaikkoja {places}. Luvut taulukossa.',
  'space.figures.shareChart': 'Käyttöaste tiloittain: {month}',
  'space.figures.shareDesc': 'Varattu osuus aukioloajasta. Luvut kaikilta kuukausilta taulukossa.',
  'space.figures.chooseMonth': 'Kaavion kuukausi',
  'space.figures.openData': 'Avoin data:',
  'space.figures.leafNote': 'Pinta-alat lasketaan vain pienimmistä tiloista, jotta samaa lattiaa ei lasketa kahdesti.',
  'space.figures.openM2': 'Avointa tilaa',
  'space.figures.meetingPlaces': 'Kohtaamispaikkoja',
  'space.figures.unit': 'Toimipiste',
  'space.figures.space': 'Tila',
  'space.figures.month': 'Kuukausi',
  'space.figures.share': 'Käyttöaste',
  'space.figures.booked': 'Varattu (h)',
  'space.figures.open': 'Auki (h)',
  'space.figures.utilisation': 'Käyttöaste tiloittain ja kuukausittain',
  'space.figures.areaTable': 'Pinta-alat ja kohtaamispaikat toimipisteittäin',
  'space.figures.bookableM2': 'Varattavaa tilaa (m²)',
  'space.figures.m2': '{value} m²',
} as const satisfies Catalog;

export type SpaceFiguresMessageKey = keyof typeof fi;
export default fi;
