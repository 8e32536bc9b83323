/**
 * Free texts under moderation and strategy indicators: the storage side (ADR 0033).
 * - A text is `pending` until a moderator publishes or hides it; each moderation raises its
 *   version, and a moderation naming an older version changes nothing (another moderator got
 *   there first): one conditional UPDATE per text, in one transaction for a batch.
 * - An indicator's value in a round is computed (surveys.results.ts) from the round's sample,
 *   weighted as the results are, with the results of a published round and when the indicator
 *   is declared or changed.
 */
import {
  type SurveyIndicator,
  type SurveyIndicatorDeclaration,
  type SurveyIndicatorValue,
  type SurveyPublishedTexts,
  type SurveyStaffText,
  type SurveyStaffTextList,
  type SurveyTextState,
} from '@kohtaamo/core';
import { helsinkiDate } from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { isUniqueViolation, Rollback } from '../db/errors.js';
import type { RoundRow } from './surveys.repository.js';
import type { SurveyIndicatorTable, SurveyTextTable } from './surveys.tables.js';
import './surveys.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

const staffText = (r: Selectable<SurveyTextTable>): SurveyStaffText => ({
  id: r.id,
  question: r.question,
  lang: r.lang,
  group: r.sample as 'sample' | 'open',
  text: r.text,
  state: r.state as SurveyTextState,
  version: Number(r.version),
  receivedOn: r.received_on,
  moderatedOn: r.moderated_on,
});

export interface TextQuery {
  readonly state?: SurveyTextState | undefined;
  readonly question?: string | undefined;
  readonly after?: string | undefined;
  readonly limit: number;
}

/** A page of a round's free texts for moderators (in the order of their random ids), with counts by state. */
export async function listTexts(db: Db, roundId: string, query: TextQuery): Promise<SurveyStaffTextList> {
  let q = db.selectFrom('survey_texts').selectAll().where('round_id', '=', roundId);
  if (query.state) q = q.where('state', '=', query.state);
  if (query.question) q = q.where('question', '=', query.question);
  if (query.after) q = q.where('id', '>', query.after);
  const rows = await q.orderBy('id').limit(query.limit + 1).execute();
  let c = db.selectFrom('survey_texts').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).where('round_id', '=', roundId);
  if (query.question) c = c.where('question', '=', query.question);
  const counts = { pending: 0, published: 0, hidden: 0 };
  for (const row of await c.groupBy('state').execute()) counts[row.state as SurveyTextState] = Number(row.n);
  const page = rows.slice(0, query.limit);
  return { items: page.map(staffText), counts, next: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

export type ModerationFailure = { index: number; id: string; kind: 'notFound' | 'conflict'; version?: number };

/**
 * Applies moderation decisions, all or none: a text of another round is not found; a decision
 * naming an older version than the text's is a conflict. Returns the texts as they are now.
 */
export async function moderateTexts(
  db: Kysely<Database>,
  roundId: string,
  items: readonly { id: string; state: SurveyTextState; version?: number | undefined }[],
  by: string | null,
  now: Date,
): Promise<{ ok: true; items: SurveyStaffText[] } | { ok: false; failures: ModerationFailure[] }> {
  try {
    const items_ = await db.transaction().execute(async (trx) => {
      const failures: ModerationFailure[] = [];
      const ids: string[] = [];
      for (const [index, item] of items.entries()) {
        let update = trx
          .updateTable('survey_texts')
          .set((eb) => ({ state: item.state, version: eb('version', '+', 1), moderated_on: helsinkiDate(now), moderated_by: by }))
          .where('id', '=', item.id)
          .where('round_id', '=', roundId);
        if (item.version !== undefined) update = update.where('version', '=', item.version);
        const result = await update.executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) {
          ids.push(item.id);
          continue;
        }
        const current = await trx.selectFrom('survey_texts').select('version').where('id', '=', item.id).where('round_id', '=', roundId).executeTakeFirst();
        failures.push(current ? { index, id: item.id, kind: 'conflict', version: Number(current.version) } : { index, id: item.id, kind: 'notFound' });
      }
      if (failures.length > 0) throw new Rollback(failures);
      const rows = await trx.selectFrom('survey_texts').selectAll().where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return [...new Set(ids)].map((id) => staffText(byId.get(id)!));
    });
    return { ok: true, items: items_ };
  } catch (error) {
    if (error instanceof Rollback) return { ok: false, failures: (error as Rollback<ModerationFailure[]>).outcome };
    throw error;
  }
}

