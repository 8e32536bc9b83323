import type { Catalog } from '../i18n/translate.js';
import type { BallotLaterMessageKey } from './ballot-later.messages.fi.js';

/** Swedish texts of the ballot's later steps. */
const sv: Catalog<BallotLaterMessageKey> = {
  'budgeting.ui.codeInvalid': 'Röstkoden är ogiltig. Kontrollera den på papperet.',
  'budgeting.ui.confirmTitle': 'Granska din röst',
  'budgeting.ui.confirmBlank': 'Du röstar blankt: du väljer inga projekt.',
  'budgeting.ui.confirmHint': 'Du kan inte ändra rösten efter att du har skickat den.',
  'budgeting.ui.total': 'Sammanlagt {total}',
  'budgeting.ui.pointsGiven': { plural: 'points', one: '{points} poäng', other: '{points} poäng' },
  'budgeting.ui.cast': 'Skicka rösten',
  'budgeting.ui.sending': 'Rösten skickas…',
  'budgeting.ui.doneTitle': 'Din röst har sparats',
  'budgeting.ui.receipt': 'Kvittokod',
  'budgeting.ui.receiptHint': 'Anteckna kvittokoden. Med den kan du senare kontrollera att din röst räknades. Av koden går det inte att se hur du röstade.',
};
export default sv;
