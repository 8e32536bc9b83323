import { createMessages, lazyCommonMessages, lazySurveyResultsWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/** The results widget's texts: Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const surveyResultsMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySurveyResultsWidgetMessages);
export type SurveyResultsTranslator = TranslatorOf<typeof surveyResultsMessages>;
