import type { Catalog } from '../i18n/translate.js';
import answering from './survey-answering.messages.fi.js';
import answeringLater from './survey-answering-later.messages.fi.js';

/**
 * Finnish texts of the surveys domain: answer validation (for residents), definition and
 * condition checks (for the staff who write surveys). Finnish defines the keys: Swedish and
 * English must have the same.
 */
const fi = {
  ...answering,
  ...answeringLater,
  'surveys.definition.textRequired': 'Kirjoita teksti suomeksi, ruotsiksi ja englanniksi.',
  'surveys.definition.id': 'Tunnus alkaa pienellä kirjaimella ja sisältää vain pieniä kirjaimia, numeroita ja alaviivoja.',
  'surveys.definition.optionValue': 'Vaihtoehdon arvossa saa olla vain kirjaimia, numeroita, pisteitä, alaviivoja, plus- ja miinusmerkkejä.',
  'surveys.definition.fewOptions': 'Anna vähintään kaksi vaihtoehtoa.',
  'surveys.definition.duplicateId': 'Tunnus ”{id}” on jo käytössä.',
  'surveys.definition.reservedId': 'Tunnus ”{id}” on ehtokielen varattu sana.',
  'surveys.definition.duplicateOption': 'Arvo ”{value}” on jo käytössä tässä kysymyksessä.',
  'surveys.definition.reservedOption': 'Arvo ”{value}” on varattu vaihtoehdolle ”Muu”.',
  'surveys.definition.selectionRange': 'Luvun on oltava välillä {min}–{max}.',
  'surveys.definition.minAboveMax': 'Pienin arvo ({min}) ei voi olla suurempi kuin suurin ({max}).',
  'surveys.definition.skipTarget': 'Ohitus voi viedä vain myöhemmälle sivulle tai loppuun, ei sivulle ”{to}”.',
  'surveys.logic.skipReadsLater': 'Ohitusehto ei voi lukea kysymystä ”{name}”, joka on myöhemmällä sivulla.',
  'surveys.logic.cycle': 'Ehdot riippuvat toisistaan kehässä: {cycle}.',
  'surveys.expression.empty': 'Ehto on tyhjä.',
  'surveys.expression.tooLong': 'Ehto on liian pitkä (enintään {max} merkkiä).',
  'surveys.expression.tooDeep': 'Ehdossa on liian monta sisäkkäistä tasoa (enintään {max}).',
  'surveys.expression.badCharacter': 'Merkki ”{found}” ei kuulu ehtokieleen.',
  'surveys.expression.badNumber': 'Luku ”{text}” on kirjoitettu väärin.',
  'surveys.expression.badEscape': 'Merkkijonossa ei voi olla ”{text}”.',
  'surveys.expression.useWord': 'Kirjoita ”{expected}” eikä ”{found}”.',
  'surveys.expression.unterminatedString': 'Merkkijonon lopetusmerkki puuttuu.',
  'surveys.expression.unexpectedEnd': 'Ehto loppuu kesken: odotettiin ”{expected}”.',
  'surveys.expression.unexpectedToken': 'Odotettiin ”{expected}”, mutta löytyi ”{found}”.',
  'surveys.expression.chainedComparison': 'Vertailuja ei voi ketjuttaa (”{found}”): yhdistä ne sanalla and.',
  'surveys.expression.unknownName': 'Kysymystä ”{name}” ei ole tässä kyselyssä.',
  'surveys.expression.unknownFunction': 'Funktiota ”{name}” ei ole.',
  'surveys.expression.arity': 'Funktion {name} argumenttien määrä on {expected}, ei {found}.',
  'surveys.expression.nameExpected': 'Funktion {name} argumentiksi kirjoitetaan kysymyksen tunnus.',
  'surveys.expression.wrongType': 'Tässä tarvitaan arvo tyyppiä {expected}, nyt se on {found}.',
  'surveys.expression.mismatch': 'Arvoja tyyppiä {left} ja {right} ei voi verrata.',
  'surveys.expression.unknownOption': 'Kysymyksessä ”{name}” ei ole vaihtoehtoa ”{found}”.',
  'surveys.expression.notCondition': 'Ehdon on oltava tosi tai epätosi, nyt sen tyyppi on {found}.',
  'surveys.expression.didYouMean': 'Tarkoititko ”{suggestion}”?',
  'surveys.version.otherSurvey': 'Uusi versio kuuluu eri kyselyyn kuin ”{id}”.',
  'surveys.version.notNext': 'Uuden version numeron on oltava {expected}.',
  'surveys.version.unchanged': 'Uudessa versiossa ei ole muutoksia.',
  'surveys.survey.notFound': "Kyselyä ei löydy.",
  'surveys.survey.exists': "Kysely ”{id}” on jo olemassa.",
  'surveys.version.notFound': "Kyselyn versiota ei löydy.",
  'surveys.round.notFound': "Kyselykierrosta ei löydy.",
  'surveys.round.exists': "Kyselykierros ”{id}” on jo olemassa.",
  'surveys.round.notDraft': "Kierros on jo avattu; sen versiota ja tapoja ei voi enää muuttaa.",
  'surveys.respondent.duplicate': "Vastaajalla {respondent} on jo vastaus tällä kierroksella.",
  'surveys.import.rejected': { plural: "count", one: "Tiedostosta hylättiin {count} rivi; mitään ei tallennettu.", other: "Tiedostosta hylättiin {count} riviä; mitään ei tallennettu." },
  'surveys.import.column': "Tiedostossa ei ole saraketta ”{column}”.",
  'surveys.import.unmapped': "Kysymykselle ”{question}” ei ole saraketta.",
  'surveys.import.value': "Arvo ”{value}” ei sovi tähän kysymykseen.",
  'surveys.import.lang': "Kieli ”{value}” ei ole fi, sv tai en.",
  'surveys.results.notPublished': "Tuloksia ei ole vielä julkaistu.",
  'surveys.margins.invalid': "Väestöosuuksia ei voi käyttää: {reason}",
  'surveys.indicator.targetRange': 'Osuuden tavoite on väliltä 0–1, suositteluindeksin (NPS) väliltä −100–100.',
  'surveys.indicator.noRows': 'Kysymyksellä ”{question}” ei ole rivejä.',
  'surveys.indicator.measure': 'Mittaria {measure} ei voi laskea kysymyksestä, jonka tyyppi on {type}.',
  'surveys.indicator.exists': 'Mittarin tunnus ”{id}” on jo toisen kyselyn käytössä.',
  'surveys.indicator.notFound': 'Mittaria ei löytynyt.',
  'surveys.text.notFound': 'Vastausta ei löytynyt tältä kierrokselta.',
  'surveys.text.conflict': 'Toinen moderoija muutti vastausta sillä välin; mitään ei tallennettu. Lataa lista uudelleen.',
} satisfies Catalog;

export type SurveysMessageKey = keyof typeof fi;
export default fi;
