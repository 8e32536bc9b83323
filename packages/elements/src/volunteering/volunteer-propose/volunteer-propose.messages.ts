import { createMessages, lazyCommonMessages, lazyVolunteeringProposeMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The proposal form's own texts (which the other widgets do not carry) and the common ones;
 * volunteering's checks' texts come with the part that checks (volunteer-propose.later.ts).
 */
export const proposeMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringProposeMessages);
export type ProposeTranslator = TranslatorOf<typeof proposeMessages>;
