// Every Storybook story of the space booking widgets (issue 12) reaches its state and passes axe
// (the harness: testing/stories-harness.ts). The staff console's stories too: each render has a
// stand-in server of its own (its `server` arg), so a story that approves a request or allocates
// a round leaves the next one's as it was.
import '../define/kohtaamo-space-booking.js';
import '../define/kohtaamo-space-console.js';
import '../define/kohtaamo-space-figures.js';
import '../define/kohtaamo-space-finder.js';
import * as booking from '../../../../stories/booking/space-booking.stories.js';
import * as spaceConsole from '../../../../stories/booking/space-console.stories.js';
import * as figures from '../../../../stories/booking/space-figures.stories.js';
import * as finder from '../../../../stories/booking/space-finder.stories.js';
import { describeStories } from '../testing/stories-harness.js';

describeStories([booking, finder, figures, spaceConsole], {
  // A story's place in the calendar (the address's hash) must not carry into the next.
  cleanup: () => history.replaceState(null, '', location.pathname + location.search),
});
