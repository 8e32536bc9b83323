import type { Catalog } from '../i18n/translate.js';
import type { BallotWidgetMessageKey } from './ballot-widget.messages.fi.js';

/** English texts of the ballot widget. */
const en: Catalog<BallotWidgetMessageKey> = {
  'budgeting.ui.budget': 'Budget {amount}',
  'budgeting.ui.rules.approvalRange': 'Choose {min} to {max} projects.',
  'budgeting.ui.rules.approvalMax': { plural: 'max', one: 'Choose at most {max} project.', other: 'Choose at most {max} projects.' },
  'budgeting.ui.rules.approvalMin': { plural: 'min', one: 'Choose at least {min} project.', other: 'Choose at least {min} projects.' },
  'budgeting.ui.rules.random': 'The projects are shown in a random order, different for each voter.',
  'budgeting.ui.rules.blank': 'You can also cast a blank vote.',
  'budgeting.ui.projects': 'Projects',
  'budgeting.ui.cost': 'Cost {cost}',
  'budgeting.ui.chosen': { plural: 'count', one: 'You have chosen {count} project.', other: 'You have chosen {count} projects.' },
  'budgeting.ui.valid': 'Your choices follow the rules.',
  'budgeting.ui.code': 'Voting code',
  'budgeting.ui.codeHint': 'The code is in your voting letter, in the form XXXX-XXXX-XXXX-XXXX-X. You can type it in lower case and without hyphens.',
  'budgeting.ui.identified': 'You have identified yourself: your vote is sent with your identification.',
  'budgeting.ui.review': 'Review and vote',
  'budgeting.ui.blank': 'Cast a blank vote',
  'budgeting.ui.loadError': 'The ballot could not be loaded.',
  'budgeting.ui.noRound': 'The vote was not found. To the site’s editor: check the element’s round attribute.',
  'budgeting.ui.back': 'Change my choices',
  'budgeting.ui.notOpen': 'Voting is not open now.',
};
export default en;
