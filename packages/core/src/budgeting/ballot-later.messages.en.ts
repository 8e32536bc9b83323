import type { Catalog } from '../i18n/translate.js';
import type { BallotLaterMessageKey } from './ballot-later.messages.fi.js';

/** English texts of the ballot's later steps. */
const en: Catalog<BallotLaterMessageKey> = {
  'budgeting.ui.codeInvalid': 'The voting code is not valid. Check it on the paper.',
  'budgeting.ui.confirmTitle': 'Check your vote',
  'budgeting.ui.confirmBlank': 'You are casting a blank vote: you choose no project.',
  'budgeting.ui.confirmHint': 'You cannot change your vote after you have sent it.',
  'budgeting.ui.total': 'Total {total}',
  'budgeting.ui.pointsGiven': { plural: 'points', one: '{points} point', other: '{points} points' },
  'budgeting.ui.cast': 'Send my vote',
  'budgeting.ui.sending': 'Sending your vote…',
  'budgeting.ui.doneTitle': 'Your vote is stored',
  'budgeting.ui.receipt': 'Receipt code',
  'budgeting.ui.receiptHint': 'Write the receipt code down. With it you can later check that your vote was counted. Nobody can tell from the code how you voted.',
};
export default en;
