import { createHash, randomBytes } from 'node:crypto';
import {
  checkNextVersion,
  definitionFingerprint,
  freeTextsOf,
  sampleOfMode,
  generateSurveyCode,
  helsinkiDate,
  normalizeSurveyCode,
  SurveyDefinitionSchema,
  SurveyMarginsSchema,
  type FieldError,
  type Locale,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyMargins,
  type SurveyMode,
  type SurveyRound,
  type SurveyRoundDetail,
  type SurveyRoundInput,
} from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import * as v from 'valibot';
import { isUniqueViolation, Rollback } from '../db/errors.js';
import type { Database } from '../db/database.types.js';
import type { SurveyRoundTable } from './surveys.tables.js';
import { bumpResultsVersion } from './surveys.results.js';
import './surveys.tables.js';

type Db = Kysely<Database> | Transaction<Database>;
export type RoundRow = Selectable<SurveyRoundTable>;

/** SHA-256 of a token's or resume code's canonical form: 60 random bits, so a plain hash is enough to keep it out of the database. */
export const codeHash = (canonical: string): string => createHash('sha256').update(`kohtaamo-survey-code:${canonical}`).digest('hex');

/** How long a server draft is kept after its last save. */
export const DRAFT_DAYS = 30;
const DAY = 86_400_000;

export function roundView(row: RoundRow): SurveyRound {
  return {
    id: row.id,
    survey: row.survey_id,
    version: row.version,
    title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    modes: row.modes.split(',') as SurveyMode[],
    webLimit: row.web_limit as SurveyRound['webLimit'],
    year: row.year,
    status: row.status as SurveyRound['status'],
    closesAt: row.closes_at,
    resultsPublishedAt: row.results_published_at,
  };
}

/** Whether the round takes responses now: opened, not closed, before its closing time. */
export function roundIsOpen(row: RoundRow, now: Date): boolean {
  return row.status === 'open' && (row.closes_at === null || now.getTime() < Date.parse(row.closes_at));
}

export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return db.selectFrom('survey_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function definitionOf(db: Db, surveyId: string, version: number): Promise<SurveyDefinition | null> {
  const row = await db.selectFrom('survey_versions').select('definition_json').where('survey_id', '=', surveyId).where('version', '=', version).executeTakeFirst();
  return row ? v.parse(SurveyDefinitionSchema, JSON.parse(row.definition_json)) : null;
}

export function marginsOf(row: RoundRow): SurveyMargins | null {
  return row.margins_json === null ? null : v.parse(SurveyMarginsSchema, JSON.parse(row.margins_json));
}

export type SaveVersionOutcome = { kind: 'saved'; version: number } | { kind: 'exists' } | { kind: 'notFound' } | { kind: 'invalid'; errors: FieldError[] };

/** Saves version 1 of a new survey. */
export async function createSurvey(db: Kysely<Database>, definition: SurveyDefinition, now: Date, by: string | null): Promise<SaveVersionOutcome> {
  if (definition.version !== 1) return { kind: 'invalid', errors: [{ pointer: '#/definition/version', code: 'surveys.version.notNext', params: { expected: 1 } }] };
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('surveys').values({ id: definition.id, created_at: now.toISOString() }).execute();
      await insertVersion(trx, definition, now, by);
    });
    return { kind: 'saved', version: 1 };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'exists' };
    throw error;
  }
}

async function insertVersion(trx: Db, definition: SurveyDefinition, now: Date, by: string | null): Promise<void> {
  await trx
    .insertInto('survey_versions')
    .values({ survey_id: definition.id, version: definition.version, definition_json: JSON.stringify(definition), fingerprint: definitionFingerprint(definition), created_at: now.toISOString(), created_by: by })
    .execute();
}

