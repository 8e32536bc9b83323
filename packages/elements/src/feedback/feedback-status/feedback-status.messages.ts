import { createMessages, lazyCommonMessages, lazyFeedbackStatusFieldMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the status widget's first view: its heading, the code's field and button, and the
 * common loading and failure texts (issue 7, docs/adr/0101). The answer's, the response time's
 * and the remembered reports' texts come with the lookup part (feedback-status.lookup-messages.ts).
 * Finnish in the bundle, Swedish and English loaded the first time a page shows them.
 */
export const feedbackStatusMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackStatusFieldMessages);
export type FeedbackStatusTranslator = TranslatorOf<typeof feedbackStatusMessages>;
