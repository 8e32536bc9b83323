import { createMessages, lazyCommonMessages, lazyFeedbackMessages, lazySignalsReportMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the status lookup: the answer, its response time and the reports sent from this
 * device, from core's catalogs: Finnish in the bundle, Swedish and English loaded the first time a
 * page shows them. In a module of the status's own: rollup keeps a module whole in one chunk, so a
 * catalogs module shared with the list and the form made the status download their texts too.
 */
export const feedbackStatusMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackMessages, lazySignalsReportMessages);
export type FeedbackStatusTranslator = TranslatorOf<typeof feedbackStatusMessages>;
