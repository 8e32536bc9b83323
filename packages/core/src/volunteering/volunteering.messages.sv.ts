import type { Catalog } from '../i18n/translate.js';
import checks from './volunteering-checks.messages.sv.js';
import seats from './volunteering-seats.messages.sv.js';
import signup from './volunteering-signup.messages.sv.js';
import signupForm from './volunteering-signup-form.messages.sv.js';
import signupLater from './volunteering-signup-later.messages.sv.js';
import listing from './volunteering-listing.messages.sv.js';
import type { VolunteeringMessageKey } from './volunteering.messages.fi.js';

/** Swedish texts of volunteering. */
const sv: Catalog<VolunteeringMessageKey> = {
  ...checks,
  ...seats,
  ...signup,
  ...signupForm,
  ...signupLater,
  ...listing,
  'volunteering.proposal.approved': 'Ditt talkoförslag ”{what}” har godkänts.',
  'volunteering.proposal.declined': 'Ditt talkoförslag ”{what}” kunde inte godkännas: {reason}',
  'volunteering.proposal.decided': 'Förslaget har redan avgjorts.',
  'volunteering.proposal.expired': 'Efter den föreslagna talkodagen kan förslaget inte längre avgöras, och förslagsställarens uppgifter har tagits bort.',
  'volunteering.mail.confirmation.subject': 'Du är med: {title}',
  'volunteering.mail.waiting.subject': 'Du står i kö: {title}',
  'volunteering.mail.promoted.subject': 'En plats blev ledig, du är med: {title}',
  'volunteering.mail.change.subject': 'Din anmälan har ändrats: {title}',
  'volunteering.mail.cancellation.subject': 'Anmälan avbokad: {title}',
  'volunteering.mail.reminder.subject': 'Påminnelse: {title} {when}',
  'volunteering.mail.body': 'Hej {name},\n\n{status}\n\n{title}\n{when}\n{place}\n\nMed: {people}\n\nÄndra eller avboka: {manageUrl}\n\nKalenderposten finns som bilaga.\n\n{organisation}',
  'volunteering.mail.status.attending': 'Din anmälan är bekräftad.',
  'volunteering.mail.status.waiting': 'Du står i kö som nummer {position}. Vi meddelar om en plats blir ledig.',
  'volunteering.mail.status.promoted': 'En plats i kön blev ledig: du är nu med.',
  'volunteering.mail.status.change': 'Uppgifterna i din anmälan har ändrats.',
  'volunteering.mail.status.cancellation': 'Din anmälan har avbokats.',
  'volunteering.mail.status.reminder': 'En påminnelse om ditt kommande pass.',
  'volunteering.figures.volunteers': 'Frivilliga',
  'volunteering.figures.hours': 'Frivilligtimmar',
  'volunteering.figures.talkoot': 'Talkon',
};

export default sv;
