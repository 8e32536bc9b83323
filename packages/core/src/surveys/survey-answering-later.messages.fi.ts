import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of what answering a survey shows after its pages or on request: the answer
 * checks' errors (shown when "Next" is pressed), the ranking's buttons, the review, the help
 * offer, "Save and continue later", interviewer mode's saved notice, and the server's refusals of
 * a response. Apart from survey-answering.messages.fi.ts so that only the widget's lazy modules
 * carry them (ADR 0047). The keys are defined here.
 */
const fi = {
  'surveys.answer.required': 'Vastaa tähän kysymykseen.',
  'surveys.answer.invalid': 'Vastaus ei kelpaa tähän kysymykseen.',
  'surveys.answer.unknown': 'Tätä kysymystä ei ole kyselyssä.',
  'surveys.answer.choice': 'Valitse vaihtoehto annetuista.',
  'surveys.answer.otherRequired': 'Kerro, mitä tarkoitat kohdalla ”Muu”.',
  'surveys.answer.exclusive': 'Tätä vaihtoehtoa ei voi valita yhdessä muiden kanssa.',
  'surveys.answer.tooFew': 'Valitse vähintään {min}.',
  'surveys.answer.tooMany': 'Valitse enintään {max}.',
  'surveys.answer.range': 'Valitse arvo väliltä {min}–{max}.',
  'surveys.answer.number': 'Kirjoita luku, esimerkiksi 12.',
  'surveys.answer.integer': 'Kirjoita kokonaisluku.',
  'surveys.answer.tooSmall': 'Luvun on oltava vähintään {min}.',
  'surveys.answer.tooLarge': 'Luku saa olla enintään {max}.',
  'surveys.answer.tooLong': 'Vastaus on liian pitkä (enintään {max} merkkiä).',
  'surveys.answer.singleLine': 'Kirjoita vastaus yhdelle riville.',
  'surveys.answer.unknownRow': 'Riviä ”{row}” ei ole tässä kysymyksessä.',
  'surveys.answer.rowRequired': 'Vastaa tähän riviin.',
  'surveys.answer.rankCount': 'Järjestettäviä vaihtoehtoja: {count}.',
  'surveys.ui.rankUp': "Siirrä ylöspäin: {option}",
  'surveys.ui.rankDown': "Siirrä alaspäin: {option}",
  'surveys.ui.rankAdd': "Lisää järjestykseen: {option}",
  'surveys.ui.rankRemove': "Poista järjestyksestä: {option}",
  'surveys.ui.pageErrors': { plural: "count", one: "Sivulla on {count} korjattava kohta:", other: "Sivulla on {count} korjattavaa kohtaa:" },
  'surveys.round.closed': "Tähän kyselyyn ei voi nyt vastata.",
  'surveys.round.modeNotAllowed': "Tähän kyselykierrokseen ei vastata tällä tavalla.",
  'surveys.token.invalid': "Kutsukoodi ei kelpaa tai se on jo käytetty.",
  'surveys.draft.notFound': "Jatkokoodilla ei löydy tallennettua luonnosta. Se on voinut vanhentua.",
  'surveys.help.consent': "Anna lupa ottaa sinuun yhteyttä, jotta voimme tallentaa tarjouksesi.",
  'surveys.help.contact': "Anna sähköpostiosoite tai puhelinnumero.",
  'surveys.help.consentLabel': "Kaupunki saa ottaa minuun yhteyttä tarjoukseni vuoksi.",
  'surveys.help.name': "Nimi",
  'surveys.help.email': "Sähköposti",
  'surveys.help.phone': "Puhelin",
  'surveys.help.received': "Kiitos! Tarjouksesi on tallennettu, ja kaupunki ottaa sinuun yhteyttä.",
  'surveys.help.notSaved': "Tarjoustasi ei tallennettu. Tietosi ovat yhä lomakkeella; yritä uudelleen.",
  'surveys.help.emailInvalid': "Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.",
  'surveys.help.phoneInvalid': "Tarkista puhelinnumero: vain numeroita, esimerkiksi 040 123 4567.",
  'surveys.ui.review': "Tarkista vastauksesi",
  'surveys.ui.reviewIntro': "Tarkista vastauksesi ennen lähettämistä. Voit palata muuttamaan niitä.",
  'surveys.ui.edit': "Muuta",
  'surveys.ui.send': "Lähetä vastaukset",
  'surveys.ui.sending': "Lähetetään…",
  'surveys.ui.notAnswered': "Ei vastausta",
  'surveys.ui.draftRestored': "Jatkat aiemmin aloittamiasi vastauksia.",
  'surveys.ui.saving': "Tallennetaan…",
  'surveys.ui.savedCode': { plural: "days", one: "Vastauksesi on tallennettu. Kirjoita jatkokoodi muistiin: sillä voit jatkaa {days} päivän ajan.", other: "Vastauksesi on tallennettu. Kirjoita jatkokoodi muistiin: sillä voit jatkaa {days} päivän ajan." },
  'surveys.ui.saveFailed': "Tallennus ei onnistunut, koska palvelimeen ei saatu yhteyttä. Vastauksesi ovat yhä tässä.",
  'surveys.ui.resumeCode': "Jatkokoodi",
  'surveys.ui.resume': "Jatka vastaamista",
  'surveys.ui.nextRespondent': "Seuraava vastaaja",
  'surveys.ui.interviewSaved': "Haastattelu {respondent} on tallennettu.",
  // Interviewer mode's refusals by the server (its staff codes): said in the widget's words, not as a code.
  'staff.auth.required': "Kirjaudu ensin henkilöstön sivulla tunnisteella, jolla on kyselyn haastattelijan oikeus; vastaukset pysyvät tässä.",
  'staff.forbidden.grant': "Tunnisteellasi ei ole tämän kyselyn haastattelijan oikeutta; vastaukset pysyvät tässä.",
} satisfies Catalog;

export type SurveyAnsweringLaterMessageKey = keyof typeof fi;
export default fi;
