import { createMessages, lazyCommonMessages, lazyVolunteeringBoardMessages, lazyVolunteeringListingMessages, type TranslatorOf } from '@kohtaamo/core';

/** The board's texts: volunteering's list, and its own (theme names, filters, seats); no form's. */
export const boardMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringListingMessages, lazyVolunteeringBoardMessages);
export type BoardTranslator = TranslatorOf<typeof boardMessages>;