/** A round's published texts (no response ids, no dates), by question then id. */
export async function publishedTexts(db: Db, round: RoundRow, question?: string): Promise<SurveyPublishedTexts> {
  let q = db.selectFrom('survey_texts').select(['id', 'question', 'lang', 'sample', 'text']).where('round_id', '=', round.id).where('state', '=', 'published');
  if (question) q = q.where('question', '=', question);
  const rows = await q.orderBy('question').orderBy('id').execute();
  return { round: round.id, year: round.year, items: rows.map((r) => ({ id: r.id, question: r.question, lang: r.lang, group: r.sample as 'sample' | 'open', text: r.text })) };
}

// ---- indicators ----

const declarationOf = (r: Selectable<SurveyIndicatorTable>) => ({
  question: r.question,
  row: r.row_id,
  measure: r.measure as SurveyIndicatorDeclaration['measure'],
  values: r.values_json === null ? null : (JSON.parse(r.values_json) as string[]),
});

export type DeclareOutcome = { kind: 'created' | 'updated' } | { kind: 'otherSurvey' };

/** Declares an indicator of a survey, or changes it (same id, same survey). */
export async function declareIndicator(db: Kysely<Database>, surveyId: string, id: string, input: SurveyIndicatorDeclaration, now: Date): Promise<DeclareOutcome> {
  const values = {
    label_fi: input.label.fi,
    label_sv: input.label.sv,
    label_en: input.label.en,
    question: input.question,
    row_id: input.row ?? null,
    measure: input.measure,
    values_json: input.measure === 'share' && input.values ? JSON.stringify(input.values) : null,
    target: input.target,
    target_year: input.year,
    direction: input.direction,
    updated_at: now.toISOString(),
  };
  const update = async () => {
    const existing = await db.selectFrom('survey_indicators').select('survey_id').where('id', '=', id).executeTakeFirst();
    if (!existing) return null;
    if (existing.survey_id !== surveyId) return { kind: 'otherSurvey' } as const;
    await db.updateTable('survey_indicators').set(values).where('id', '=', id).where('survey_id', '=', surveyId).execute();
    return { kind: 'updated' } as const;
  };
  const first = await update();
  if (first) return first;
  try {
    await db.insertInto('survey_indicators').values({ id, survey_id: surveyId, created_at: now.toISOString(), ...values }).execute();
    return { kind: 'created' };
  } catch (error) {
    // Declared by another request at the same moment: this one changes it.
    if (isUniqueViolation(error)) return (await update()) ?? { kind: 'otherSurvey' };
    throw error;
  }
}

export async function removeIndicator(db: Kysely<Database>, surveyId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('survey_indicators').where('id', '=', id).where('survey_id', '=', surveyId).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) return false;
    await trx.deleteFrom('survey_indicator_values').where('indicator_id', '=', id).execute();
    return true;
  });
}

/** Indicators (of one survey, or all) with their values in published rounds, oldest first. */
export async function listIndicators(db: Db, surveyId?: string): Promise<SurveyIndicator[]> {
  let iq = db.selectFrom('survey_indicators').selectAll().orderBy('survey_id').orderBy('id');
  if (surveyId) iq = iq.where('survey_id', '=', surveyId);
  const indicators = await iq.execute();
  if (indicators.length === 0) return [];
  const values = await db
    .selectFrom('survey_indicator_values')
    .innerJoin('survey_rounds', 'survey_rounds.id', 'survey_indicator_values.round_id')
    .select(['indicator_id', 'round_id', 'survey_indicator_values.year', 'estimate', 'ci_low', 'ci_high', 'n', 'weighted'])
    .where('indicator_id', 'in', indicators.map((i) => i.id))
    .where('survey_rounds.results_published_at', 'is not', null)
    .orderBy('survey_indicator_values.year')
    .orderBy('round_id')
    .execute();
  return indicators.map((i) => {
    const series: SurveyIndicatorValue[] = values
      .filter((x) => x.indicator_id === i.id)
      .map((x) => ({
        round: x.round_id,
        year: Number(x.year),
        estimate: Number(x.estimate),
        ci95: x.ci_low === null || x.ci_high === null ? null : [Number(x.ci_low), Number(x.ci_high)],
        n: Number(x.n),
        weighted: Number(x.weighted) === 1,
      }));
    const d = declarationOf(i);
    return {
      id: i.id,
      survey: i.survey_id,
      label: { fi: i.label_fi, sv: i.label_sv, en: i.label_en },
      question: d.question,
      row: d.row,
      measure: d.measure,
      values: d.values,
      target: Number(i.target),
      year: Number(i.target_year),
      direction: i.direction as 'higher' | 'lower',
      current: series.length > 0 ? series[series.length - 1]! : null,
      series,
      updatedAt: i.updated_at,
    };
  });
}
