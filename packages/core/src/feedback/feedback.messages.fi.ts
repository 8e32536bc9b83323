import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback domain: the form's errors and confirmation, and the status lookup (the form's fields are in feedback-form.messages). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'feedback.sent.code': 'Seurantatunnus',
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
  'feedback.remembered.title': 'Tältä laitteelta lähetetyt',
  'feedback.remembered.new': 'Uusi vastaus',
  'feedback.remembered.updated': 'Tila muuttunut',
  'feedback.remembered.show': 'Näytä {code}',
} satisfies Catalog;

export type FeedbackMessageKey = keyof typeof fi;
export default fi;
