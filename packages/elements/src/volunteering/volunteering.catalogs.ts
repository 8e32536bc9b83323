import { createMessages, lazyCommonMessages, lazyVolunteeringChecksMessages, lazyVolunteeringSeatsMessages, lazyVolunteeringSignupLaterMessages, lazyVolunteeringSignupMessages, type TranslatorOf } from '@kohtaamo/core';

/** The sign-up's texts (the seats, the form, the checks, the confirmation): Finnish in the bundle, Swedish and English loaded when shown. */
export const volunteeringWidgetMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringSeatsMessages, lazyVolunteeringSignupMessages, lazyVolunteeringChecksMessages, lazyVolunteeringSignupLaterMessages);
export type VolunteeringTranslator = TranslatorOf<typeof volunteeringWidgetMessages>;
