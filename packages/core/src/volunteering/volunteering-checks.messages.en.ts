import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringChecksMessageKey } from './volunteering-checks.messages.fi.js';

/** English texts of volunteering: the checks of what a resident or coordinator sends, and the server’s refusals of a seat. */
const en: Catalog<VolunteeringChecksMessageKey> = {
  'volunteering.number.tooSmall': 'The number must be at least {min}.',
  'volunteering.number.tooLarge': 'The number can be at most {max}.',
  'volunteering.shift.endBeforeStart': 'The end must be after the start.',
  'volunteering.shift.minimumAboveCapacity': 'The minimum cannot be larger than the number of places.',
  'volunteering.shift.duplicateRole': 'The same role is on the shift twice.',
  'volunteering.code.invalid': 'The code is not valid. Check it in your confirmation.',
  'volunteering.email.invalid': 'Check the email address, for example name@example.fi.',
  'volunteering.phone.invalid': 'Check the phone number, for example 040 123 4567.',
  'volunteering.guardian.consentRequired': 'Anyone under 18 needs a guardian’s consent.',
  'volunteering.guardian.nameRequired': 'Write the guardian’s name.',
  'volunteering.role.tooYoung': { plural: 'minimumAge', one: 'You must be at least {minimumAge} year old for this role.', other: 'You must be at least {minimumAge} years old for this role.' },
  'volunteering.group.tooLarge': { plural: 'max', one: 'Only one person can sign up at a time for this shift.', other: 'One sign-up can bring at most {max} people.' },
  'volunteering.full': 'The shift is full, and so is its waiting list.',
  'volunteering.closed': 'Sign-ups and changes for this shift are closed.',
  'volunteering.holdExpired': 'Your seat hold expired. Please send the form again.',
};

export default en;
