import { commonMessages, feedbackHandlingMessages, feedbackMessages, feedbackResidentMessages, mergeCatalogs } from '@kohtaamo/core';

/** Every text the staff inbox shows, from core's catalogs (the resident texts name the pin and photos). */
export const inboxCatalogs = mergeCatalogs(commonMessages, feedbackMessages, feedbackResidentMessages, feedbackHandlingMessages);
