import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). Finnish defines the keys: Swedish and English must have the same. */
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
  'feedback.sent.code': 'Seurantatunnus',
  'feedback.sent.keep': 'Tallenna tunnus: sillä näet palautteen käsittelyn tilan ja kaupungin vastauksen.',
  'feedback.sent.new': 'Anna uusi palaute',
  'feedback.sent.copy': 'Kopioi tunnus',
  'feedback.sent.copied': 'Tunnus kopioitu.',
  'feedback.status.title': 'Palautteen tila',
  'feedback.status.code.label': 'Seurantatunnus',
  'feedback.status.code.hint': 'Muodossa XXXX-XXXX-X. Löydät sen vahvistuksesta.',
  'feedback.status.lookup': 'Hae',
  'feedback.code.invalid': 'Tarkista seurantatunnus, esimerkiksi 7K3M-Q9XD-K.',
  'feedback.status.notFound': 'Tällä tunnuksella ei löytynyt palautetta.',
  'feedback.status.received': 'Vastaanotettu',
  'feedback.status.allocated': 'Ohjattu käsittelijälle',
  'feedback.status.in_handling': 'Käsittelyssä',
  'feedback.status.done': 'Käsitelty',
  'feedback.status.rejected': 'Hylätty',
  'feedback.status.category': 'Aihe',
  'feedback.status.state': 'Tila',
  'feedback.status.sentAt': 'Lähetetty',
  'feedback.status.updatedAt': 'Päivitetty',
  'feedback.status.reply': 'Kaupungin vastaus',
  'feedback.status.noReply': 'Palautteeseen ei ole vielä vastattu.',
  'feedback.status.repliedAt': 'Vastattu {date}',
} satisfies Catalog;

export type FeedbackMessageKey = keyof typeof fi;
export default fi;
