import type { Catalog } from '../i18n/translate.js';
import type { SurveyAnsweringLaterMessageKey } from './survey-answering-later.messages.fi.js';

/** English texts of the survey widget's review, help offer, resume and interviewer parts. */
const en: Catalog<SurveyAnsweringLaterMessageKey> = {
  'surveys.round.closed': "This survey cannot be answered now.",
  'surveys.round.modeNotAllowed': "This survey round does not take answers this way.",
  'surveys.token.invalid': "The invitation code is not valid or has been used already.",
  'surveys.draft.notFound': "No saved draft was found with the resume code. It may have expired.",
  'surveys.help.consent': "Please agree that we may contact you, so that we can save your offer.",
  'surveys.help.contact': "Give an email address or a phone number.",
  'surveys.help.consentLabel': "The city may contact me about my offer.",
  'surveys.help.name': "Name",
  'surveys.help.email': "Email",
  'surveys.help.phone': "Phone",
  'surveys.help.received': "Thank you! Your offer has been saved, and the city will contact you.",
  'surveys.help.notSaved': "Your offer was not saved. Your details are still in the form; please try again.",
  'surveys.help.emailInvalid': "Check the email address, for example name@example.fi.",
  'surveys.help.phoneInvalid': "Check the phone number: digits only, for example 040 123 4567.",
  'surveys.ui.review': "Check your answers",
  'surveys.ui.reviewIntro': "Check your answers before sending them. You can go back and change them.",
  'surveys.ui.edit': "Change",
  'surveys.ui.send': "Send answers",
  'surveys.ui.sending': "Sending…",
  'surveys.ui.notAnswered': "Not answered",
  'surveys.ui.draftRestored': "You are continuing answers you started earlier.",
  'surveys.ui.saving': "Saving…",
  'surveys.ui.savedCode': { plural: "days", one: "Your answers have been saved. Write down the resume code: with it you can continue for {days} day.", other: "Your answers have been saved. Write down the resume code: with it you can continue for {days} days." },
  'surveys.ui.saveFailed': "Saving failed because the server could not be reached. Your answers are still here.",
  'surveys.ui.resumeCode': "Resume code",
  'surveys.ui.resume': "Continue answering",
  'surveys.ui.nextRespondent': "Next respondent",
  'surveys.ui.interviewSaved': "Interview {respondent} has been saved.",
  // Interviewer mode's refusals by the server (its staff codes): said in the widget's words, not as a code.
  'staff.auth.required': "Sign in first on the staff page with a token that has the interviewer's right to this survey; the answers stay here.",
  'staff.forbidden.grant': "Your token does not have the interviewer's right to this survey; the answers stay here.",
};

export default en;
