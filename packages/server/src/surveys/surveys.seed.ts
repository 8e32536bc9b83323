import {
  checkSurveyDefinition,
  CANT_SAY_VALUE,
  HEINOLA_RESIDENT_SURVEY_ID,
  heinolaResidentSurveyTemplate,
  mulberry32,
  questionPlaces,
  validateResponse,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyMargins,
  type SurveyMode,
  helsinkiDate,
  type SurveyIndicatorDeclaration,
} from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { createRound, createSurvey, definitionOf, findRound, setMargins, setRoundStatus, storeResponses, type NewResponse } from './surveys.repository.js';
import { declareIndicator } from './surveys.moderation.js';
import { resultsServiceFor } from './surveys.results.js';
import './surveys.tables.js';

/** The template as a checked definition. */
export function templateDefinition(): SurveyDefinition {
  const check = checkSurveyDefinition(heinolaResidentSurveyTemplate);
  if (!check.ok) throw new Error(`the template does not check: ${JSON.stringify(check.errors)}`);
  return check.definition;
}

/**
 * Random answers to every question of a definition, of the right type and range, then cleaned
 * by the definition's logic (answers of hidden questions dropped). `weights` skews choices so
 * the demo's results are not flat. Reproducible from `random`.
 */
export function randomAnswers(definition: SurveyDefinition, random: () => number, skip = 0.1): SurveyAnswers {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const answers: SurveyAnswers = {};
  for (const { question: q } of questionPlaces(definition)) {
    const required = 'required' in q && q.required;
    if (q.type === 'info' || (!required && random() < skip)) continue;
    switch (q.type) {
      case 'single_choice':
      case 'dropdown':
        answers[q.id] = pick(q.options).value;
        break;
      case 'multiple_choice': {
        const max = Math.min(q.maxSelected ?? q.options.length, 3);
        const chosen = new Set<string>();
        const target = Math.max(q.minSelected ?? 1, 1 + Math.floor(random() * max));
        for (const o of q.options.filter((x) => !x.exclusive)) if (chosen.size < target && random() < 0.5) chosen.add(o.value);
        if (chosen.size < (q.minSelected ?? 1)) chosen.add(q.options.find((x) => !x.exclusive)!.value);
        answers[q.id] = [...chosen];
        break;
      }
      case 'rating':
        answers[q.id] = Math.min(q.max, q.min + Math.floor(random() * random() * 0.6 * (q.max - q.min + 1) + (q.max - q.min) * 0.45));
        break;
      case 'recommendation':
        answers[q.id] = Math.min(10, Math.floor(3 + random() * 8));
        break;
      case 'matrix':
        answers[q.id] = Object.fromEntries(q.rows.map((r) => [r.id, random() < 0.08 && q.cantSay ? CANT_SAY_VALUE : pick(q.columns.slice(1)).value]));
        break;
      case 'yes_no':
        answers[q.id] = random() < 0.4;
        break;
      case 'number':
        answers[q.id] = Math.round((q.min ?? 0) + random() * Math.min(60, (q.max ?? 60) - (q.min ?? 0)));
        break;
      case 'short_text':
        answers[q.id] = pick(['Töiden perässä', 'Perhesyyt', 'Opiskelu']);
        break;
      case 'long_text':
        answers[q.id] = pick(['Voisin auttaa kirjaston lukupiirissä.', 'Lisää penkkejä rantaan.', 'Jag kunde hjälpa till vid evenemang.', 'I could clean up the beach in spring.']);
        break;
      case 'ranking': {
        const count = Math.min(q.rankCount ?? q.options.length, q.options.length);
        answers[q.id] = [...q.options].sort(() => random() - 0.5).slice(0, count).map((o) => o.value);
        break;
      }
    }
  }
  const check = validateResponse(definition, answers);
  if (!check.ok) throw new Error(`random answers do not validate: ${JSON.stringify(check.errors)}`);
  return check.answers;
}

