import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringConsoleDetailMessageKey } from './volunteering-console-detail.messages.fi.js';

/** Swedish texts of the console's shift editing, roles and record-extract check. */
const sv: Catalog<VolunteeringConsoleDetailMessageKey> = {
  'volunteering.shift.capacityBelowAttending': { plural: 'attending', one: 'Redan {attending} person deltar i passet: antalet platser kan inte vara mindre.', other: 'Redan {attending} personer deltar i passet: antalet platser kan inte vara mindre.' },
  'volunteering.shift.waitingBelowWaiting': { plural: 'waiting', one: 'Redan {waiting} person står i kö: antalet köplatser kan inte vara mindre.', other: 'Redan {waiting} personer står i kö: antalet köplatser kan inte vara mindre.' },
  'volunteering.shift.groupBelowSignup': { plural: 'max', one: 'En grupp på {max} person har anmält sig: den största gruppen kan inte vara mindre.', other: 'En grupp på {max} personer har anmält sig: den största gruppen kan inte vara mindre.' },
  'volunteering.shift.roleInUse': 'Någon har anmält sig till uppgiften ”{role}”: den kan inte tas bort.',
  'volunteering.shift.startInPast': 'Starttiden måste vara i framtiden.',
  'volunteering.recordCheck.notRequired': 'Personens uppgift kräver inget straffregisterutdrag.',
  'volunteering.console.shift.edit': 'Redigera',
  'volunteering.console.shift.editOf': 'Redigera passet {when}',
  'volunteering.console.shift.editTitle': 'Redigera passet: {when}',
  'volunteering.console.shift.minimum': 'Minimiantal',
  'volunteering.console.shift.save': 'Spara passet',
  'volunteering.console.shift.cancelEdit': 'Avbryt redigeringen',
  'volunteering.console.shift.saved': 'Passet är sparat. De anmälda får ett meddelande om en ändrad tid.',
  'volunteering.console.roles.heading': 'Uppgifter',
  'volunteering.console.roles.empty': 'Passet har inga separata uppgifter.',
  'volunteering.console.roles.name': 'Namnet på uppgift {n}',
  'volunteering.console.roles.minimumAge': 'Åldersgräns för uppgift {n} (år)',
  'volunteering.console.roles.recordCheck': 'Uppgift {n} kräver straffregisterutdrag (arbete med barn)',
  'volunteering.console.roles.add': 'Lägg till en uppgift',
  'volunteering.console.roles.remove': 'Ta bort uppgift {n}',
  'volunteering.console.record.column': 'Straffregisterutdrag',
  'volunteering.console.record.hint': 'Straffregisterutdraget visas på plats. I Kohtaamo antecknas bara att utdraget har setts, när och av vem – själva utdraget sparas inte (lag 148/2014).',
  'volunteering.console.record.seen': 'Straffregisterutdrag sett: {name}',
  'volunteering.console.record.seenBy': 'Sett {when}, {by}',
  'volunteering.console.record.marked': '{name}: att utdraget har setts är antecknat.',
  'volunteering.console.record.unmarked': '{name}: anteckningen om utdraget är borttagen.',
  'volunteering.console.record.notNeeded': 'Behövs inte',
};

export default sv;
