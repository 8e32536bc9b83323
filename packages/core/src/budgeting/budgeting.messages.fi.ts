import type { Catalog } from '../i18n/translate.js';
import ballotRules from './ballot-rules.messages.fi.js';

/**
 * Finnish texts of the ballot's rules, their violations, what is left on a ballot and the receipt
 * check, shared by the server's answers and the ballot widget. Finnish defines the keys: Swedish and
 * English must have the same.
 */
const fi = {
  ...ballotRules,
  'budgeting.rules.maxBelowMin': 'Enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä.',
  'budgeting.rules.maxPointsAboveTotal': 'Yhden hankkeen pisteet eivät voi ylittää pisteiden kokonaismäärää.',
  'budgeting.rules.projects.required': 'Lisää äänestykseen vähintään yksi hanke.',
  'budgeting.rules.projects.duplicate': 'Sama hanke on äänestyksessä kahdesti.',
  'budgeting.rules.tieBreaking.repeated': 'Sama tasapelisääntö on järjestyksessä kahdesti.',
  'budgeting.rules.tieBreaking.lot': 'Arvonnan järjestyksessä pitää olla jokainen hanke täsmälleen kerran.',
  'budgeting.rules.completion.mesOnly': 'Täydennystapa kuuluu vain tasaosuuksien menetelmään.',
  'budgeting.receipt.invalid': 'Kuittikoodi ei kelpaa. Tarkista se kuitista.',
  'budgeting.receipt.counted': 'Äänesi on laskettu mukaan tulokseen.',
  'budgeting.receipt.notFound': 'Tätä kuittikoodia ei löydy lasketuista äänistä.',
} as const satisfies Catalog;

export type BudgetingMessageKey = keyof typeof fi;
export default fi;
