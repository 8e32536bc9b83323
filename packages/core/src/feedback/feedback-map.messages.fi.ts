import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback maps (the pin picker and the area map). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'feedback.map.label': 'Paikka kartalla',
  'feedback.map.useCentre': 'Merkitse kartan keskikohta',
  'feedback.map.remove': 'Poista merkintä',
  'feedback.map.pin': 'Merkitty paikka: {lat}, {lon}',
  'feedback.map.noPin': 'Paikkaa ei ole merkitty kartalle.',
  'feedback.map.tilesFailed': 'Karttakuvia ei saatu ladattua. Voit silti merkitä paikan tai kirjoittaa osoitteen.',
  'feedback.map.keyboard': 'Kartta. Nuolinäppäimet siirtävät merkkiä 10 metriä, vaihto+nuoli 100 metriä.',
  'feedback.list.mapLabel': 'Kartta listan palautteista. Nuolinäppäimet siirtävät karttaa, + ja - lähentävät ja loitontavat.',
} satisfies Catalog;

export type FeedbackMapMessageKey = keyof typeof fi;
export default fi;
