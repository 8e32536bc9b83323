import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the ballot's rules, their violations, what is left on a ballot and the receipt
 * check, shared by the server's answers and the ballot widget. Finnish defines the keys: Swedish and
 * English must have the same.
 */
const fi = {
  'budgeting.ballot.unknownProject': 'Hanketta {project} ei ole tässä äänestyksessä.',
  'budgeting.ballot.duplicate': 'Hanke {project} on valittu kahdesti.',
  'budgeting.ballot.pointsRequired': 'Anna hankkeelle {project} pisteitä tai poista se valinnoista.',
  'budgeting.ballot.pointsNotAllowed': 'Tässä äänestyksessä hankkeille ei anneta pisteitä.',
  'budgeting.ballot.pointsPerProject': { plural: 'max', one: 'Yhdelle hankkeelle voi antaa enintään {max} pisteen.', other: 'Yhdelle hankkeelle voi antaa enintään {max} pistettä.' },
  'budgeting.ballot.tooFew': { plural: 'min', one: 'Valitse vähintään {min} hanke tai jätä tyhjä ääni.', other: 'Valitse vähintään {min} hanketta tai jätä tyhjä ääni.' },
  'budgeting.ballot.tooMany': { plural: 'max', one: 'Voit valita enintään {max} hankkeen. Valittuna on nyt {chosen}.', other: 'Voit valita enintään {max} hanketta. Valittuna on nyt {chosen}.' },
  'budgeting.ballot.overBudget': 'Valintasi maksavat yhteensä {total} ja budjetti on {budget}: poista hankkeita {over} edestä.',
  'budgeting.ballot.underMinimumShare': 'Käytä vähintään {percent} % budjetista ({minimum}). Valintasi maksavat nyt {total}.',
  'budgeting.ballot.tooManyPoints': { plural: 'over', one: 'Olet antanut {used} pistettä, {over} piste liikaa: käytettävissä on {total}.', other: 'Olet antanut {used} pistettä, {over} pistettä liikaa: käytettävissä on {total}.' },
  'budgeting.ballot.remaining.money': 'Rahaa jäljellä: {money}',
  'budgeting.ballot.remaining.projects': { plural: 'projects', one: 'Voit valita vielä {projects} hankkeen.', other: 'Voit valita vielä {projects} hanketta.' },
  'budgeting.ballot.remaining.points': { plural: 'points', one: 'Pisteitä jäljellä: {points}', other: 'Pisteitä jäljellä: {points}' },
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
