import type { Catalog } from '../i18n/translate.js';
import remaining from './ballot-remaining.messages.sv.js';
import type { BallotRulesMessageKey } from './ballot-rules.messages.fi.js';

/** Swedish texts of a ballot's rules as the voter meets them. */
const sv: Catalog<BallotRulesMessageKey> = {
  ...remaining,
  'budgeting.ballot.unknownProject': 'Projektet {project} finns inte i den här omröstningen.',
  'budgeting.ballot.duplicate': 'Projektet {project} har valts två gånger.',
  'budgeting.ballot.pointsRequired': 'Ge projektet {project} poäng eller ta bort det från dina val.',
  'budgeting.ballot.pointsNotAllowed': 'I den här omröstningen ges inga poäng till projekten.',
  'budgeting.ballot.pointsPerProject': { plural: 'max', one: 'Ett projekt kan få högst {max} poäng.', other: 'Ett projekt kan få högst {max} poäng.' },
  'budgeting.ballot.tooFew': { plural: 'min', one: 'Välj minst {min} projekt eller rösta blankt.', other: 'Välj minst {min} projekt eller rösta blankt.' },
  'budgeting.ballot.tooMany': { plural: 'max', one: 'Du kan välja högst {max} projekt. Nu har du valt {chosen}.', other: 'Du kan välja högst {max} projekt. Nu har du valt {chosen}.' },
  'budgeting.ballot.overBudget': 'Dina val kostar sammanlagt {total} och budgeten är {budget}: ta bort projekt för {over}.',
  'budgeting.ballot.underMinimumShare': 'Använd minst {percent} % av budgeten ({minimum}). Dina val kostar nu {total}.',
  'budgeting.ballot.tooManyPoints': { plural: 'over', one: 'Du har gett {used} poäng, {over} poäng för mycket: du har {total}.', other: 'Du har gett {used} poäng, {over} poäng för mycket: du har {total}.' },
};
export default sv;
