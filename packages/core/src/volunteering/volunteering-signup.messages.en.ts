import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupMessageKey } from './volunteering-signup.messages.fi.js';

/** English texts of volunteering: the sign-up as a visitor first sees it (the talkoot, its seats, the button that opens the form). */
const en: Catalog<VolunteeringSignupMessageKey> = {
  'volunteering.signup.submit': 'Sign up',
  'volunteering.signup.overlap': { plural: 'count', one: 'You have already signed up for a shift at the same time: {shifts}.', other: 'You have already signed up for {count} shifts at the same time: {shifts}.' },
  'volunteering.signup.unavailable': 'The sign-up form could not be loaded. Please try again in a moment.',
  'volunteering.signup.closedNotice': 'Sign-ups for this shift are closed.',
};

export default en;
