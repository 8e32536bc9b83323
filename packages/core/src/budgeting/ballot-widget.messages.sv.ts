import type { Catalog } from '../i18n/translate.js';
import type { BallotWidgetMessageKey } from './ballot-widget.messages.fi.js';

/** Swedish texts of the ballot widget. */
const sv: Catalog<BallotWidgetMessageKey> = {
  'budgeting.ui.budget': 'Budget {amount}',
  'budgeting.ui.rules.approvalRange': 'Välj {min}–{max} projekt.',
  'budgeting.ui.rules.approvalMax': { plural: 'max', one: 'Välj högst {max} projekt.', other: 'Välj högst {max} projekt.' },
  'budgeting.ui.rules.approvalMin': { plural: 'min', one: 'Välj minst {min} projekt.', other: 'Välj minst {min} projekt.' },
  'budgeting.ui.rules.random': 'Projekten visas i slumpmässig ordning, olika för varje väljare.',
  'budgeting.ui.rules.blank': 'Du kan också rösta blankt.',
  'budgeting.ui.projects': 'Projekt',
  'budgeting.ui.cost': 'Kostnad {cost}',
  'budgeting.ui.chosen': { plural: 'count', one: 'Du har valt {count} projekt.', other: 'Du har valt {count} projekt.' },
  'budgeting.ui.valid': 'Dina val följer reglerna.',
  'budgeting.ui.code': 'Röstkod',
  'budgeting.ui.codeHint': 'Koden finns i ditt röstbrev, i formen XXXX-XXXX-XXXX-XXXX-X. Du kan skriva den med små bokstäver och utan bindestreck.',
  'budgeting.ui.identified': 'Du har identifierat dig: rösten skickas med din identifiering.',
  'budgeting.ui.review': 'Granska och rösta',
  'budgeting.ui.blank': 'Rösta blankt',
  'budgeting.ui.loadError': 'Röstsedeln kunde inte laddas.',
  'budgeting.ui.noRound': 'Omröstningen hittades inte. Till webbplatsens administratör: kontrollera elementets round-attribut.',
  'budgeting.ui.back': 'Ändra valen',
  'budgeting.ui.notOpen': 'Omröstningen är inte öppen nu.',
};
export default sv;
