import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringBoardMessageKey } from './volunteering-board.messages.fi.js';

/** Swedish texts of the volunteering board. */
const sv: Catalog<VolunteeringBoardMessageKey> = {
  'volunteering.theme.environment': "Miljö",
  'volunteering.theme.nature': "Natur",
  'volunteering.theme.sports': "Motion och idrott",
  'volunteering.theme.culture': "Kultur",
  'volunteering.theme.children': "Barn",
  'volunteering.theme.youth': "Unga",
  'volunteering.theme.elderly': "Äldre",
  'volunteering.theme.immigrants': "Invandrare",
  'volunteering.theme.neighbourhood': "Det egna bostadsområdet",
  'volunteering.theme.animals': "Djur",
  'volunteering.theme.health': "Hälsa",
  'volunteering.theme.events': "Evenemang",
  'volunteering.theme.other': "Annat",
  'volunteering.board.anyTheme': "Alla teman",
  'volunteering.board.anyArea': "Alla områden",
  'volunteering.board.view': "Vy",
  'volunteering.board.filters': "Avgränsa uppgifterna",
  'volunteering.board.ongoing': "Fortlöpande uppgift",
  'volunteering.board.more': "Visa fler uppgifter",
  'volunteering.board.seatsLeft': { plural: 'seats', one: '{seats} plats ledig', other: '{seats} platser lediga' },
  'volunteering.board.full': 'Fullt',
};

export default sv;
