import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMapMessageKey } from './feedback-map.messages.fi.js';

/** Swedish texts of the feedback maps (the pin picker and the area map). */
const sv: Catalog<FeedbackMapMessageKey> = {
  'feedback.map.label': 'Plats på kartan',
  'feedback.map.useCentre': 'Markera kartans mittpunkt',
  'feedback.map.remove': 'Ta bort markeringen',
  'feedback.map.pin': 'Markerad plats: {lat}, {lon}',
  'feedback.map.noPin': 'Ingen plats har markerats på kartan.',
  'feedback.map.tilesFailed': 'Kartbilderna kunde inte laddas. Du kan ändå markera platsen eller skriva adressen.',
  'feedback.map.keyboard': 'Karta. Piltangenterna flyttar markören 10 meter, skift+pil 100 meter.',
  'feedback.list.mapLabel': 'Karta över responsen i listan. Piltangenterna flyttar kartan, + och - zoomar in och ut.',
};

export default sv;
