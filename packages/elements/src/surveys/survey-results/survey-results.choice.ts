// The texts <kohtaamo-survey-results> shows only after a group or a year is chosen: the notice of a
// group too small to show, and the column of the year compared with. Imported at the first change of
// either choice, beside the read of what was chosen (issue 7, ADR 0105); a page whose reader only
// reads the results never loads them.
import { createMessages, lazySurveyResultsChoiceMessages } from '@kohtaamo/core';

/** The texts (the element's controller of them waits for a language's, as for its own). */
export const messages = /* @__PURE__ */ createMessages(lazySurveyResultsChoiceMessages);
