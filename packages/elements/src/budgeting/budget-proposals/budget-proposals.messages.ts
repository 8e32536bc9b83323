import { createMessages, lazyBudgetingRoundMessages, lazyCommonMessages, lazyProposalsWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/** The proposals widget's texts: Finnish in the bundle, Swedish and English on demand; with the API's problem texts. */
export const proposalsMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyProposalsWidgetMessages);
export type ProposalsTranslator = TranslatorOf<typeof proposalsMessages>;
