import type { Catalog } from '../i18n/translate.js';
import type { FeedbackMapMessageKey } from './feedback-map.messages.fi.js';

/** English texts of the feedback maps (the pin picker and the area map). */
const en: Catalog<FeedbackMapMessageKey> = {
  'feedback.map.label': 'Place on the map',
  'feedback.map.useCentre': 'Pin the centre of the map',
  'feedback.map.remove': 'Remove the pin',
  'feedback.map.pin': 'Pinned place: {lat}, {lon}',
  'feedback.map.noPin': 'No place is pinned on the map.',
  'feedback.map.tilesFailed': 'The map images could not be loaded. You can still pin the place or type the address.',
  'feedback.map.keyboard': 'Map. The arrow keys move the pin 10 metres, Shift+arrow 100 metres.',
  'feedback.list.mapLabel': 'Map of the feedback in the list. The arrow keys move the map, + and - zoom in and out.',
};

export default en;
