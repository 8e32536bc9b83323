import { createMessages, lazyCommonMessages, lazyVolunteeringMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts of the volunteering widgets: Finnish in the bundle, Swedish and English loaded when shown. */
export const volunteeringWidgetMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringMessages);
export type VolunteeringTranslator = TranslatorOf<typeof volunteeringWidgetMessages>;
