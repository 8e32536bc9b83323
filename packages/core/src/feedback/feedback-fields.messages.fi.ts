import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback form's fields that come at the first touch (the place, the map's button, photos, the topic's questions and notices, contact details). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
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
  'feedback.attributes.legend': 'Lisätiedot',
  'feedback.notice.label': 'Huomio',
  'feedback.notice.blocking': 'Tätä ei voi ilmoittaa tällä lomakkeella. Toimi yllä olevan ohjeen mukaan.',
  'feedback.map.hint': 'Napsauta karttaa tai siirrä merkkiä nuolinäppäimillä. Voit myös kirjoittaa osoitteen.',
  'feedback.map.open': 'Avaa kartta',
  'feedback.photo.label': 'Valokuvat',
  'feedback.photo.hint': { plural: 'count', one: 'Enintään {count} kuva (JPEG, PNG tai WebP), enintään {mb} Mt. Sijaintitiedot poistetaan kuvasta.', other: 'Enintään {count} kuvaa (JPEG, PNG tai WebP), kukin enintään {mb} Mt. Sijaintitiedot poistetaan kuvista.' },
  'feedback.photo.choose': 'Valitse kuvat',
  'feedback.photo.remove': 'Poista kuva {name}',
  'feedback.photo.uploading': 'Ladataan kuvaa…',
} satisfies Catalog;

export type FeedbackFieldsMessageKey = keyof typeof fi;
export default fi;