/** Saves the next version; the versions before it never change (responses keep pointing at theirs). */
export async function saveNextVersion(db: Kysely<Database>, surveyId: string, definition: SurveyDefinition, now: Date, by: string | null): Promise<SaveVersionOutcome> {
  const latest = await db.selectFrom('survey_versions').select(['version']).where('survey_id', '=', surveyId).orderBy('version', 'desc').executeTakeFirst();
  if (!latest) return { kind: 'notFound' };
  const previous = (await definitionOf(db, surveyId, latest.version))!;
  const errors = checkNextVersion(previous, definition).map((e) => ({ ...e, pointer: e.pointer === '#' ? '#/definition' : `#/definition${e.pointer.slice(1)}` }));
  if (errors.length > 0) return { kind: 'invalid', errors };
  try {
    await insertVersion(db, definition, now, by);
    return { kind: 'saved', version: definition.version };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'exists' };
    throw error;
  }
}

export async function listSurveys(db: Db, scopes: 'all' | readonly string[]) {
  let query = db.selectFrom('surveys').select('id').orderBy('id');
  if (scopes !== 'all') query = query.where('id', 'in', scopes.length > 0 ? [...scopes] : ['\u0000']);
  const surveys = await query.execute();
  const out = [];
  for (const { id } of surveys) {
    const versions = await db.selectFrom('survey_versions').select(['version', 'fingerprint', 'created_at']).where('survey_id', '=', id).orderBy('version').execute();
    const rounds = await db.selectFrom('survey_rounds').selectAll().where('survey_id', '=', id).orderBy('created_at').execute();
    out.push({ id, versions: versions.map((x) => ({ version: x.version, fingerprint: x.fingerprint, createdAt: x.created_at })), rounds: rounds.map(roundView) });
  }
  return out;
}

export async function createRound(db: Kysely<Database>, surveyId: string, input: SurveyRoundInput, now: Date): Promise<{ kind: 'created'; round: SurveyRound } | { kind: 'exists' } | { kind: 'noVersion' }> {
  if (!(await definitionOf(db, surveyId, input.version))) return { kind: 'noVersion' };
  try {
    await db
      .insertInto('survey_rounds')
      .values({
        id: input.id,
        survey_id: surveyId,
        version: input.version,
        title_fi: input.title.fi,
        title_sv: input.title.sv,
        title_en: input.title.en,
        modes: [...new Set(input.modes)].join(','),
        web_limit: input.webLimit ?? 'one-per-browser',
        year: input.year,
        status: 'draft',
        closes_at: input.closesAt ?? null,
        opened_at: null,
        closed_at: null,
        margins_json: null,
        results_json: null,
        results_published_at: null,
        created_at: now.toISOString(),
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'exists' };
    throw error;
  }
  return { kind: 'created', round: roundView((await findRound(db, input.id))!) };
}

export async function setRoundStatus(db: Kysely<Database>, round: RoundRow, status: 'open' | 'closed', now: Date): Promise<RoundRow> {
  await db
    .updateTable('survey_rounds')
    .set(status === 'open' ? { status, opened_at: now.toISOString(), closed_at: null } : { status, closed_at: now.toISOString() })
    .where('id', '=', round.id)
    .execute();
  return (await findRound(db, round.id))!;
}

export async function setMargins(db: Kysely<Database>, roundId: string, margins: SurveyMargins): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('survey_rounds').set({ margins_json: JSON.stringify(margins) }).where('id', '=', roundId).execute();
    await bumpResultsVersion(trx, roundId);
  });
}

/** Issues single-use tokens: returned once, only their hashes kept. */
export async function issueTokens(db: Kysely<Database>, roundId: string, count: number, now: Date): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateSurveyCode());
  const list = [...codes];
  const day = helsinkiDate(now);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < list.length; i += 500) {
      await trx
        .insertInto('survey_tokens')
        .values(list.slice(i, i + 500).map((code) => ({ token_hash: codeHash(code), round_id: roundId, issued_on: day, used_on: null })))
        .execute();
    }
  });
  return list;
}

