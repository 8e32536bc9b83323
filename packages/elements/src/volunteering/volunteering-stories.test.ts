// Every Storybook story of the volunteering widgets (issue 11) reaches its state and passes axe
// (the harness: testing/stories-harness.ts): the stories are the catalogue of each widget's states
// (the issue's Done-when: "every widget passes axe in every state ... with Storybook stories for
// each state"), in the languages the stories use. The stories use their in-memory stand-ins for
// the server; the keyboard-only flows against the real server are the widgets' own tests.
import '../define/kohtaamo-volunteer-board.js';
import '../define/kohtaamo-volunteer-console.js';
import '../define/kohtaamo-volunteer-propose.js';
import '../define/kohtaamo-volunteer-signup.js';
import * as board from '../../../../stories/volunteering/volunteer-board.stories.js';
import * as volunteerConsole from '../../../../stories/volunteering/volunteer-console.stories.js';
import * as propose from '../../../../stories/volunteering/volunteer-propose.stories.js';
import * as signup from '../../../../stories/volunteering/volunteer-signup.stories.js';
import { describeStories } from '../testing/stories-harness.js';

describeStories([signup, board, propose, volunteerConsole], {
  drawn: 'h2, h3, form, .notice',
  // The sign-up keeps the manage codes of this device's sign-ups; a story's must not warn the next one of an overlap.
  cleanup: () => localStorage.removeItem('kohtaamo-volunteering-codes'),
});
