import { createMessages, lazyCommonMessages, lazyVolunteeringBoardMessages, lazyVolunteeringMessages, type TranslatorOf } from '@kohtaamo/core';

/** The board's texts: volunteering's shared ones and its own (theme names, filters, the calendar). */
export const boardMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringMessages, lazyVolunteeringBoardMessages);
export type BoardTranslator = TranslatorOf<typeof boardMessages>;
