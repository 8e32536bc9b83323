import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the status widget's first view: its heading, the code's field and the button
 * (issue 7, docs/adr/0101). The same keys and texts as in feedback.messages, which the lookup's
 * answer loads when it comes; catalogs.test.ts holds them equal.
 */
const fi = {
  'feedback.status.title': 'Palautteen tila',
  'feedback.status.code.label': 'Seurantatunnus',
  'feedback.status.code.hint': 'Muodossa XXXX-XXXX-X. Löydät sen vahvistuksesta.',
  'feedback.status.lookup': 'Hae',
} satisfies Catalog;

export type FeedbackStatusFieldMessageKey = keyof typeof fi;
export default fi;
