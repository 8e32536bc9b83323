import type { Catalog } from '../i18n/translate.js';
import type { BudgetingMessageKey } from './budgeting.messages.fi.js';

/** Swedish texts of the ballot's rules, violations, what is left and the receipt check. */
const sv: Catalog<BudgetingMessageKey> = {
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
  'budgeting.ballot.remaining.money': 'Pengar kvar: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'Du kan välja {projects} projekt till.', other: 'Du kan välja {projects} projekt till.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: 'Poäng kvar: {points}', other: 'Poäng kvar: {points}' },
  'budgeting.rules.maxBelowMin': 'Det högsta antalet kan inte vara mindre än det lägsta.',
  'budgeting.rules.maxPointsAboveTotal': 'Poängen för ett projekt kan inte överstiga det totala antalet poäng.',
  'budgeting.rules.projects.required': 'Lägg till minst ett projekt i omröstningen.',
  'budgeting.rules.projects.duplicate': 'Samma projekt finns två gånger i omröstningen.',
  'budgeting.rules.tieBreaking.repeated': 'Samma regel för oavgjort finns två gånger i ordningen.',
  'budgeting.rules.tieBreaking.lot': 'Lottningens ordning måste innehålla varje projekt exakt en gång.',
  'budgeting.rules.completion.mesOnly': 'Kompletteringssättet hör bara till metoden med lika andelar.',
  'budgeting.receipt.invalid': 'Kvittokoden är ogiltig. Kontrollera den på kvittot.',
  'budgeting.receipt.counted': 'Din röst har räknats med i resultatet.',
  'budgeting.receipt.notFound': 'Den här kvittokoden finns inte bland de räknade rösterna.',
};

export default sv;
