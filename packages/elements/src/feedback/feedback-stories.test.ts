// Every Storybook story of the feedback widgets (the reference module) reaches its state and
// passes axe (the harness: testing/stories-harness.ts): the form's states (empty in fi/sv/en,
// errors by the field, waiting for the network, sent), the status, the list, the stats and the
// staff inbox's. The stories use their in-memory stand-ins; the keyboard flows against the real
// server are the widgets' own tests.
import '../define/kohtaamo-feedback-form.js';
import '../define/kohtaamo-feedback-inbox.js';
import '../define/kohtaamo-feedback-list.js';
import '../define/kohtaamo-feedback-stats.js';
import '../define/kohtaamo-feedback-status.js';
import * as form from '../../../../stories/feedback/feedback-form.stories.js';
import * as formResident from '../../../../stories/feedback/feedback-form-resident.stories.js';
import * as inbox from '../../../../stories/feedback/feedback-inbox.stories.js';
import * as list from '../../../../stories/feedback/feedback-list.stories.js';
import * as stats from '../../../../stories/feedback/feedback-stats.stories.js';
import * as statusRemembered from '../../../../stories/feedback/feedback-status-remembered.stories.js';
import * as status from '../../../../stories/feedback/feedback-status.stories.js';
import { describeStories } from '../testing/stories-harness.js';

describeStories([form, formResident, status, statusRemembered, list, stats, inbox], {
  // A story's draft, remembered tracking codes or sign-in must not carry into the next.
  cleanup: () => {
    localStorage.clear();
    sessionStorage.clear();
  },
});
