import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupLaterMessageKey } from './volunteering-signup-later.messages.fi.js';

/** English texts of volunteering: the sign-up after sending: the confirmation, the manage view, cancelling. */
const en: Catalog<VolunteeringSignupLaterMessageKey> = {
  'volunteering.signup.attending': 'You’re in! The confirmation went to {email}.',
  'volunteering.signup.waiting': 'You are number {position} on the waiting list. We will let you know if a place frees up.',
  'volunteering.signup.manageLink': 'Change or cancel your sign-up',
  'volunteering.signup.manageCode': 'Your manage code: {code}. Keep it: with it you can change or cancel your sign-up.',
  'volunteering.signup.cancel': 'Cancel the sign-up',
  'volunteering.signup.cancelled': 'The sign-up is cancelled.',
  'volunteering.signup.changed': 'The change is saved.',
  'volunteering.signup.manageHeading': 'Your sign-up',
  'volunteering.signup.youAreIn': 'You’re in.',
  'volunteering.signup.change': 'Save the change',
  'volunteering.mail.people': { plural: 'people', one: '{people} person', other: '{people} people' },
};

export default en;
