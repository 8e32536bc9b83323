import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupMessageKey } from './volunteering-signup.messages.fi.js';

/** English texts of volunteering: the sign-up form as a visitor first sees it. */
const en: Catalog<VolunteeringSignupMessageKey> = {
  'volunteering.hold.held': { plural: 'seats', one: 'We hold {seats} place for you for {minutes} minutes while you fill in the form.', other: 'We hold {seats} places for you for {minutes} minutes while you fill in the form.' },
  'volunteering.hold.waiting': 'The shift is full. You can join the waiting list: you will hear from us if a place frees up.',
  'volunteering.signup.heading': 'Sign up',
  'volunteering.signup.name': 'Name',
  'volunteering.signup.email': 'Email',
  'volunteering.signup.phone': 'Phone',
  'volunteering.signup.groupSize': 'How many of you are coming?',
  'volunteering.signup.groupSizeHint': { plural: 'max', one: 'Just you.', other: 'You included, at most {max}.' },
  'volunteering.signup.age': 'Age on the day of the shift',
  'volunteering.signup.role': 'Role',
  'volunteering.signup.recordCheck': 'This role needs a criminal record extract, which the organiser looks at on site. The extract is not stored.',
  'volunteering.signup.guardianName': 'Guardian’s name',
  'volunteering.signup.guardianConsent': 'I am the guardian and I consent to the participation.',
  'volunteering.signup.submit': 'Sign up',
  'volunteering.signup.overlap': { plural: 'count', one: 'You have already signed up for a shift at the same time: {shifts}.', other: 'You have already signed up for {count} shifts at the same time: {shifts}.' },
  'volunteering.signup.shift': 'Shift',
  'volunteering.signup.unavailable': 'The sign-up form could not be loaded. Please try again in a moment.',
  'volunteering.signup.roleNone': 'No particular role',
  'volunteering.signup.closedNotice': 'Sign-ups for this shift are closed.',
  'volunteering.signup.sending': 'Sending…',
};

export default en;
