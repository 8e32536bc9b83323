import { commonMessages, feedbackHandlingMessages, feedbackMessages, feedbackResidentMessages, mergeCatalogs, staffMessages } from '@kohtaamo/core';

/** Every text the staff inbox shows, from core's catalogs (the resident texts name the pin and photos). */
export const inboxCatalogs = mergeCatalogs(commonMessages, staffMessages, feedbackMessages, feedbackResidentMessages, feedbackHandlingMessages);
