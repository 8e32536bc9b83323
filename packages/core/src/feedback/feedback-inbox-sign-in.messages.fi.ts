import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the feedback inbox's first state: the sign-in (issue 7, docs/adr/0067). Finnish defines the keys. */
const fi = {
  'feedback.inbox.title': 'Palautteiden käsittely',
  'feedback.inbox.signIn.title': 'Kirjaudu käsittelijänä',
  'feedback.inbox.signIn.token.label': 'Henkilöstön tunniste',
  'feedback.inbox.signIn.token.hint': 'Liitä pääkäyttäjältä saamasi tunniste. Se säilyy vain tämän välilehden ajan.',
  'feedback.inbox.signIn.submit': 'Kirjaudu',
  'feedback.inbox.signIn.required': 'Liitä tunniste.',
  'feedback.inbox.error': 'Toiminto epäonnistui. Yritä uudelleen.',
} satisfies Catalog;

export type FeedbackInboxSignInMessageKey = keyof typeof fi;
export default fi;
