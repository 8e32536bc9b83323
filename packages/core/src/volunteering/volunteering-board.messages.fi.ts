import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the volunteering board (its bundle only): theme names, filters, an item's seats
 * (the sign-up's seat texts are a catalog the board would load as two more files, issue 7).
 */
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
  'volunteering.board.seatsLeft': { plural: 'seats', one: '{seats} paikka vapaana', other: '{seats} paikkaa vapaana' },
  'volunteering.board.full': 'Täynnä',
} as const satisfies Catalog;

export type VolunteeringBoardMessageKey = keyof typeof fi;
export default fi;
