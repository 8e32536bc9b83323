// Every Storybook story of the budgeting widgets (the officers' console too) reaches its state and
// passes axe (the harness: testing/stories-harness.ts): the stories are the catalogue of each
// widget's states (issue 9's Done-when). The stories use their in-memory stand-in for the server;
// their beforeEach forgets what another story left in the browser's storage.
import '../define/kohtaamo-budget-ballot.js';
import '../define/kohtaamo-budget-console.js';
import '../define/kohtaamo-budget-proposals.js';
import '../define/kohtaamo-budget-receipt.js';
import '../define/kohtaamo-budget-results.js';
import * as ballot from '../../../../stories/budgeting/budget-ballot.stories.js';
import * as budgetConsole from '../../../../stories/budgeting/budget-console.stories.js';
import * as proposals from '../../../../stories/budgeting/budget-proposals.stories.js';
import * as receipt from '../../../../stories/budgeting/budget-receipt.stories.js';
import * as results from '../../../../stories/budgeting/budget-results.stories.js';
import { describeStories } from '../testing/stories-harness.js';

// Drawn: a heading or a form (a live region alone is not yet the state).
describeStories([ballot, proposals, receipt, results, budgetConsole], { drawn: 'h2, h3, form' });
