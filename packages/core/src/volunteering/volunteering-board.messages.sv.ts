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
  'volunteering.board.previousMonth': "Föregående månad",
  'volunteering.board.nextMonth': "Nästa månad",
  'volunteering.board.calendarHint': "Flytta mellan dagar med piltangenterna, mellan månader med Page Up och Page Down. Enter visar dagens uppgifter.",
  'volunteering.board.dayCount': { plural: "count", one: "{date}, {count} uppgift", other: "{date}, {count} uppgifter" },
  'volunteering.board.dayHeading': "Uppgifter {date}",
  'volunteering.board.dayEmpty': "Inga uppgifter den här dagen.",
  'volunteering.board.monthCount': { plural: "count", one: "{month}: {count} uppgift", other: "{month}: {count} uppgifter" },
  'volunteering.board.ongoing': "Fortlöpande uppgift",
};

export default sv;
