import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of a points ballot (its rules, the points field), a part of <kohtaamo-budget-ballot>
 * loaded only when the ballot paper's rule is points (issue 7, ADR 0098). Finnish defines the keys.
 */
const fi = {
  'budgeting.ui.rules.points': { plural: 'total', one: 'Anna {total} piste haluamallesi hankkeelle.', other: 'Jaa {total} pistettä hankkeille haluamallasi tavalla.' },
  'budgeting.ui.rules.pointsMax': { plural: 'max', one: 'Yhdelle hankkeelle voi antaa enintään {max} pisteen.', other: 'Yhdelle hankkeelle voi antaa enintään {max} pistettä.' },
  'budgeting.ui.points': 'Pisteet hankkeelle',
} as const satisfies Catalog;

export type BallotPointsMessageKey = keyof typeof fi;
export default fi;
