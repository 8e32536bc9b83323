import { commonMessages, feedbackMessages, feedbackResidentMessages, mergeCatalogs, signalsMessages } from '@kohtaamo/core';

/** Every text the feedback elements show, from core's catalogs. */
export const feedbackCatalogs = mergeCatalogs(commonMessages, feedbackMessages, feedbackResidentMessages, signalsMessages);
