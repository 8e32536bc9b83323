import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringBoardCalendarMessageKey } from './volunteering-board-calendar.messages.fi.js';

/** English texts of the volunteering board's month calendar. */
const en: Catalog<VolunteeringBoardCalendarMessageKey> = {
  'volunteering.board.previousMonth': "Previous month",
  'volunteering.board.nextMonth': "Next month",
  'volunteering.board.calendarHint': "Move between days with the arrow keys, between months with Page Up and Page Down. Enter shows the day’s opportunities.",
  'volunteering.board.dayCount': { plural: "count", one: "{date}, {count} opportunity", other: "{date}, {count} opportunities" },
  'volunteering.board.dayHeading': "Opportunities on {date}",
  'volunteering.board.dayEmpty': "No opportunities on this day.",
  'volunteering.board.monthCount': { plural: "count", one: "{month}: {count} opportunity", other: "{month}: {count} opportunities" },
};

export default en;
