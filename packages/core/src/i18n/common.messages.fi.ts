import type { Catalog } from './translate.js';

/** Finnish texts shared by every domain: generic validation and connection states. Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'common.required': 'Tämä tieto on pakollinen.',
  'common.invalid': 'Tarkista tämä tieto.',
  'common.tooLong': 'Teksti on liian pitkä (enintään {max} merkkiä).',
  'common.offline': 'Yhteys palvelimeen katkesi. Tietosi ovat tallessa, ja yritämme lähettää uudelleen automaattisesti.',
  'common.serverDown': 'Palvelu ei juuri nyt vastaa. Tietosi ovat tallessa, ja yritämme lähettää uudelleen automaattisesti.',
  'common.rateLimited': 'Liian monta lähetystä lyhyessä ajassa. Yritämme uudelleen hetken kuluttua.',
  'common.retryNow': 'Yritä nyt',
  'common.retryIn': 'Uusi yritys {seconds} sekunnin kuluttua.',
  'common.networkError': 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'common.unexpected': 'Jokin meni vikaan. Tietosi ovat tallessa; yritä uudelleen.',
  'common.errorSummary': { plural: 'count', one: 'Lomakkeessa on {count} korjattava kohta:', other: 'Lomakkeessa on {count} korjattavaa kohtaa:' },
  'common.originNotAllowed': 'Palvelin ei salli tätä sivustoa ({origin}). Sivuston ylläpitäjälle: lisää sivuston osoite palvelimen asetukseen KOHTAAMO_ORIGINS (ohje: Kohtaamon README, ”Configure the server”).',
  'common.loading': 'Ladataan…',
  'common.optional': '(vapaaehtoinen)',
} satisfies Catalog;

export type CommonMessageKey = keyof typeof fi;
export default fi;
