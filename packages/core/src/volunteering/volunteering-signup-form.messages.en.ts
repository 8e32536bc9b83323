import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupFormMessageKey } from './volunteering-signup-form.messages.fi.js';

/** English texts of volunteering: the sign-up form itself (its fields, hints and the seat hold), loaded with the form. */
const en: Catalog<VolunteeringSignupFormMessageKey> = {
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
  'volunteering.signup.shift': 'Shift',
  'volunteering.signup.roleNone': 'No particular role',
  'volunteering.signup.sending': 'Sending…',
};

export default en;
