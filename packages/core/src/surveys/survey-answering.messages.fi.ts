import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of answering a survey that its first page shows (the resident widget's entry). The
 * answer checks' errors and the ranking's buttons are in survey-answering-later.messages.fi.ts,
 * loaded with the checks (ADR 0064). The keys are defined here.
 */
const fi = {
  'surveys.ui.progress': "Sivu {page} / {pages}",
  'surveys.ui.previous': "Edellinen",
  'surveys.ui.next': "Seuraava",
  'surveys.ui.sent': "Kiitos! Vastauksesi on vastaanotettu.",
  'surveys.ui.other': "Muu, mikä?",
  'surveys.ui.otherText': "Kerro tarkemmin",
  'surveys.ui.required': "(pakollinen)",
  'surveys.ui.chooseOne': "Valitse",
  'surveys.ui.yes': "Kyllä",
  'surveys.ui.no': "Ei",
  'surveys.ui.chars': { plural: "count", one: "{count} merkki jäljellä", other: "{count} merkkiä jäljellä" },
  'surveys.ui.keepDraft': "Säilytä keskeneräiset vastaukset tällä laitteella 7 päivää",
  'surveys.ui.saveForLater': "Tallenna ja jatka myöhemmin",
  'surveys.ui.resumeOpen': "Jatka jatkokoodilla",
  'surveys.ui.alreadyAnswered': "Olet jo vastannut tähän kyselyyn tällä selaimella. Kiitos!",
  'surveys.ui.closed': "Tämä kysely ei ole nyt avoinna.",
  'surveys.ui.loadFailed': "Kyselyä ei voitu ladata. Yritä myöhemmin uudelleen.",
  'surveys.ui.respondentId': "Vastaajan tunnus (haastattelijan järjestelmästä)",
} satisfies Catalog;

export type SurveyAnsweringMessageKey = keyof typeof fi;
export default fi;
