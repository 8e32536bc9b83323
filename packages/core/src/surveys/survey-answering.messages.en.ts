import type { Catalog } from '../i18n/translate.js';
import type { SurveyAnsweringMessageKey } from './survey-answering.messages.fi.js';

/** English texts of answering a survey (the resident widget's). */
const en: Catalog<SurveyAnsweringMessageKey> = {
  'surveys.ui.progress': "Page {page} of {pages}",
  'surveys.ui.previous': "Previous",
  'surveys.ui.next': "Next",
  'surveys.ui.sent': "Thank you! Your answers have been received.",
  'surveys.ui.other': "Other, what?",
  'surveys.ui.otherText': "Please specify",
  'surveys.ui.required': "(required)",
  'surveys.ui.chooseOne': "Choose",
  'surveys.ui.yes': "Yes",
  'surveys.ui.no': "No",
  'surveys.ui.chars': { plural: "count", one: "{count} character left", other: "{count} characters left" },
  'surveys.ui.keepDraft': "Keep unfinished answers on this device for 7 days",
  'surveys.ui.saveForLater': "Save and continue later",
  'surveys.ui.resumeOpen': "Continue with a resume code",
  'surveys.ui.alreadyAnswered': "You have already answered this survey in this browser. Thank you!",
  'surveys.ui.closed': "This survey is not open now.",
  'surveys.ui.loadFailed': "The survey could not be loaded. Please try again later.",
  'surveys.ui.respondentId': "Respondent id (from the interview system)",
};

export default en;
