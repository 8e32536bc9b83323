import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the sign-up as a visitor first sees it (the talkoot, its seats, the button that opens the form). Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.signup.submit': 'Ilmoittaudu',
  'volunteering.signup.overlap': { plural: 'count', one: 'Olet jo ilmoittautunut vuoroon, joka on samaan aikaan: {shifts}.', other: 'Olet jo ilmoittautunut {count} vuoroon, jotka ovat samaan aikaan: {shifts}.' },
  'volunteering.signup.unavailable': 'Ilmoittautumislomaketta ei voitu ladata. Yritä hetken päästä uudelleen.',
  'volunteering.signup.closedNotice': 'Tähän vuoroon ei voi enää ilmoittautua.',
} as const satisfies Catalog;

export type VolunteeringSignupMessageKey = keyof typeof fi;
export default fi;
