import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the console's shift editing, roles and record-extract check (ADR 0051): loaded
 * with the console's detail module, not in its entry. The server registers the problem codes too.
 */
const fi = {
  'volunteering.shift.capacityBelowAttending': { plural: 'attending', one: 'Vuoroon osallistuu jo {attending} henkilö: paikkoja ei voi olla vähemmän.', other: 'Vuoroon osallistuu jo {attending} henkeä: paikkoja ei voi olla vähemmän.' },
  'volunteering.shift.waitingBelowWaiting': { plural: 'waiting', one: 'Jonossa on jo {waiting} henkilö: jonopaikkoja ei voi olla vähemmän.', other: 'Jonossa on jo {waiting} henkeä: jonopaikkoja ei voi olla vähemmän.' },
  'volunteering.shift.groupBelowSignup': { plural: 'max', one: 'Vuoroon on ilmoittautunut {max} hengen ryhmä: suurin ryhmä ei voi olla pienempi.', other: 'Vuoroon on ilmoittautunut {max} hengen ryhmä: suurin ryhmä ei voi olla pienempi.' },
  'volunteering.shift.roleInUse': 'Tehtävään ”{role}” on ilmoittautuneita: sitä ei voi poistaa.',
  'volunteering.shift.startInPast': 'Alkamisajan pitää olla tulevaisuudessa.',
  'volunteering.recordCheck.notRequired': 'Tämän henkilön tehtävä ei vaadi rikostaustaotetta.',
  'volunteering.console.shift.edit': 'Muokkaa',
  'volunteering.console.shift.editOf': 'Muokkaa vuoroa {when}',
  'volunteering.console.shift.editTitle': 'Vuoron muokkaus: {when}',
  'volunteering.console.shift.minimum': 'Vähimmäismäärä',
  'volunteering.console.shift.save': 'Tallenna vuoro',
  'volunteering.console.shift.cancelEdit': 'Peruuta muokkaus',
  'volunteering.console.shift.saved': 'Vuoro on tallennettu. Muuttuneesta ajasta lähtee viesti ilmoittautuneille.',
  'volunteering.console.roles.heading': 'Tehtävät',
  'volunteering.console.roles.empty': 'Vuorossa ei ole erillisiä tehtäviä.',
  'volunteering.console.roles.name': 'Tehtävän {n} nimi',
  'volunteering.console.roles.minimumAge': 'Tehtävän {n} alaikäraja (vuotta)',
  'volunteering.console.roles.recordCheck': 'Tehtävä {n} vaatii rikostaustaotteen (työ lasten kanssa)',
  'volunteering.console.roles.add': 'Lisää tehtävä',
  'volunteering.console.roles.remove': 'Poista tehtävä {n}',
  'volunteering.console.record.column': 'Rikostaustaote',
  'volunteering.console.record.hint': 'Rikostaustaote katsotaan paikan päällä. Kohtaamoon kirjataan vain, että ote on nähty, milloin ja kuka sen näki – otetta ei tallenneta (laki 148/2014).',
  'volunteering.console.record.seen': 'Rikostaustaote nähty: {name}',
  'volunteering.console.record.seenBy': 'Nähty {when}, {by}',
  'volunteering.console.record.marked': '{name}: rikostaustaotteen näkeminen kirjattu.',
  'volunteering.console.record.unmarked': '{name}: kirjaus rikostaustaotteesta poistettu.',
  'volunteering.console.record.notNeeded': 'Ei tarvita',
} as const satisfies Catalog;

export type VolunteeringConsoleDetailMessageKey = keyof typeof fi;
export default fi;
