import { createMessages, lazyCommonMessages, lazyFeedbackMapMessages } from '@kohtaamo/core';

/**
 * The texts of the feedback maps (the form's pin picker, the area map): one instance for both, so
 * a page with both loads a language once. Apart from the form's first view (issue 7, docs/adr/0102).
 */
export const feedbackMapMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackMapMessages);
