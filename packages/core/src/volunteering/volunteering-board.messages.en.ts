import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringBoardMessageKey } from './volunteering-board.messages.fi.js';

/** English texts of the volunteering board. */
const en: Catalog<VolunteeringBoardMessageKey> = {
  'volunteering.theme.environment': "Environment",
  'volunteering.theme.nature': "Nature",
  'volunteering.theme.sports': "Sports",
  'volunteering.theme.culture': "Culture",
  'volunteering.theme.children': "Children",
  'volunteering.theme.youth': "Young people",
  'volunteering.theme.elderly': "Older people",
  'volunteering.theme.immigrants': "Immigrants",
  'volunteering.theme.neighbourhood': "Neighbourhood",
  'volunteering.theme.animals': "Animals",
  'volunteering.theme.health': "Health",
  'volunteering.theme.events': "Events",
  'volunteering.theme.other': "Other",
  'volunteering.board.anyTheme': "All themes",
  'volunteering.board.anyArea': "All areas",
  'volunteering.board.view': "View",
  'volunteering.board.filters': "Filter the opportunities",
  'volunteering.board.ongoing': "Ongoing task",
  'volunteering.board.more': "Show more opportunities",
  'volunteering.board.seatsLeft': { plural: 'seats', one: '{seats} place left', other: '{seats} places left' },
  'volunteering.board.full': 'Full',
};

export default en;
