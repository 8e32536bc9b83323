import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of what the feedback form shows after sending: the fields' errors and the confirmation. Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'feedback.category.required': 'Valitse palautteen aihe.',
  'feedback.category.unknown': 'Tätä aihetta ei ole. Valitse aihe listasta.',
  'feedback.message.required': 'Kirjoita palautteesi.',
  'feedback.message.tooShort': 'Palaute on liian lyhyt (vähintään {min} merkkiä).',
  'feedback.message.tooLong': 'Palaute on liian pitkä (enintään {max} merkkiä).',
  'feedback.address.invalid': 'Tarkista osoite.',
  'feedback.contact.email.invalid': 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
  'feedback.contact.phone.invalid': 'Tarkista puhelinnumero, esimerkiksi 040 123 4567.',
  'feedback.contact.consent.required': 'Yhteydenotto edellyttää suostumustasi.',
  'feedback.sent.title': 'Kiitos! Palautteesi on vastaanotettu.',
  'feedback.sent.keep': 'Tallenna tunnus: sillä näet palautteen käsittelyn tilan ja kaupungin vastauksen.',
  'feedback.sent.new': 'Anna uusi palaute',
  'feedback.sent.copy': 'Kopioi tunnus',
  'feedback.sent.copied': 'Tunnus kopioitu.',
} satisfies Catalog;

export type FeedbackSentMessageKey = keyof typeof fi;
export default fi;
