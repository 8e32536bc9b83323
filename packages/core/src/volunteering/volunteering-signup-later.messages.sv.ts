import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupLaterMessageKey } from './volunteering-signup-later.messages.fi.js';

/** Swedish texts of volunteering: the sign-up after sending: the confirmation, the manage view, cancelling. */
const sv: Catalog<VolunteeringSignupLaterMessageKey> = {
  'volunteering.signup.attending': 'Du är med! Bekräftelsen skickades till {email}.',
  'volunteering.signup.waiting': 'Du står i kö som nummer {position}. Du får ett meddelande om en plats blir ledig.',
  'volunteering.signup.manageLink': 'Ändra eller avboka anmälan',
  'volunteering.signup.manageCode': 'Din hanteringskod: {code}. Spara den: med koden kan du ändra eller avboka anmälan.',
  'volunteering.signup.cancel': 'Avboka anmälan',
  'volunteering.signup.cancelled': 'Anmälan har avbokats.',
  'volunteering.signup.changed': 'Ändringen har sparats.',
  'volunteering.signup.manageHeading': 'Din anmälan',
  'volunteering.signup.youAreIn': 'Du är med.',
  'volunteering.signup.change': 'Spara ändringen',
  'volunteering.mail.people': { plural: 'people', one: '{people} person', other: '{people} personer' },
};

export default sv;
