/**
 * City-scale survey responses for measuring (issue 13): the resident survey (the template) run
 * once a year, each round closed, with up to 100,000 responses (four in five from the weighted
 * sample's interviews, one in five open web answers) spread over its four weeks, and a large
 * city's population margins for the weighting, reproducible from a seed (the answers; the
 * rows' ids are random, as the repository draws them). Written through the repository's
 * `storeResponses` (free texts kept for moderation, the results' data version raised), 2,000
 * responses per transaction. Run through `npm run seed:scale`.
 */
import { HEINOLA_RESIDENT_SURVEY_ID, mulberry32, type SurveyMargins, type SurveyMode } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { ScaleSeedOptions } from '../platform/module.js';
import { createRound, createSurvey, definitionOf, findRound, setMargins, setRoundStatus, storeResponses, type NewResponse } from './surveys.repository.js';
import { randomAnswers, templateDefinition } from './surveys.seed.js';
import './surveys.tables.js';

const DAY = 86_400_000;
/** Responses per round at most: a larger size makes more rounds (one a year, up to `years`). */
export const RESPONSES_PER_ROUND = 100_000;
const PER_TRANSACTION = 2000;

/** A city of about 560,000 adults, by the template's weighting variables. */
export const SCALE_MARGINS: SurveyMargins = {
  method: 'rake',
  margins: {
    age_group: { '18-34': 180_000, '35-54': 170_000, '55-74': 140_000, '75+': 70_000 },
    sex: { female: 290_000, male: 270_000 },
    area: { centre: 160_000, jyranko: 110_000, other_town: 150_000, vierumaki: 50_000, lusi: 20_000, rural: 70_000 },
  },
};

export const scaleSurveyRoundId = (year: number) => `scale-survey-${year}`;

/** Writes `size` responses over ceil(size / 100,000) closed rounds (at most `years`). Rounds already there are left as they are. */
export async function seedSurveysAtScale(db: Kysely<Database>, options: ScaleSeedOptions): Promise<{ rounds: string[]; responses: number }> {
  const definition = templateDefinition();
  if (!(await definitionOf(db, HEINOLA_RESIDENT_SURVEY_ID, 1))) await createSurvey(db, definition, options.now, null);
  const random = mulberry32(options.seed ^ 0x50e7_5eed);
  const roundCount = Math.max(1, Math.min(options.years, Math.ceil(options.size / RESPONSES_PER_ROUND)));
  const rounds: string[] = [];
  let written = 0;
  for (let r = 0; r < roundCount; r++) {
    const count = Math.floor(options.size / roundCount) + (r < options.size % roundCount ? 1 : 0);
    const closeAt = new Date(options.now.getTime() - 14 * DAY - r * 365 * DAY);
    const year = closeAt.getUTCFullYear();
    const id = scaleSurveyRoundId(year);
    rounds.push(id);
    if (await findRound(db, id)) continue;
    const openAt = new Date(closeAt.getTime() - 28 * DAY);
    await createRound(
      db,
      HEINOLA_RESIDENT_SURVEY_ID,
      { id, version: 1, title: { fi: `Asukaskysely ${year} (mittausaineisto)`, sv: `Invånarenkät ${year} (mätdata)`, en: `Resident survey ${year} (data for measuring)` }, modes: ['web', 'interviewer'], webLimit: 'many', year },
      openAt,
    );
    const round = await setRoundStatus(db, (await findRound(db, id))!, 'open', openAt);
    await setMargins(db, id, SCALE_MARGINS);
    for (let done = 0; done < count; ) {
      const n = Math.min(PER_TRANSACTION, count - done);
      // Each transaction's responses come on one day of the four weeks (the day is all a response keeps).
      const day = new Date(openAt.getTime() + Math.floor((done / count) * 28) * DAY + 12 * 3_600_000);
      const responses: NewResponse[] = [];
      for (let i = 0; i < n; i++) {
        const mode: SurveyMode = random() < 0.8 ? 'interviewer' : 'web';
        const answers = randomAnswers(definition, random);
        if (answers.sex === 'other' || answers.sex === 'no_answer') answers.sex = random() < 0.5 ? 'female' : 'male';
        const k = random();
        responses.push({ round, definition, mode, lang: k < 0.06 ? 'sv' : k < 0.1 ? 'en' : 'fi', answers, respondentId: mode === 'interviewer' ? `${id}-${String(done + i + 1).padStart(6, '0')}` : null });
      }
      await db.transaction().execute((trx) => storeResponses(trx, responses, day));
      done += n;
      options.progress?.(written + done);
    }
    await setRoundStatus(db, (await findRound(db, id))!, 'closed', closeAt);
    written += count;
  }
  return { rounds, responses: written };
}
