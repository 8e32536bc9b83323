import { createMessages, lazyCommonMessages, lazyProposalsWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The proposals widget's texts: Finnish in the bundle, Swedish and English on demand. The form's
 * texts and the API's problem texts come with the form's module (budget-proposals.form.ts, issue 7).
 */
export const proposalsMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyProposalsWidgetMessages);
export type ProposalsTranslator = TranslatorOf<typeof proposalsMessages>;
