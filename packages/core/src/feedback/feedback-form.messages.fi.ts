import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the feedback form's first state and of the map (the fields, their labels and
 * hints): what a cold page shows. What comes after the person acts (errors, the confirmation,
 * similar reports) is in feedback.messages and feedback-resident.messages (issue 7). Finnish
 * defines the keys: Swedish and English must have the same.
 */
const fi = {
  'feedback.form.title': 'Anna palautetta',
  'feedback.form.intro': 'Palaute käsitellään kaupungin palvelussa. Voit antaa sen nimettömänä.',
  'feedback.category.label': 'Aihe',
  'feedback.category.choose': 'Valitse aihe',
  'feedback.message.label': 'Palaute',
  'feedback.message.hint': 'Kerro mahdollisimman tarkasti, mitä asia koskee. Vähintään {min} merkkiä.',
  'feedback.message.counter': '{count}/{max} merkkiä',
  'feedback.address.label': 'Osoite tai paikka',
  'feedback.address.hint': 'Esimerkiksi katuosoite tai puiston nimi.',
  'feedback.contact.legend': 'Yhteystiedot',
  'feedback.contact.wants': 'Haluan, että minuun otetaan yhteyttä',
  'feedback.contact.anonymous': 'Ilman yhteystietoja palaute on nimetön.',
  'feedback.contact.name.label': 'Nimi',
  'feedback.contact.email.label': 'Sähköposti',
  'feedback.contact.phone.label': 'Puhelinnumero',
  'feedback.contact.emailOrPhone': 'Anna sähköposti tai puhelinnumero, jotta voimme vastata.',
  'feedback.contact.consent.label': 'Annan luvan käyttää yhteystietojani tämän palautteen käsittelyyn.',
  'feedback.contact.remember.label': 'Muista yhteystietoni tällä laitteella',
  'feedback.contact.remember.hint': 'Muuten ne säilyvät vain tässä välilehdessä, kunnes lähetät palautteen. Älä valitse tätä yhteiskäytössä olevalla laitteella.',
  'feedback.submit': 'Lähetä palaute',
  'feedback.sending': 'Lähetetään…',
  'feedback.categories.error': 'Aiheita ei saatu ladattua.',
  'feedback.attributes.legend': 'Lisätiedot',
  'feedback.notice.label': 'Huomio',
  'feedback.notice.blocking': 'Tätä ei voi ilmoittaa tällä lomakkeella. Toimi yllä olevan ohjeen mukaan.',
  'feedback.map.label': 'Paikka kartalla',
  'feedback.map.hint': 'Napsauta karttaa tai siirrä merkkiä nuolinäppäimillä. Voit myös kirjoittaa osoitteen.',
  'feedback.map.open': 'Avaa kartta',
  'feedback.map.useCentre': 'Merkitse kartan keskikohta',
  'feedback.map.remove': 'Poista merkintä',
  'feedback.map.pin': 'Merkitty paikka: {lat}, {lon}',
  'feedback.map.noPin': 'Paikkaa ei ole merkitty kartalle.',
  'feedback.map.tilesFailed': 'Karttakuvia ei saatu ladattua. Voit silti merkitä paikan tai kirjoittaa osoitteen.',
  'feedback.map.keyboard': 'Kartta. Nuolinäppäimet siirtävät merkkiä 10 metriä, vaihto+nuoli 100 metriä.',
  'feedback.list.mapLabel': 'Kartta listan palautteista. Nuolinäppäimet siirtävät karttaa, + ja - lähentävät ja loitontavat.',
  'feedback.photo.label': 'Valokuvat',
  'feedback.photo.hint': { plural: 'count', one: 'Enintään {count} kuva (JPEG, PNG tai WebP), enintään {mb} Mt. Sijaintitiedot poistetaan kuvasta.', other: 'Enintään {count} kuvaa (JPEG, PNG tai WebP), kukin enintään {mb} Mt. Sijaintitiedot poistetaan kuvista.' },
  'feedback.photo.choose': 'Valitse kuvat',
  'feedback.photo.remove': 'Poista kuva {name}',
  'feedback.photo.uploading': 'Ladataan kuvaa…',
} satisfies Catalog;

export type FeedbackFormMessageKey = keyof typeof fi;
export default fi;
