import { createMessages, lazyCommonMessages, lazyVolunteeringMessages, lazyVolunteeringProposeMessages, type TranslatorOf } from '@kohtaamo/core';

/** The proposal form's texts: volunteering's shared ones and its own (which the other widgets do not carry). */
export const proposeMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringMessages, lazyVolunteeringProposeMessages);
export type ProposeTranslator = TranslatorOf<typeof proposeMessages>;
