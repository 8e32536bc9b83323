import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSignupMessageKey } from './volunteering-signup.messages.fi.js';

/** Swedish texts of volunteering: the sign-up form as a visitor first sees it. */
const sv: Catalog<VolunteeringSignupMessageKey> = {
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
  'volunteering.signup.submit': 'Anmäl',
  'volunteering.signup.overlap': { plural: 'count', one: 'Du har redan anmält dig till ett pass vid samma tid: {shifts}.', other: 'Du har redan anmält dig till {count} pass vid samma tid: {shifts}.' },
  'volunteering.signup.shift': 'Pass',
  'volunteering.signup.unavailable': 'Anmälningsformuläret kunde inte laddas. Försök igen om en stund.',
  'volunteering.signup.roleNone': 'Ingen särskild uppgift',
  'volunteering.signup.closedNotice': 'Det går inte längre att anmäla sig till det här passet.',
  'volunteering.signup.sending': 'Skickar…',
};

export default sv;
