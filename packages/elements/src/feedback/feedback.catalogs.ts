import { commonMessages, feedbackMessages, mergeCatalogs } from '@kohtaamo/core';

/** Every text the feedback elements show, from core's catalogs. */
export const feedbackCatalogs = mergeCatalogs(commonMessages, feedbackMessages);
