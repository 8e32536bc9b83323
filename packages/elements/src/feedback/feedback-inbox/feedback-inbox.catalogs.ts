import { commonMessages, feedbackHandlingMessages, feedbackMessages, mergeCatalogs } from '@kohtaamo/core';

/** Every text the staff inbox shows, from core's catalogs. */
export const inboxCatalogs = mergeCatalogs(commonMessages, feedbackMessages, feedbackHandlingMessages);