/** Heinola's population 18+ by the template's weighting variables (rounded, demo figures). */
export const DEMO_MARGINS: SurveyMargins = {
  method: 'rake',
  margins: {
    age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 },
    sex: { female: 8650, male: 8150 },
    area: { centre: 5200, jyranko: 3100, other_town: 4400, vierumaki: 1300, lusi: 600, rural: 2200 },
  },
};

/** The demo round's id: stable, because the demo pages (packages/server/demo/survey*.html) name it as a web editor would. */
export const DEMO_SURVEY_ROUND = 'heinola-asukaskysely';

/**
 * The demo: the Heinola resident survey (the template, version 1), this year's round open for
 * every mode, demo margins, 120 sample responses (interviews) and 40 open web ones.
 * Idempotent: a second run changes nothing. Returns the round id.
 */
export async function seedSurveysDemo(db: Kysely<Database>, now: Date): Promise<string> {
  const definition = templateDefinition();
  if (!(await definitionOf(db, HEINOLA_RESIDENT_SURVEY_ID, 1))) await createSurvey(db, definition, now, null);
  await seedPublishedRounds(db, definition, now);
  const id = DEMO_SURVEY_ROUND;
  if (await findRound(db, id)) return id;
  await createRound(
    db,
    HEINOLA_RESIDENT_SURVEY_ID,
    {
      id,
      version: 1,
      title: { fi: `Asukaskysely ${now.getUTCFullYear()}`, sv: `Invånarenkät ${now.getUTCFullYear()}`, en: `Resident survey ${now.getUTCFullYear()}` },
      modes: ['web', 'invitation', 'interviewer', 'import'],
      webLimit: 'many',
      year: now.getUTCFullYear(),
    },
    now,
  );
  const round = await setRoundStatus(db, (await findRound(db, id))!, 'open', now);
  await setMargins(db, id, DEMO_MARGINS);
  const random = mulberry32(2027);
  const responses: NewResponse[] = [];
  for (let i = 0; i < 160; i++) {
    const mode: SurveyMode = i < 120 ? 'interviewer' : 'web';
    const answers = randomAnswers(definition, random);
    if (answers.sex === 'other' || answers.sex === 'no_answer') answers.sex = random() < 0.5 ? 'female' : 'male';
    responses.push({ round, definition, mode, lang: i % 10 === 0 ? 'sv' : i % 10 === 1 ? 'en' : 'fi', answers, respondentId: mode === 'interviewer' ? `demo-${String(i + 1).padStart(4, '0')}` : null });
  }
  await db.transaction().execute((trx) => storeResponses(trx, responses, now));
  // Residents who offered help and agreed to be contacted (invented), kept apart from the answers: the console's "Help offers".
  const day = helsinkiDate(now);
  await db
    .insertInto('survey_help_offers')
    .values(DEMO_HELP_OFFERS.map((o, i) => ({ id: `demo-help-offer-${i + 1}`, round_id: id, lang: o.lang, text: o.text, name: o.name, email: o.email, phone: o.phone, consent_on: day, created_on: day })))
    .execute();
  return id;
}

const DEMO_HELP_OFFERS = [
  { lang: 'fi', text: 'Voisin lukea ääneen ikäihmisille kirjastossa.', name: 'Maija Meikäläinen', email: 'maija.meikalainen@example.fi', phone: null },
  { lang: 'sv', text: 'Jag kunde hjälpa till vid stadens evenemang på sommaren.', name: 'Sven Svensson', email: null, phone: '040 555 0101' },
  { lang: 'en', text: 'I could help clean up the beaches in spring.', name: 'Alex Example', email: 'alex@example.com', phone: '050 555 0202' },
] as const;

/** The demo's published results: last year's round (the results pages show it) and the year before (to compare). */
export const DEMO_RESULTS_ROUND = 'heinola-asukaskysely-edellinen';
export const DEMO_EARLIER_ROUND = 'heinola-asukaskysely-aiempi';

/** Free texts of the demo's published round that a moderator published (the others stay pending). */
const DEMO_PUBLISHED_TEXTS = 6;

