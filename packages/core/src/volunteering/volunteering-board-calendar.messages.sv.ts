import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringBoardCalendarMessageKey } from './volunteering-board-calendar.messages.fi.js';

/** Swedish texts of the volunteering board's month calendar. */
const sv: Catalog<VolunteeringBoardCalendarMessageKey> = {
  'volunteering.board.previousMonth': "Föregående månad",
  'volunteering.board.nextMonth': "Nästa månad",
  'volunteering.board.calendarHint': "Flytta mellan dagar med piltangenterna, mellan månader med Page Up och Page Down. Enter visar dagens uppgifter.",
  'volunteering.board.dayCount': { plural: "count", one: "{date}, {count} uppgift", other: "{date}, {count} uppgifter" },
  'volunteering.board.dayHeading': "Uppgifter {date}",
  'volunteering.board.dayEmpty': "Inga uppgifter den här dagen.",
  'volunteering.board.monthCount': { plural: "count", one: "{month}: {count} uppgift", other: "{month}: {count} uppgifter" },
};

export default sv;
