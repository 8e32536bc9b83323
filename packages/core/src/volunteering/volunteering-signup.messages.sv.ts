import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupMessageKey } from './volunteering-signup.messages.fi.js';

/** Swedish texts of volunteering: the sign-up as a visitor first sees it (the talkoot, its seats, the button that opens the form). */
const sv: Catalog<VolunteeringSignupMessageKey> = {
  'volunteering.signup.submit': 'Anmäl',
  'volunteering.signup.overlap': { plural: 'count', one: 'Du har redan anmält dig till ett pass vid samma tid: {shifts}.', other: 'Du har redan anmält dig till {count} pass vid samma tid: {shifts}.' },
  'volunteering.signup.unavailable': 'Anmälningsformuläret kunde inte laddas. Försök igen om en stund.',
  'volunteering.signup.closedNotice': 'Det går inte längre att anmäla sig till det här passet.',
};

export default sv;
