import type { Catalog } from '../i18n/translate.js';
import type { BallotPointsMessageKey } from './ballot-points.messages.fi.js';

/** Swedish texts of a points ballot. */
const sv: Catalog<BallotPointsMessageKey> = {
  'budgeting.ui.rules.points': { plural: 'total', one: 'Ge {total} poäng till det projekt du vill.', other: 'Fördela {total} poäng mellan projekten som du vill.' },
  'budgeting.ui.rules.pointsMax': { plural: 'max', one: 'Ett projekt kan få högst {max} poäng.', other: 'Ett projekt kan få högst {max} poäng.' },
  'budgeting.ui.points': 'Poäng till projektet',
};

export default sv;
