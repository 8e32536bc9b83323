import { createMessages, lazyCommonMessages, lazyVolunteeringSeatsMessages, lazyVolunteeringSignupMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The sign-up form's texts as a visitor first sees it (the seats, the fields): Finnish in the
 * bundle, Swedish and English loaded when shown. The checks' and the confirmation's texts come
 * with the lazy part (volunteer-signup.later.ts).
 */
export const volunteeringWidgetMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringSeatsMessages, lazyVolunteeringSignupMessages);
export type VolunteeringTranslator = TranslatorOf<typeof volunteeringWidgetMessages>;
