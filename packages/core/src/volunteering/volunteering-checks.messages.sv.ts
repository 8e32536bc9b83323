import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringChecksMessageKey } from './volunteering-checks.messages.fi.js';

/** Swedish texts of volunteering: the checks of what a resident or coordinator sends, and the server’s refusals of a seat. */
const sv: Catalog<VolunteeringChecksMessageKey> = {
  'volunteering.number.tooSmall': 'Talet måste vara minst {min}.',
  'volunteering.number.tooLarge': 'Talet får vara högst {max}.',
  'volunteering.shift.endBeforeStart': 'Sluttiden måste vara efter starttiden.',
  'volunteering.shift.minimumAboveCapacity': 'Minimiantalet kan inte vara större än det högsta antalet deltagare.',
  'volunteering.shift.duplicateRole': 'Samma uppgift finns två gånger i passet.',
  'volunteering.code.invalid': 'Koden är ogiltig. Kontrollera den i bekräftelsen.',
  'volunteering.email.invalid': 'Kontrollera e-postadressen, till exempel namn@exempel.fi.',
  'volunteering.phone.invalid': 'Kontrollera telefonnumret, till exempel 040 123 4567.',
  'volunteering.guardian.consentRequired': 'Den som är under 18 år behöver vårdnadshavarens samtycke.',
  'volunteering.guardian.nameRequired': 'Skriv vårdnadshavarens namn.',
  'volunteering.role.tooYoung': { plural: 'minimumAge', one: 'För den här uppgiften måste du vara minst {minimumAge} år.', other: 'För den här uppgiften måste du vara minst {minimumAge} år.' },
  'volunteering.group.tooLarge': { plural: 'max', one: 'Till det här passet kan bara en person anmäla sig åt gången.', other: 'En anmälan kan omfatta högst {max} personer.' },
  'volunteering.full': 'Passet är fullt och det finns ingen plats i kön heller.',
  'volunteering.closed': 'Det går inte längre att anmäla sig till passet eller ändra anmälan.',
  'volunteering.holdExpired': 'Platsreserveringen hann gå ut. Skicka formuläret på nytt.',
};

export default sv;
