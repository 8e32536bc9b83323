import type { Catalog } from '../i18n/translate.js';
import type { BallotPointsMessageKey } from './ballot-points.messages.fi.js';

/** English texts of a points ballot. */
const en: Catalog<BallotPointsMessageKey> = {
  'budgeting.ui.rules.points': { plural: 'total', one: 'Give {total} point to the project you like.', other: 'Share {total} points among the projects as you like.' },
  'budgeting.ui.rules.pointsMax': { plural: 'max', one: 'A project can get at most {max} point.', other: 'A project can get at most {max} points.' },
  'budgeting.ui.points': 'Points for the project',
};

export default en;