export interface NewResponse {
  readonly round: RoundRow;
  /** The round's version: its free texts are kept for moderation (survey_texts). */
  readonly definition: SurveyDefinition;
  readonly mode: SurveyMode;
  readonly lang: Locale;
  readonly answers: SurveyAnswers;
  readonly respondentId: string | null;
}

const responseValues = (r: NewResponse, now: Date, id = randomBytes(16).toString('hex')) => ({
  id,
  round_id: r.round.id,
  survey_id: r.round.survey_id,
  version: r.round.version,
  mode: r.mode,
  lang: r.lang,
  answers_json: JSON.stringify(r.answers),
  received_on: helsinkiDate(now),
  respondent_id: r.respondentId,
});

export type StoreOutcome = { kind: 'stored' } | { kind: 'tokenInvalid' } | { kind: 'duplicateRespondent' } | { kind: 'closed' };

/**
 * Stores a response in the caller's transaction. With a token: the token is marked used in the
 * same transaction, by a conditional update that only one of any number of concurrent requests
 * can win (the row lock on PostgreSQL, the single writer on SQLite); the token's row records the
 * day only, and the response does not name the token.
 */
export async function storeResponse(
  trx: Transaction<Database>,
  response: NewResponse,
  now: Date,
  options: { token?: string | null; resumeCode?: string | null; kind: 'sqlite' | 'postgresql' },
): Promise<StoreOutcome> {
  let current = trx.selectFrom('survey_rounds').selectAll().where('id', '=', response.round.id);
  if (options.kind === 'postgresql') current = current.forShare();
  const fresh = await current.executeTakeFirst();
  if (!fresh || !roundIsOpen(fresh, now)) return { kind: 'closed' };
  if (options.token) {
    const canonical = normalizeSurveyCode(options.token);
    if (canonical === null) return { kind: 'tokenInvalid' };
    const used = await trx
      .updateTable('survey_tokens')
      .set({ used_on: helsinkiDate(now) })
      .where('token_hash', '=', codeHash(canonical))
      .where('round_id', '=', response.round.id)
      .where('used_on', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return { kind: 'tokenInvalid' };
  }
  const values = responseValues(response, now);
  try {
    await trx.insertInto('survey_responses').values(values).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Rollback({ kind: 'duplicateRespondent' as const });
    throw error;
  }
  const texts = textValues(response, values.id, values.received_on);
  if (texts.length > 0) await trx.insertInto('survey_texts').values(texts).execute();
  await bumpResultsVersion(trx, response.round.id);
  if (options.resumeCode) {
    const canonical = normalizeSurveyCode(options.resumeCode);
    if (canonical) await trx.deleteFrom('survey_drafts').where('code_hash', '=', codeHash(canonical)).execute();
  }
  return { kind: 'stored' };
}

/** Stores many responses (a vendor's file) in one statement batch of the caller's transaction. */
export async function storeResponses(trx: Transaction<Database>, responses: readonly NewResponse[], now: Date): Promise<void> {
  for (let i = 0; i < responses.length; i += 200) {
    const slice = responses.slice(i, i + 200);
    const values = slice.map((r) => responseValues(r, now));
    await trx.insertInto('survey_responses').values(values).execute();
    const texts = slice.flatMap((r, j) => textValues(r, values[j]!.id, values[j]!.received_on));
    for (let k = 0; k < texts.length; k += 200) await trx.insertInto('survey_texts').values(texts.slice(k, k + 200)).execute();
  }
  for (const roundId of new Set(responses.map((r) => r.round.id))) await bumpResultsVersion(trx, roundId);
}

/** The free texts of a new response, pending moderation, each with its own random id. */
function textValues(r: NewResponse, responseId: string, day: string) {
  return freeTextsOf(r.definition, r.answers).map((t) => ({
    id: randomBytes(16).toString('hex'),
    round_id: r.round.id,
    response_id: responseId,
    question: t.question,
    lang: r.lang,
    sample: sampleOfMode(r.mode),
    text: t.text,
    state: 'pending',
    version: 1,
    received_on: day,
    moderated_on: null,
    moderated_by: null,
  }));
}

export async function existingRespondents(db: Db, roundId: string, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('survey_responses').select('respondent_id').where('round_id', '=', roundId).where('respondent_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) if (r.respondent_id) found.add(r.respondent_id);
  }
  return found;
}

export async function saveDraft(db: Kysely<Database>, roundId: string, answers: SurveyAnswers, page: string | null, resumeCode: string | null, now: Date): Promise<{ resumeCode: string; expiresAt: string } | null> {
  const expiresAt = new Date(now.getTime() + DRAFT_DAYS * DAY).toISOString();
  const values = { round_id: roundId, answers_json: JSON.stringify(answers), page, expires_at: expiresAt, updated_on: helsinkiDate(now) };
  if (resumeCode !== null) {
    const canonical = normalizeSurveyCode(resumeCode);
    if (canonical === null) return null;
    const updated = await db
      .updateTable('survey_drafts')
      .set(values)
      .where('code_hash', '=', codeHash(canonical))
      .where('round_id', '=', roundId)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1 ? { resumeCode: canonical, expiresAt } : null;
  }
  const code = generateSurveyCode();
  await db.insertInto('survey_drafts').values({ code_hash: codeHash(code), ...values }).execute();
  return { resumeCode: code, expiresAt };
}

export async function readDraft(db: Db, roundId: string, resumeCode: string, now: Date) {
  const canonical = normalizeSurveyCode(resumeCode);
  if (canonical === null) return null;
  const row = await db
    .selectFrom('survey_drafts')
    .selectAll()
    .where('code_hash', '=', codeHash(canonical))
    .where('round_id', '=', roundId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ? { resumeCode: canonical, answers: JSON.parse(row.answers_json) as SurveyAnswers, page: row.page, expiresAt: row.expires_at } : null;
}

/** The responses of a round, in the order of their random ids (never of arrival). */
export async function responsesOf(db: Db, roundId: string) {
  const rows = await db.selectFrom('survey_responses').select(['id', 'mode', 'lang', 'answers_json', 'received_on', 'respondent_id']).where('round_id', '=', roundId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, mode: r.mode as SurveyMode, lang: r.lang as Locale, answers: JSON.parse(r.answers_json) as SurveyAnswers, receivedOn: r.received_on, respondentId: r.respondent_id }));
}

