import type { Catalog } from './translate.js';
import type { CommonMessageKey } from './common.messages.fi.js';

/** Swedish texts shared by every domain: generic validation and connection states. */
const sv: Catalog<CommonMessageKey> = {
  'common.required': 'Denna uppgift är obligatorisk.',
  'common.invalid': 'Kontrollera denna uppgift.',
  'common.tooLong': 'Texten är för lång (högst {max} tecken).',
  'common.offline': 'Förbindelsen till servern bröts. Dina uppgifter är sparade och vi försöker skicka dem igen automatiskt.',
  'common.serverDown': 'Tjänsten svarar inte just nu. Dina uppgifter är sparade och vi försöker skicka dem igen automatiskt.',
  'common.rateLimited': 'För många inlämningar på kort tid. Vi försöker igen om en stund.',
  'common.retryNow': 'Försök nu',
  'common.retryIn': { plural: 'seconds', one: 'Nytt försök om {seconds} sekund.', other: 'Nytt försök om {seconds} sekunder.' },
  'common.networkError': 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',
  'common.unexpected': 'Något gick fel. Dina uppgifter är sparade; försök igen.',
  'common.errorSummary': { plural: 'count', one: 'Formuläret har {count} punkt att rätta:', other: 'Formuläret har {count} punkter att rätta:' },
  'common.originNotAllowed': 'Servern tillåter inte den här webbplatsen ({origin}). Till webbplatsens administratör: lägg till webbplatsens adress i serverns inställning KOHTAAMO_ORIGINS (se Kohtaamos README, ”Configure the server”).',
  'common.loading': 'Laddar…',
  'common.optional': '(frivillig)',
};

export default sv;
