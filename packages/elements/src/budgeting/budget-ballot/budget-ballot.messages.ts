import { createMessages, lazyBallotRulesMessages, lazyBallotWidgetMessages, lazyCommonMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The ballot's texts, from core's catalogs: Finnish in the bundle, Swedish and English loaded
 * the first time a page shows them; with the rules' texts (violations, what is left), which it
 * shows live as the voter chooses. The later steps (confirmation, casting, the receipt) and the
 * server's problem texts come with their lazy part (budget-ballot.confirm.ts, issue 7).
 * One file per widget, so no widget's chunk carries another's.
 */
export const ballotMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBallotRulesMessages, lazyBallotWidgetMessages);
export type BallotTranslator = TranslatorOf<typeof ballotMessages>;
