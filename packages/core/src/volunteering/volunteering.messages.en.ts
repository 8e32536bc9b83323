import type { Catalog } from '../i18n/translate.js';
import checks from './volunteering-checks.messages.en.js';
import seats from './volunteering-seats.messages.en.js';
import signup from './volunteering-signup.messages.en.js';
import signupForm from './volunteering-signup-form.messages.en.js';
import signupLater from './volunteering-signup-later.messages.en.js';
import listing from './volunteering-listing.messages.en.js';
import type { VolunteeringMessageKey } from './volunteering.messages.fi.js';

/** English texts of volunteering. */
const en: Catalog<VolunteeringMessageKey> = {
  ...checks,
  ...seats,
  ...signup,
  ...signupForm,
  ...signupLater,
  ...listing,
  'volunteering.proposal.approved': 'Your work party proposal “{what}” is approved.',
  'volunteering.proposal.declined': 'Your work party proposal “{what}” could not be approved: {reason}',
  'volunteering.proposal.decided': 'The proposal has already been decided.',
  'volunteering.proposal.expired': 'After the proposed day the proposal can no longer be decided, and the proposer’s details have been removed.',
  'volunteering.mail.confirmation.subject': 'You’re in: {title}',
  'volunteering.mail.waiting.subject': 'You are on the waiting list: {title}',
  'volunteering.mail.promoted.subject': 'A place freed up, you’re in: {title}',
  'volunteering.mail.change.subject': 'Your sign-up changed: {title}',
  'volunteering.mail.cancellation.subject': 'Sign-up cancelled: {title}',
  'volunteering.mail.reminder.subject': 'Reminder: {title} {when}',
  'volunteering.mail.body': 'Hello {name},\n\n{status}\n\n{title}\n{when}\n{place}\n\nComing: {people}\n\nChange or cancel: {manageUrl}\n\nThe calendar entry is attached.\n\n{organisation}',
  'volunteering.mail.status.attending': 'Your sign-up is confirmed.',
  'volunteering.mail.status.waiting': 'You are number {position} on the waiting list. We will let you know if a place frees up.',
  'volunteering.mail.status.promoted': 'A place on the waiting list freed up: you are now in.',
  'volunteering.mail.status.change': 'The details of your sign-up changed.',
  'volunteering.mail.status.cancellation': 'Your sign-up is cancelled.',
  'volunteering.mail.status.reminder': 'A reminder of your coming shift.',
  'volunteering.figures.volunteers': 'Volunteers',
  'volunteering.figures.hours': 'Volunteer hours',
  'volunteering.figures.talkoot': 'Work parties',
};

export default en;
