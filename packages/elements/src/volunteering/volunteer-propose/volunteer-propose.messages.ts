import { createMessages, lazyCommonMessages, lazyVolunteeringChecksMessages, lazyVolunteeringProposeMessages, type TranslatorOf } from '@kohtaamo/core';

/** The proposal form's texts: volunteering's checks of what is sent and its own (which the other widgets do not carry). */
export const proposeMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringChecksMessages, lazyVolunteeringProposeMessages);
export type ProposeTranslator = TranslatorOf<typeof proposeMessages>;
