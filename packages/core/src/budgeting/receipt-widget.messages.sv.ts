import type { Catalog } from '../i18n/translate.js';
import type { ReceiptWidgetMessageKey } from './receipt-widget.messages.fi.js';

/** Swedish texts of the receipt check. */
const sv: Catalog<ReceiptWidgetMessageKey> = {
  'budgeting.check.title': 'Kontrollera din röst med kvittokoden',
  'budgeting.check.code': 'Kvittokod',
  'budgeting.check.hint': 'Koden har formen XXXX-XXXX-XXXX-XXXX-X. Du kan skriva den med små bokstäver och utan bindestreck.',
  'budgeting.check.submit': 'Kontrollera',
  'budgeting.check.checking': 'Kontrolleras…',
  'budgeting.check.stored': 'Din röst finns i valurnan. Den räknas med när röstningen slutar.',
  'budgeting.check.counted': 'Din röst har räknats med i resultatet.',
  'budgeting.check.invalid': 'Kontrollera kvittokoden: den har 16 tecken och ett kontrolltecken, i formen XXXX-XXXX-XXXX-XXXX-X.',
  'budgeting.check.notFound': 'Ingen röst hittades med den här kvittokoden. Kontrollera koden på ditt kvitto.',
  'budgeting.check.error': 'Kontrollen lyckades inte just nu. Försök igen.',
  'budgeting.check.private': 'Kontrollen berättar inte för någon hur du röstade.',
};
export default sv;
