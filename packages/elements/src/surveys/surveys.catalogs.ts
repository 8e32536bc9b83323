import { createMessages, lazyCommonMessages, lazySurveyAnsweringMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts of the survey widgets, from core's catalogs: Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const surveyWidgetMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySurveyAnsweringMessages);
export type SurveyTranslator = TranslatorOf<typeof surveyWidgetMessages>;
