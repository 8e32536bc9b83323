import type { Catalog } from '../i18n/translate.js';
import type { ReceiptWidgetMessageKey } from './receipt-widget.messages.fi.js';

/** English texts of the receipt check. */
const en: Catalog<ReceiptWidgetMessageKey> = {
  'budgeting.check.title': 'Check your vote with the receipt code',
  'budgeting.check.code': 'Receipt code',
  'budgeting.check.hint': 'The code is in the form XXXX-XXXX-XXXX-XXXX-X. You can type it in lower case and without hyphens.',
  'budgeting.check.submit': 'Check',
  'budgeting.check.checking': 'Checking…',
  'budgeting.check.stored': 'Your vote is in the ballot box. It will be counted when voting closes.',
  'budgeting.check.counted': 'Your vote was counted in the result.',
  'budgeting.check.invalid': 'Check the receipt code: it has 16 characters and a check character, in the form XXXX-XXXX-XXXX-XXXX-X.',
  'budgeting.check.notFound': 'No vote was found with this receipt code. Check the code on your receipt.',
  'budgeting.check.error': 'The check did not succeed just now. Please try again.',
  'budgeting.check.private': 'The check tells nobody how you voted.',
};
export default en;
