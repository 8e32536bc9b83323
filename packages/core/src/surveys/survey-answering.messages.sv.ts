import type { Catalog } from '../i18n/translate.js';
import type { SurveyAnsweringMessageKey } from './survey-answering.messages.fi.js';

/** Swedish texts of answering a survey (the resident widget's). */
const sv: Catalog<SurveyAnsweringMessageKey> = {
  'surveys.ui.progress': "Sida {page} av {pages}",
  'surveys.ui.previous': "Föregående",
  'surveys.ui.next': "Nästa",
  'surveys.ui.sent': "Tack! Dina svar har tagits emot.",
  'surveys.ui.other': "Annat, vad?",
  'surveys.ui.otherText': "Berätta mer",
  'surveys.ui.required': "(obligatorisk)",
  'surveys.ui.chooseOne': "Välj",
  'surveys.ui.yes': "Ja",
  'surveys.ui.no': "Nej",
  'surveys.ui.chars': { plural: "count", one: "{count} tecken kvar", other: "{count} tecken kvar" },
  'surveys.ui.keepDraft': "Spara ofärdiga svar på den här enheten i 7 dagar",
  'surveys.ui.saveForLater': "Spara och fortsätt senare",
  'surveys.ui.resumeOpen': "Fortsätt med en fortsättningskod",
  'surveys.ui.alreadyAnswered': "Du har redan svarat på enkäten i den här webbläsaren. Tack!",
  'surveys.ui.closed': "Den här enkäten är inte öppen nu.",
  'surveys.ui.loadFailed': "Enkäten kunde inte laddas. Försök igen senare.",
  'surveys.ui.respondentId': "Respondentens kod (från intervjusystemet)",
};

export default sv;
