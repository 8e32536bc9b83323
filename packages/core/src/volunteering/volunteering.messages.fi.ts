import type { Catalog } from '../i18n/translate.js';
import checks from './volunteering-checks.messages.fi.js';
import seats from './volunteering-seats.messages.fi.js';
import signup from './volunteering-signup.messages.fi.js';
import signupForm from './volunteering-signup-form.messages.fi.js';
import signupLater from './volunteering-signup-later.messages.fi.js';
import listing from './volunteering-listing.messages.fi.js';

/**
 * Finnish texts of volunteering, every one: the parts the widgets load apart (checks, seats, the
 * sign-up's two halves, the board's list) and the rest (proposals, mails, figures). The server and
 * the console use them all; a resident widget imports only its parts (issue 7).
 * Plurals are `{ plural, one, other }`.
 */
const fi = {
  ...checks,
  ...seats,
  ...signup,
  ...signupForm,
  ...signupLater,
  ...listing,
  'volunteering.proposal.approved': 'Talkooehdotuksesi ”{what}” on hyväksytty.',
  'volunteering.proposal.declined': 'Talkooehdotustasi ”{what}” ei voitu hyväksyä: {reason}',
  'volunteering.proposal.decided': 'Ehdotuksesta on jo päätetty.',
  'volunteering.proposal.expired': 'Ehdotetun talkoopäivän jälkeen ehdotuksesta ei voi enää päättää, ja ehdottajan tiedot on poistettu.',
  'volunteering.mail.confirmation.subject': 'Olet mukana: {title}',
  'volunteering.mail.waiting.subject': 'Olet jonossa: {title}',
  'volunteering.mail.promoted.subject': 'Paikka vapautui, olet mukana: {title}',
  'volunteering.mail.change.subject': 'Ilmoittautumistasi muutettiin: {title}',
  'volunteering.mail.cancellation.subject': 'Ilmoittautuminen peruttu: {title}',
  'volunteering.mail.reminder.subject': 'Muistutus: {title} {when}',
  'volunteering.mail.body': 'Hei {name},\n\n{status}\n\n{title}\n{when}\n{place}\n\nMukana: {people}\n\nMuuta tai peru: {manageUrl}\n\nKalenterimerkintä on liitteenä.\n\n{organisation}',
  'volunteering.mail.status.attending': 'Ilmoittautumisesi on vahvistettu.',
  'volunteering.mail.status.waiting': 'Olet jonossa sijalla {position}. Kerromme, jos paikka vapautuu.',
  'volunteering.mail.status.promoted': 'Jonosta vapautui paikka: olet nyt mukana.',
  'volunteering.mail.status.change': 'Ilmoittautumisesi tiedot muuttuivat.',
  'volunteering.mail.status.cancellation': 'Ilmoittautumisesi on peruttu.',
  'volunteering.mail.status.reminder': 'Muistutus tulevasta vuorostasi.',
  'volunteering.figures.volunteers': 'Vapaaehtoisia',
  'volunteering.figures.hours': 'Vapaaehtoistunteja',
  'volunteering.figures.talkoot': 'Talkoita',
} as const satisfies Catalog;

export type VolunteeringMessageKey = keyof typeof fi;
export default fi;
