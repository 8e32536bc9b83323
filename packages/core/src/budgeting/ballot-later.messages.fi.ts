import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the ballot's later steps (<kohtaamo-budget-ballot>): checking the choice once
 * more, casting, and the receipt. Loaded with that part of the widget (budget-ballot.confirm.ts),
 * not with the ballot (issue 7). Finnish defines the keys: Swedish and English must have the same.
 */
const fi = {
  'budgeting.ui.codeInvalid': 'Äänestyskoodi ei kelpaa. Tarkista se paperista.',
  'budgeting.ui.confirmTitle': 'Tarkista äänesi',
  'budgeting.ui.confirmBlank': 'Äänestät tyhjää: et valitse yhtään hanketta.',
  'budgeting.ui.confirmHint': 'Ääntä ei voi muuttaa sen jälkeen, kun olet lähettänyt sen.',
  'budgeting.ui.total': 'Yhteensä {total}',
  'budgeting.ui.pointsGiven': { plural: 'points', one: '{points} piste', other: '{points} pistettä' },
  'budgeting.ui.cast': 'Lähetä ääni',
  'budgeting.ui.sending': 'Lähetetään ääntä…',
  'budgeting.ui.doneTitle': 'Äänesi on tallennettu',
  'budgeting.ui.receipt': 'Kuittikoodi',
  'budgeting.ui.receiptHint': 'Kirjoita kuittikoodi muistiin. Sillä voit myöhemmin tarkistaa, että äänesi laskettiin. Koodista ei voi päätellä, miten äänestit.',
} satisfies Catalog;

export type BallotLaterMessageKey = keyof typeof fi;
export default fi;
