import type { Catalog } from '../i18n/translate.js';
import type { SurveyAnsweringLaterMessageKey } from './survey-answering-later.messages.fi.js';

/** Swedish texts of the survey widget's review, help offer, resume and interviewer parts. */
const sv: Catalog<SurveyAnsweringLaterMessageKey> = {
  'surveys.round.closed': "Det går inte att svara på den här enkäten nu.",
  'surveys.round.modeNotAllowed': "Den här enkätomgången tar inte emot svar på det här sättet.",
  'surveys.token.invalid': "Inbjudningskoden gäller inte eller har redan använts.",
  'surveys.draft.notFound': "Inget sparat utkast hittades med fortsättningskoden. Det kan ha gått ut.",
  'surveys.help.consent': "Ge ditt samtycke till att vi kontaktar dig, så att vi kan spara ditt erbjudande.",
  'surveys.help.contact': "Ange en e-postadress eller ett telefonnummer.",
  'surveys.help.consentLabel': "Staden får kontakta mig om mitt erbjudande.",
  'surveys.help.name': "Namn",
  'surveys.help.email': "E-post",
  'surveys.help.phone': "Telefon",
  'surveys.help.received': "Tack! Ditt erbjudande har sparats, och staden kontaktar dig.",
  'surveys.help.notSaved': "Ditt erbjudande sparades inte. Dina uppgifter finns kvar i formuläret; försök igen.",
  'surveys.help.emailInvalid': "Kontrollera e-postadressen, till exempel namn@exempel.fi.",
  'surveys.help.phoneInvalid': "Kontrollera telefonnumret: bara siffror, till exempel 040 123 4567.",
  'surveys.ui.review': "Granska dina svar",
  'surveys.ui.reviewIntro': "Granska dina svar innan du skickar dem. Du kan gå tillbaka och ändra dem.",
  'surveys.ui.edit': "Ändra",
  'surveys.ui.send': "Skicka svaren",
  'surveys.ui.sending': "Skickar…",
  'surveys.ui.notAnswered': "Inget svar",
  'surveys.ui.draftRestored': "Du fortsätter med svar som du har påbörjat tidigare.",
  'surveys.ui.saving': "Sparar…",
  'surveys.ui.savedCode': { plural: "days", one: "Dina svar har sparats. Skriv upp fortsättningskoden: med den kan du fortsätta i {days} dag.", other: "Dina svar har sparats. Skriv upp fortsättningskoden: med den kan du fortsätta i {days} dagar." },
  'surveys.ui.saveFailed': "Det gick inte att spara eftersom servern inte kunde nås. Dina svar finns kvar här.",
  'surveys.ui.resumeCode': "Fortsättningskod",
  'surveys.ui.resume': "Fortsätt svara",
  'surveys.ui.nextRespondent': "Nästa respondent",
  'surveys.ui.interviewSaved': "Intervjun {respondent} har sparats.",
  // Interviewer mode's refusals by the server (its staff codes): said in the widget's words, not as a code.
  'staff.auth.required': "Logga först in på personalens sida med en nyckel som har intervjuarens rätt till enkäten; svaren finns kvar här.",
  'staff.forbidden.grant': "Din nyckel har inte intervjuarens rätt till den här enkäten; svaren finns kvar här.",
};

export default sv;
