import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringConsoleDetailMessageKey } from './volunteering-console-detail.messages.fi.js';

/** English texts of the console's shift editing, roles and record-extract check. */
const en: Catalog<VolunteeringConsoleDetailMessageKey> = {
  'volunteering.shift.capacityBelowAttending': { plural: 'attending', one: '{attending} person already attends the shift: there cannot be fewer places.', other: '{attending} people already attend the shift: there cannot be fewer places.' },
  'volunteering.shift.waitingBelowWaiting': { plural: 'waiting', one: '{waiting} person is already waiting: there cannot be fewer waiting list places.', other: '{waiting} people are already waiting: there cannot be fewer waiting list places.' },
  'volunteering.shift.groupBelowSignup': { plural: 'max', one: 'A group of {max} person has signed up: the largest group cannot be smaller.', other: 'A group of {max} people has signed up: the largest group cannot be smaller.' },
  'volunteering.shift.roleInUse': 'People have signed up for the role “{role}”: it cannot be removed.',
  'volunteering.shift.startInPast': 'The start must be in the future.',
  'volunteering.recordCheck.notRequired': 'This person’s role needs no criminal record extract.',
  'volunteering.console.shift.edit': 'Edit',
  'volunteering.console.shift.editOf': 'Edit the shift {when}',
  'volunteering.console.shift.editTitle': 'Edit the shift: {when}',
  'volunteering.console.shift.minimum': 'Minimum attendees',
  'volunteering.console.shift.save': 'Save the shift',
  'volunteering.console.shift.cancelEdit': 'Cancel editing',
  'volunteering.console.shift.saved': 'The shift is saved. Those signed up are told of a changed time.',
  'volunteering.console.roles.heading': 'Roles',
  'volunteering.console.roles.empty': 'The shift has no separate roles.',
  'volunteering.console.roles.name': 'Name of role {n}',
  'volunteering.console.roles.minimumAge': 'Minimum age for role {n} (years)',
  'volunteering.console.roles.recordCheck': 'Role {n} needs a criminal record extract (work with children)',
  'volunteering.console.roles.add': 'Add a role',
  'volunteering.console.roles.remove': 'Remove role {n}',
  'volunteering.console.record.column': 'Criminal record extract',
  'volunteering.console.record.hint': 'The criminal record extract is shown on site. Kohtaamo records only that it was seen, when and by whom – never the extract (law 148/2014).',
  'volunteering.console.record.seen': 'Criminal record extract seen: {name}',
  'volunteering.console.record.seenBy': 'Seen {when}, {by}',
  'volunteering.console.record.marked': '{name}: the extract is recorded as seen.',
  'volunteering.console.record.unmarked': '{name}: the record of the extract is removed.',
  'volunteering.console.record.notNeeded': 'Not needed',
};

export default en;
