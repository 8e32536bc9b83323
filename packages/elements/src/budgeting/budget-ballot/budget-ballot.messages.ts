import { createMessages, lazyBallotRemainingMessages, lazyBallotWidgetMessages, lazyCommonMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The ballot's texts, from core's catalogs: Finnish in the bundle, Swedish and English loaded
 * the first time a page shows them; with what is left (money, projects, points), which it shows
 * live as the voter chooses. The rules' checks with their texts (the violations), the later steps
 * (confirmation, casting, the receipt) and the server's problem texts come with their lazy part,
 * loaded at the voter's first touch (budget-ballot.confirm.ts; issue 7, ADR 0098).
 * One file per widget, so no widget's chunk carries another's.
 */
export const ballotMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBallotRemainingMessages, lazyBallotWidgetMessages);
export type BallotTranslator = TranslatorOf<typeof ballotMessages>;