/**
 * Retention: help offers (names and contact details) older than the cutoff and expired server
 * drafts are deleted; the anonymous answers stay. Returns how many rows went.
 */
export async function purgeSurveyPersonalData(db: Kysely<Database>, cutoff: Date, now: Date): Promise<number> {
  const offers = await db.deleteFrom('survey_help_offers').where('created_on', '<', helsinkiDate(cutoff)).executeTakeFirst();
  const drafts = await db.deleteFrom('survey_drafts').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(offers.numDeletedRows) + Number(drafts.numDeletedRows);
}

/** A round for the staff console: its margins, counts of tokens issued and used, responses per mode (counts only). */
export async function roundDetail(db: Db, row: RoundRow): Promise<SurveyRoundDetail> {
  const tokens = await db
    .selectFrom('survey_tokens')
    .select((eb) => [eb.fn.countAll<number | string>().as('issued'), eb.fn.count<number | string>('used_on').as('used')])
    .where('round_id', '=', row.id)
    .executeTakeFirstOrThrow();
  const modes = await db
    .selectFrom('survey_responses')
    .select((eb) => ['mode', eb.fn.countAll<number | string>().as('n')])
    .where('round_id', '=', row.id)
    .groupBy('mode')
    .execute();
  const responses = { web: 0, invitation: 0, interviewer: 0, import: 0 };
  for (const m of modes) if (m.mode in responses) responses[m.mode as SurveyMode] = Number(m.n);
  return { round: roundView(row), margins: marginsOf(row), tokens: { issued: Number(tokens.issued), used: Number(tokens.used) }, responses };
}
