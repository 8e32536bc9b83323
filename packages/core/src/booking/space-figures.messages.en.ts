import type { Catalog } from '../i18n/translate.js';
import type { SpaceFiguresMessageKey } from './space-figures.messages.fi.js';

/** English texts of <kohtaamo-space-figures>. */
const en: Catalog<SpaceFiguresMessageKey> = {
  'space.figures.title': 'Shared living rooms in figures',
  'space.figures.loading': 'Loading the figures…',
  'space.figures.error': 'The figures could not be loaded. Please try again in a moment.',
  'space.figures.empty': 'No spaces have been registered yet.',
  'space.figures.total': 'Total',
  'space.figures.areaChart': 'Open-access area by unit',
  'space.figures.areaDesc': 'Open-access space {m2} m² in all, {places} meeting places. The figures are in the table.',
  'space.figures.shareChart': 'Utilisation by space: {month}',
  'space.figures.shareDesc': 'The share of opening hours booked. The figures of every month are in the table.',
  'space.figures.chooseMonth': 'Month of the chart',
  'space.figures.openData': 'Open data:',
  'space.figures.leafNote': 'Areas are counted from the smallest spaces only, so the same floor is never counted twice.',
  'space.figures.openM2': 'Open-access space',
  'space.figures.meetingPlaces': 'Meeting places',
  'space.figures.unit': 'Unit',
  'space.figures.space': 'Space',
  'space.figures.month': 'Month',
  'space.figures.share': 'Utilisation',
  'space.figures.booked': 'Booked (h)',
  'space.figures.open': 'Open (h)',
  'space.figures.utilisation': 'Utilisation per space and month',
  'space.figures.areaTable': 'Floor area and meeting places per unit',
  'space.figures.bookableM2': 'Bookable space (m²)',
  'space.figures.m2': '{value} m²',
};
export default en;
