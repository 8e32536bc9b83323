import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the sign-up after sending: the confirmation, the manage view, cancelling. Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.signup.attending': 'Olet mukana! Vahvistus lähti osoitteeseen {email}.',
  'volunteering.signup.waiting': 'Olet jonossa sijalla {position}. Saat viestin, jos paikka vapautuu.',
  'volunteering.signup.manageLink': 'Muuta tai peru ilmoittautuminen',
  'volunteering.signup.manageCode': 'Hallintakoodisi: {code}. Säilytä se: koodilla voit muuttaa tai perua ilmoittautumisen.',
  'volunteering.signup.cancel': 'Peru ilmoittautuminen',
  'volunteering.signup.cancelled': 'Ilmoittautuminen on peruttu.',
  'volunteering.signup.changed': 'Muutos on tallennettu.',
  'volunteering.signup.manageHeading': 'Ilmoittautumisesi',
  'volunteering.signup.youAreIn': 'Olet mukana.',
  'volunteering.signup.change': 'Tallenna muutos',
  'volunteering.mail.people': { plural: 'people', one: '{people} henkilö', other: '{people} henkeä' },
} as const satisfies Catalog;

export type VolunteeringSignupLaterMessageKey = keyof typeof fi;
export default fi;
