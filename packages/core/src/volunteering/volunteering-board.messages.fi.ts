import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the volunteering board (its bundle only): theme names, filters, the calendar. */
const fi = {
  'volunteering.theme.environment': "Ympäristö",
  'volunteering.theme.nature': "Luonto",
  'volunteering.theme.sports': "Liikunta ja urheilu",
  'volunteering.theme.culture': "Kulttuuri",
  'volunteering.theme.children': "Lapset",
  'volunteering.theme.youth': "Nuoret",
  'volunteering.theme.elderly': "Ikäihmiset",
  'volunteering.theme.immigrants': "Maahanmuuttajat",
  'volunteering.theme.neighbourhood': "Oma asuinalue",
  'volunteering.theme.animals': "Eläimet",
  'volunteering.theme.health': "Terveys",
  'volunteering.theme.events': "Tapahtumat",
  'volunteering.theme.other': "Muu",
  'volunteering.board.anyTheme': "Kaikki teemat",
  'volunteering.board.anyArea': "Kaikki alueet",
  'volunteering.board.view': "Näkymä",
  'volunteering.board.filters': "Rajaa tehtäviä",
  'volunteering.board.previousMonth': "Edellinen kuukausi",
  'volunteering.board.nextMonth': "Seuraava kuukausi",
  'volunteering.board.calendarHint': "Liiku päivästä toiseen nuolinäppäimillä, kuukaudesta toiseen Page Up- ja Page Down -näppäimillä. Enter näyttää päivän tehtävät.",
  'volunteering.board.dayCount': { plural: "count", one: "{date}, {count} tehtävä", other: "{date}, {count} tehtävää" },
  'volunteering.board.dayHeading': "Tehtävät {date}",
  'volunteering.board.dayEmpty': "Tälle päivälle ei ole tehtäviä.",
  'volunteering.board.monthCount': { plural: "count", one: "{month}: {count} tehtävä", other: "{month}: {count} tehtävää" },
  'volunteering.board.ongoing': "Jatkuva tehtävä",
} as const satisfies Catalog;

export type VolunteeringBoardMessageKey = keyof typeof fi;
export default fi;
