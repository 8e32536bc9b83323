import type { Catalog } from '../i18n/translate.js';
import remaining from './ballot-remaining.messages.fi.js';

/**
 * Finnish texts of a ballot's rules as the voter meets them: the violations and what is left.
 * Part of the budgeting catalog (budgeting.messages.fi.ts) and, alone, of the ballot widget, which
 * needs none of the officers' rule texts (issue 7). Finnish defines the keys.
 */
const fi = {
  ...remaining,
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
} as const satisfies Catalog;

export type BallotRulesMessageKey = keyof typeof fi;
export default fi;
