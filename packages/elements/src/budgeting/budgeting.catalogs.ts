import { createMessages, lazyBallotWidgetMessages, lazyBudgetingRoundMessages, lazyCommonMessages, lazyReceiptWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the budgeting widgets, from core's catalogs: Finnish in the bundle, Swedish and
 * English loaded the first time a page shows them. Each widget carries only its own texts plus
 * the API's problem texts (round messages), which it shows for the server's answers.
 */
export const ballotMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyBallotWidgetMessages);
export type BallotTranslator = TranslatorOf<typeof ballotMessages>;

export const receiptMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyReceiptWidgetMessages);
export type ReceiptTranslator = TranslatorOf<typeof receiptMessages>;