/**
 * Two closed rounds of earlier years with published results (weighted interviews and open web
 * answers, some free texts published), and two strategy indicators. Idempotent.
 */
async function seedPublishedRounds(db: Kysely<Database>, definition: SurveyDefinition, now: Date): Promise<void> {
  const year = now.getUTCFullYear();
  const rounds = [
    { id: DEMO_EARLIER_ROUND, year: year - 2, sample: 90, web: 20, seed: 2025, shift: -1 },
    { id: DEMO_RESULTS_ROUND, year: year - 1, sample: 150, web: 50, seed: 2026, shift: 0 },
  ];
  let created = false;
  for (const r of rounds) {
    if (await findRound(db, r.id)) continue;
    created = true;
    await createRound(
      db,
      HEINOLA_RESIDENT_SURVEY_ID,
      { id: r.id, version: 1, title: { fi: `Asukaskysely ${r.year}`, sv: `Invånarenkät ${r.year}`, en: `Resident survey ${r.year}` }, modes: ['web', 'interviewer'], webLimit: 'many', year: r.year },
      now,
    );
    const round = await setRoundStatus(db, (await findRound(db, r.id))!, 'open', now);
    await setMargins(db, r.id, DEMO_MARGINS);
    const random = mulberry32(r.seed);
    const responses: NewResponse[] = [];
    for (let i = 0; i < r.sample + r.web; i++) {
      const mode: SurveyMode = i < r.sample ? 'interviewer' : 'web';
      const answers = randomAnswers(definition, random);
      if (answers.sex === 'other' || answers.sex === 'no_answer') answers.sex = random() < 0.5 ? 'female' : 'male';
      // The earlier year a little less satisfied, so the comparison shows a change.
      if (r.shift < 0 && typeof answers.overall_satisfaction === 'number' && answers.overall_satisfaction > 1 && random() < 0.3) answers.overall_satisfaction -= 1;
      responses.push({ round, definition, mode, lang: i % 10 === 0 ? 'sv' : i % 10 === 1 ? 'en' : 'fi', answers, respondentId: mode === 'interviewer' ? `${r.id}-${String(i + 1).padStart(4, '0')}` : null });
    }
    await db.transaction().execute((trx) => storeResponses(trx, responses, now));
    const texts = await db.selectFrom('survey_texts').select('id').where('round_id', '=', r.id).where('question', '=', 'what_could_i_do').orderBy('id').limit(DEMO_PUBLISHED_TEXTS).execute();
    if (texts.length > 0) await db.updateTable('survey_texts').set({ state: 'published', version: 2, moderated_on: helsinkiDate(now) }).where('id', 'in', texts.map((t) => t.id)).execute();
    await setRoundStatus(db, (await findRound(db, r.id))!, 'closed', now);
    await db.updateTable('survey_rounds').set({ results_published_at: now.toISOString() }).where('id', '=', r.id).execute();
  }
  if (!created) return;
  for (const indicator of DEMO_INDICATORS) await declareIndicator(db, HEINOLA_RESIDENT_SURVEY_ID, indicator.id, indicator.input, now);
  // Computed now, in the results worker (ADR 0034): the open-data copy and the indicators' values.
  const results = resultsServiceFor(db, { clock: () => now });
  for (const r of rounds) await results.fresh((await findRound(db, r.id))!, '');
}

const DEMO_INDICATORS: { id: string; input: SurveyIndicatorDeclaration }[] = [
  {
    id: 'services-satisfied',
    input: { label: { fi: 'Palveluihin tyytyväisten osuus', sv: 'Andelen nöjda med tjänsterna', en: 'Share satisfied with the services' }, question: 'overall_satisfaction', measure: 'share', values: ['4', '5'], target: 0.7, year: 2030, direction: 'higher' },
  },
  {
    id: 'recommendation-score',
    input: { label: { fi: 'Suositteluindeksi (NPS)', sv: 'Rekommendationsindex (NPS)', en: 'Recommendation score (NPS)' }, question: 'recommend_heinola', measure: 'nps', target: 10, year: 2030, direction: 'higher' },
  },
];
