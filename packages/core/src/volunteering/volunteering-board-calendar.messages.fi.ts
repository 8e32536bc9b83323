import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the volunteering board's month calendar (loaded with the calendar view). Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.board.previousMonth': "Edellinen kuukausi",
  'volunteering.board.nextMonth': "Seuraava kuukausi",
  'volunteering.board.calendarHint': "Liiku päivästä toiseen nuolinäppäimillä, kuukaudesta toiseen Page Up- ja Page Down -näppäimillä. Enter näyttää päivän tehtävät.",
  'volunteering.board.dayCount': { plural: "count", one: "{date}, {count} tehtävä", other: "{date}, {count} tehtävää" },
  'volunteering.board.dayHeading': "Tehtävät {date}",
  'volunteering.board.dayEmpty': "Tälle päivälle ei ole tehtäviä.",
  'volunteering.board.monthCount': { plural: "count", one: "{month}: {count} tehtävä", other: "{month}: {count} tehtävää" },
} as const satisfies Catalog;

export type VolunteeringBoardCalendarMessageKey = keyof typeof fi;
export default fi;
