import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupFormMessageKey } from './volunteering-signup-form.messages.fi.js';

/** Swedish texts of volunteering: the sign-up form itself (its fields, hints and the seat hold), loaded with the form. */
const sv: Catalog<VolunteeringSignupFormMessageKey> = {
  'volunteering.hold.held': { plural: 'seats', one: 'Vi håller {seats} plats åt dig i {minutes} minuter medan du fyller i formuläret.', other: 'Vi håller {seats} platser åt er i {minutes} minuter medan du fyller i formuläret.' },
  'volunteering.hold.waiting': 'Passet är fullt. Du kan anmäla dig till kön: du får ett meddelande om en plats blir ledig.',
  'volunteering.signup.heading': 'Anmäl dig',
  'volunteering.signup.name': 'Namn',
  'volunteering.signup.email': 'E-post',
  'volunteering.signup.phone': 'Telefon',
  'volunteering.signup.groupSize': 'Hur många kommer ni?',
  'volunteering.signup.groupSizeHint': { plural: 'max', one: 'Bara du.', other: 'Du inräknad, högst {max}.' },
  'volunteering.signup.age': 'Ålder på passets dag',
  'volunteering.signup.role': 'Uppgift',
  'volunteering.signup.recordCheck': 'För den här uppgiften behövs ett straffregisterutdrag som arrangören tittar på på plats. Utdraget sparas inte.',
  'volunteering.signup.guardianName': 'Vårdnadshavarens namn',
  'volunteering.signup.guardianConsent': 'Jag är vårdnadshavare och ger mitt samtycke till deltagandet.',
  'volunteering.signup.shift': 'Pass',
  'volunteering.signup.roleNone': 'Ingen särskild uppgift',
  'volunteering.signup.sending': 'Skickar…',
};

export default sv;
