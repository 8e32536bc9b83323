import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the survey results widget (<kohtaamo-survey-results>). Finnish defines the keys. */
const fi = {
  'surveyResults.title': "Kyselyn tulokset",
  'surveyResults.loading': "Ladataan tuloksia…",
  'surveyResults.notPublished': "Tämän kyselyn tuloksia ei ole vielä julkaistu.",
  'surveyResults.notFound': "Kyselyä ei löytynyt.",
  'surveyResults.error': "Tuloksia ei saatu ladattua. Yritä hetken kuluttua uudelleen.",
  'surveyResults.retry': "Yritä uudelleen",
  'surveyResults.sample': "Otos",
  'surveyResults.open': "Avoimet verkkovastaukset",
  'surveyResults.sampleFacts': { plural: "count", one: "Otoksessa {count} vastaaja (puhelinhaastattelut, kutsut ja tutkimuslaitoksen aineisto).", other: "Otoksessa {count} vastaajaa (puhelinhaastattelut, kutsut ja tutkimuslaitoksen aineisto)." },
  'surveyResults.weighted': "Otoksen tulokset on painotettu vastaamaan Heinolan väestöä; luvuille on laskettu 95 %:n luottamusvälit.",
  'surveyResults.unweighted': "Otosta ei ole painotettu väestön mukaan; luottamusvälit on laskettu kuin satunnaisotokselle.",
  'surveyResults.openFacts': { plural: "count", one: "Lisäksi {count} asukas vastasi avoimesti verkossa. Vastaajat valitsivat itse itsensä, joten näille luvuille ei lasketa virhemarginaalia eikä niitä voi yleistää koko väestöön.", other: "Lisäksi {count} asukasta vastasi avoimesti verkossa. Vastaajat valitsivat itse itsensä, joten näille luvuille ei lasketa virhemarginaalia eikä niitä voi yleistää koko väestöön." },
  'surveyResults.group': "Vastaajaryhmä",
  'surveyResults.everyone': "Kaikki vastaajat",
  'surveyResults.compare': "Vertaa vuoteen",
  'surveyResults.noCompare': "Ei vertailua",
  'surveyResults.answer': "Vastaus",
  'surveyResults.row': "Kohde",
  'surveyResults.mean': "Keskiarvo",
  'surveyResults.interval': "{value} (95 %:n varmuudella välillä {low}–{high})",
  'surveyResults.answered': { plural: "count", one: "{count} vastaaja vastasi kysymykseen.", other: "{count} vastaajaa vastasi kysymykseen." },
  'surveyResults.chart': "Vastausten jakauma: {question}",
  'surveyResults.chartDesc': "Palkit näyttävät otoksen osuudet ja viivat niiden 95 %:n luottamusvälit; samat luvut ovat taulukossa.",
  'surveyResults.table': "Luvut: {question}",
  'surveyResults.cantSay': "En osaa sanoa",
  'surveyResults.other': "Muu",
  'surveyResults.yes': "Kyllä",
  'surveyResults.no': "Ei",
  'surveyResults.firstRanked': "Osuus, joka asetti vaihtoehdon ensimmäiseksi.",
  'surveyResults.texts': { plural: "count", one: "Julkaistut vastaukset ({count})", other: "Julkaistut vastaukset ({count})" },
  'surveyResults.textsNone': "Tähän kysymykseen ei ole julkaistu vastauksia.",
  'surveyResults.textsNote': "Kaupunki julkaisee avoimet vastaukset tarkistettuaan ne; henkilötietoja sisältäviä ei julkaista.",
  'surveyResults.more': "Näytä lisää vastauksia",
} satisfies Catalog;

export type SurveyResultsWidgetMessageKey = keyof typeof fi;
export default fi;
