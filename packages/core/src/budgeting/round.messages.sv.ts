import type { Catalog } from '../i18n/translate.js';
import type { BudgetingRoundMessageKey } from './round.messages.fi.js';

/** Swedish texts of the budgeting module's API. */
const sv: Catalog<BudgetingRoundMessageKey> = {
  'budgeting.round.scheduleOrder': 'Fasernas datum ska vara i ordning: förslag, bedömning, omröstning, resultat, genomförande.',
  'budgeting.round.notFound': 'Omgången av deltagande budgetering hittades inte.',
  'budgeting.round.exists': 'Det finns redan en omgång med det här id:t.',
  'budgeting.budget.notFound': 'Budgeten hittades inte i den här omgången.',
  'budgeting.budget.exists': 'Det finns redan en budget med det här id:t.',
  'budgeting.budget.unknown': 'Välj en av omgångens budgetar (område eller tema).',
  'budgeting.proposal.notFound': 'Förslaget hittades inte.',
  'budgeting.proposal.cost': 'Ange det uppskattade priset i euro.',
  'budgeting.proposal.closed': 'Förslag kan lämnas endast under förslagsfasen ({from}–{until}).',
  'budgeting.review.costRequired': 'Ange stadens kostnadsberäkning för ett genomförbart förslag.',
  'budgeting.review.reasonRequired': 'Skriv en offentlig motivering till avslaget eller sammanslagningen.',
  'budgeting.review.mergedIntoRequired': 'Välj förslaget som detta slås samman med.',
  'budgeting.review.mergedIntoUnknown': 'Förslaget som detta ska slås samman med finns inte i den här budgeten.',
  'budgeting.rules.frozen': 'Omröstningen har börjat: reglerna är låsta och varken de eller förslagen kan ändras. Försöket har loggats.',
  'budgeting.rules.missing': 'Reglerna för den här budgeten har inte fastställts ännu.',
  'budgeting.rules.noProjects': 'Budgeten har inga förslag som bedömts som genomförbara.',
  'budgeting.voting.notOpen': 'Omröstningen är inte öppen nu.',
  'budgeting.voting.stillOpen': 'Omröstningen är ännu öppen: resultaten kan inte räknas förrän den har stängts.',
  'budgeting.voting.alreadyVoted': 'Med den här rösträtten har man redan röstat. Var och en kan rösta bara en gång.',
  'budgeting.voter.code': 'Röstkoden är ogiltig. Kontrollera den på papperet.',
  'budgeting.voter.token': 'Identifieringen är ogiltig eller har gått ut. Identifiera dig på nytt.',
  'budgeting.voter.identityDisabled': 'Att rösta med identifiering används inte.',
  'budgeting.results.notPublished': 'Resultaten har inte publicerats ännu.',
  'budgeting.results.notComputed': 'Resultaten har inte räknats ännu.',
  'budgeting.results.queued': 'Resultaten står i kö för att räknas; de blir klara om en stund.',
  'budgeting.implementation.notWinner': 'Genomförandet följs bara för vinnande projekt.',
  'budgeting.figures.turnout': 'Röstande i deltagande budgetering',
  'budgeting.figures.satisfied': 'Röstande med minst ett vinnande val',
  'budgeting.figures.proposals': 'Inlämnade förslag',
};
export default sv;
