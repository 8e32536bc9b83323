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
  'volunteering.board.ongoing': "Jatkuva tehtävä",
  'volunteering.board.more': "Näytä lisää tehtäviä",
} as const satisfies Catalog;

export type VolunteeringBoardMessageKey = keyof typeof fi;
export default fi;
