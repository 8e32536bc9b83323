import { createMessages, lazyCommonMessages, lazyVolunteeringBoardMessages, lazyVolunteeringListingMessages, lazyVolunteeringSeatsMessages, type TranslatorOf } from '@kohtaamo/core';

/** The board's texts: volunteering's list and seats, and its own (theme names, filters, the calendar); no form's. */
export const boardMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringListingMessages, lazyVolunteeringSeatsMessages, lazyVolunteeringBoardMessages);
export type BoardTranslator = TranslatorOf<typeof boardMessages>;
