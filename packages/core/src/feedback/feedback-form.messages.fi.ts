import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback form's first view (the heading, the topic, the message and sending). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'feedback.form.title': 'Anna palautetta',
  'feedback.form.intro': 'Palaute käsitellään kaupungin palvelussa. Voit antaa sen nimettömänä.',
  'feedback.category.label': 'Aihe',
  'feedback.category.choose': 'Valitse aihe',
  'feedback.message.label': 'Palaute',
  'feedback.message.hint': 'Kerro mahdollisimman tarkasti, mitä asia koskee. Vähintään {min} merkkiä.',
  'feedback.message.counter': '{count}/{max} merkkiä',
  'feedback.submit': 'Lähetä palaute',
  'feedback.sending': 'Lähetetään…',
  'feedback.categories.error': 'Aiheita ei saatu ladattua.',
} satisfies Catalog;

export type FeedbackFormMessageKey = keyof typeof fi;
export default fi;
