import { createMessages, lazyBallotWidgetMessages, lazyBudgetingMessages, lazyBudgetingRoundMessages, lazyCommonMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The ballot's texts, from core's catalogs: Finnish in the bundle, Swedish and English loaded
 * the first time a page shows them; with the API's problem texts (round messages), which it
 * shows for the server's answers, and the rules' texts (violations, what is left). One file per widget, so no widget's chunk carries another's.
 */
export const ballotMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyBudgetingMessages, lazyBallotWidgetMessages);
export type BallotTranslator = TranslatorOf<typeof ballotMessages>;
