import {
  breakdownQuestions,
  checkSurveyDefinition,
  parseCsv,
  CsvError,
  PROBLEM_TYPES,
  readVendorFile,
  SURVEYS_PATHS,
  SURVEYS_PROBLEM_TYPES,
  SurveyDraftResumeSchema,
  SurveyDraftSaveSchema,
  SurveyHelpOfferSchema,
  SurveyIdParamSchema,
  SurveyImportSchema,
  SurveyInterviewSchema,
  SurveyMarginsSchema,
  SurveyResponseSubmissionSchema,
  SurveyResultsSchema,
  SurveyRoundIdSchema,
  SurveyRoundInputSchema,
  SurveyTokenRequestSchema,
  sampleDesign,
  validateResponse,
  helsinkiDate,
  WeightingError,
  type FieldError,
  type SurveyMode,
  type SurveyResults,
} from '@kohtaamo/core';
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import { isUniqueViolation, Rollback } from '../db/errors.js';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { runIdempotent } from '../http/idempotency.repository.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { fieldProblem, isJsonContentType, jsonBody, pathParams, queryParams, validationProblem } from '../http/validation.js';
import type { PolicyTable, StaffEnv } from '../platform/auth/policy.js';
import { scopesFor } from '../platform/auth/grants.js';
import { codebook, responsesCsv } from './surveys.export.js';
import type { ResultsService } from './surveys.results.js';
import { cachedBody, sendCached } from '../platform/http-cache.js';
import { moderationRoutes } from './surveys.moderation.routes.js';
import {
  createRound,
  createSurvey,
  definitionOf,
  existingRespondents,
  findRound,
  issueTokens,
  listSurveys,
  readDraft,
  responsesOf,
  roundDetail,
  roundIsOpen,
  roundView,
  saveDraft,
  saveNextVersion,
  setMargins,
  setRoundStatus,
  storeResponse,
  storeResponses,
  type RoundRow,
  type StoreOutcome,
} from './surveys.repository.js';

const P = SURVEYS_PATHS.rounds;
/** Public results: reused for a minute, then revalidated by ETag (a 304 is cheap); stale ones served while the worker refreshes. */
export const RESULTS_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const S = SURVEYS_PATHS.staff;
/** The largest vendor file (bytes of the JSON body with the CSV in it). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface SurveysRouteDeps {
  readonly db: Kysely<Database>;
  readonly kind: 'sqlite' | 'postgresql';
  readonly clock: () => Date;
  readonly responseLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  /** Computes results off the request path and keeps them (surveys.results.ts). */
  readonly results: ResultsService;
}

type Ctx = Context<AppEnv>;

function answer(c: Ctx, status: ContentfulStatusCode, code: string, type: string, params?: Record<string, string | number>, errors?: readonly FieldError[]): Response {
  const locale = c.get('locale');
  return problem(c, { status, type, title: t(locale, code, params), detail: t(locale, code, params), code, ...(errors ? { errors: translateFieldErrors(errors, locale) } : {}) });
}
const notFound = (c: Ctx, what: 'survey' | 'round' | 'version' | 'draft' = 'round') => answer(c, 404, `surveys.${what}.notFound`, PROBLEM_TYPES.notFound);
const closed = (c: Ctx) => answer(c, 409, 'surveys.round.closed', SURVEYS_PROBLEM_TYPES.roundClosed);
const modeRefused = (c: Ctx) => answer(c, 403, 'surveys.round.modeNotAllowed', SURVEYS_PROBLEM_TYPES.roundClosed);
const staffId = (c: Ctx) => (c as unknown as Context<StaffEnv>).get('principal')?.person.id ?? null;

const RoundParam = v.object({ surveyRoundId: SurveyRoundIdSchema });
const SurveyParam = v.object({ surveyId: SurveyIdParamSchema });
const StaffRoundParam = v.object({ surveyId: SurveyIdParamSchema, surveyRoundId: SurveyRoundIdSchema });
const VersionParam = v.object({ surveyId: SurveyIdParamSchema, version: v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,5}$/, 'common.invalid')) });
const ImportQuery = v.object({ survey: SurveyIdParamSchema, round: SurveyRoundIdSchema });
const DefinitionBody = v.object({ definition: v.unknown() });

/**
 * Who may call the staff routes (ADR 0015): an analyst of surveys for the city, scoped by the
 * survey id (an analyst of one survey cannot touch another); an interviewer may only enter
 * interviews. Creating a survey needs a grant of the whole domain.
 */
export function surveysPolicies(): PolicyTable {
  const analyst = { access: 'grant', domain: 'surveys', roles: ['analyst'], organisation: 'city' } as const;
  const ofSurvey = { ...analyst, scope: { param: 'surveyId' } } as const;
  return {
    [`GET ${S}`]: { ...analyst, roles: ['analyst', 'interviewer'], scope: 'any' },
    [`POST ${S}`]: { ...analyst, scope: 'all' },
    [`POST ${S}/{surveyId}/versions`]: ofSurvey,
    [`GET ${S}/{surveyId}/versions/{version}`]: { ...ofSurvey, roles: ['analyst', 'interviewer'] },
    [`POST ${S}/{surveyId}/rounds`]: ofSurvey,
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}`]: ofSurvey,
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/open`]: ofSurvey,
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/close`]: ofSurvey,
    [`PUT ${S}/{surveyId}/rounds/{surveyRoundId}/margins`]: ofSurvey,
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/tokens`]: ofSurvey,
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/interviews`]: { ...ofSurvey, roles: ['analyst', 'interviewer'] },
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}/results`]: ofSurvey,
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/results/publish`]: ofSurvey,
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}/responses.csv`]: ofSurvey,
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}/codebook`]: ofSurvey,
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}/help-offers`]: ofSurvey,
    [`GET ${S}/{surveyId}/rounds/{surveyRoundId}/texts`]: { ...ofSurvey, roles: ['analyst', 'moderator'] },
    [`POST ${S}/{surveyId}/rounds/{surveyRoundId}/texts/moderation`]: { ...ofSurvey, roles: ['analyst', 'moderator'] },
    [`GET ${S}/{surveyId}/indicators`]: ofSurvey,
    [`PUT ${S}/{surveyId}/indicators/{indicatorId}`]: ofSurvey,
    [`DELETE ${S}/{surveyId}/indicators/{indicatorId}`]: ofSurvey,
    [`POST ${SURVEYS_PATHS.imports}`]: { ...analyst, scope: { item: async (c) => c.req.query('survey') ?? null } },
  };
}

/**
 * The surveys API. Public, under /api/v1/surveys/rounds/{surveyRoundId}:
 * - GET  /                 the round and its version's definition (for the answering widget)
 * - POST /responses        open web, or invitation with `token` (Idempotency-Key) → 201 receipt
 * - POST /drafts           save a draft on the server → its resume code (only a hash is kept)
 * - POST /drafts/resume    read a draft by its resume code
 * - POST /help-offers      "I could…" with consent and contact details, stored apart
 * - GET  /results          the published results (open data)
 * Staff, under /api/v1/staff/surveys: see `surveysPolicies`.
 */
export function surveysRoutes(deps: SurveysRouteDeps): Hono<AppEnv> {
  const { db, clock } = deps;
  const app = new Hono<AppEnv>();

  async function openRound(c: Ctx, id: string): Promise<RoundRow | Response> {
    const round = await findRound(db, id);
    if (!round) return notFound(c);
    if (!roundIsOpen(round, clock())) return closed(c);
    return round;
  }

  app.get(`${P}/:surveyRoundId`, pathParams(RoundParam), async (c) => {
    const round = await findRound(db, c.req.valid('param').surveyRoundId);
    if (!round || round.status === 'draft') return notFound(c);
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    c.header('Cache-Control', 'no-cache');
    return c.json({ round: { ...roundView(round), status: roundIsOpen(round, clock()) ? 'open' : 'closed' }, definition });
  });

  app.post(`${P}/:surveyRoundId/responses`, deps.responseLimit, pathParams(RoundParam), idempotencyKey(), jsonBody(SurveyResponseSubmissionSchema), async (c) => {
    const { surveyRoundId } = c.req.valid('param');
    const body = c.req.valid('json');
    const round = await openRound(c, surveyRoundId);
    if (round instanceof Response) return round;
    const mode: SurveyMode = body.token ? 'invitation' : 'web';
    if (!round.modes.split(',').includes(mode)) return modeRefused(c);
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    const check = validateResponse(definition, body.answers);
    if (!check.ok) return fieldProblem(c, check.errors);
    const key = c.get('idempotencyKey');
    const path = `${P}/${surveyRoundId}/responses`;
    const receipt = { status: 'received' as const, mode, round: round.id };
    let outcome;
    try {
      outcome = await runIdempotent(
        db,
        key === null ? null : { scope: `POST ${path}`, key, hash: requestHash(c.get('jsonInput')) },
        async (trx) => {
          const stored = await storeResponse(trx, { round, definition, mode, lang: body.lang, answers: check.answers, respondentId: null }, clock(), { token: body.token ?? null, resumeCode: body.resumeCode ?? null, kind: deps.kind });
          if (stored.kind !== 'stored') throw new Rollback(stored);
          return { result: stored, response: { status: 201, body: JSON.stringify(receipt) } };
        },
        { clock },
      );
    } catch (error) {
      if (error instanceof Rollback) return storeRefusal(c, (error as Rollback<StoreOutcome>).outcome);
      throw error;
    }
    if (outcome.kind === 'mismatch') {
      const locale = c.get('locale');
      return problem(c, { status: 422, type: PROBLEM_TYPES.idempotencyMismatch, title: t(locale, 'problem.idempotencyMismatch.title'), detail: t(locale, 'problem.idempotencyMismatch.detail') });
    }
    return c.body(outcome.response.body, outcome.response.status as 201, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      ...(outcome.kind === 'replay' ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  });

  function storeRefusal(c: Ctx, outcome: StoreOutcome, respondent?: string): Response {
    switch (outcome.kind) {
      case 'closed':
        return closed(c);
      case 'tokenInvalid':
        return answer(c, 403, 'surveys.token.invalid', SURVEYS_PROBLEM_TYPES.tokenInvalid, undefined, [{ pointer: '#/token', code: 'surveys.token.invalid' }]);
      case 'duplicateRespondent':
        return answer(c, 409, 'surveys.respondent.duplicate', SURVEYS_PROBLEM_TYPES.duplicateRespondent, { respondent: respondent ?? '' }, [
          { pointer: '#/respondentId', code: 'surveys.respondent.duplicate', params: { respondent: respondent ?? '' } },
        ]);
      default:
        throw new Error(`unexpected outcome ${outcome.kind}`);
    }
  }

  app.post(`${P}/:surveyRoundId/drafts`, deps.responseLimit, pathParams(RoundParam), jsonBody(SurveyDraftSaveSchema), async (c) => {
    const round = await openRound(c, c.req.valid('param').surveyRoundId);
    if (round instanceof Response) return round;
    const body = c.req.valid('json');
    const saved = await saveDraft(db, round.id, body.answers, body.page ?? null, body.resumeCode ?? null, clock());
    if (!saved) return answer(c, 404, 'surveys.draft.notFound', PROBLEM_TYPES.notFound, undefined, [{ pointer: '#/resumeCode', code: 'surveys.draft.notFound' }]);
    c.header('Cache-Control', 'no-store');
    return c.json(saved, body.resumeCode ? 200 : 201);
  });

  app.post(`${P}/:surveyRoundId/drafts/resume`, deps.responseLimit, pathParams(RoundParam), jsonBody(SurveyDraftResumeSchema), async (c) => {
    const { surveyRoundId } = c.req.valid('param');
    if (!(await findRound(db, surveyRoundId))) return notFound(c);
    const draft = await readDraft(db, surveyRoundId, c.req.valid('json').resumeCode, clock());
    if (!draft) return answer(c, 404, 'surveys.draft.notFound', PROBLEM_TYPES.notFound, undefined, [{ pointer: '#/resumeCode', code: 'surveys.draft.notFound' }]);
    c.header('Cache-Control', 'no-store');
    return c.json(draft);
  });

  app.post(`${P}/:surveyRoundId/help-offers`, deps.responseLimit, pathParams(RoundParam), jsonBody(SurveyHelpOfferSchema), async (c) => {
    const round = await findRound(db, c.req.valid('param').surveyRoundId);
    if (!round || round.status === 'draft') return notFound(c);
    const body = c.req.valid('json');
    const day = helsinkiDate(clock());
    await db
      .insertInto('survey_help_offers')
      .values({ id: randomBytes(16).toString('hex'), round_id: round.id, lang: body.lang, text: body.text, name: body.name, email: body.email || null, phone: body.phone || null, consent_on: day, created_on: day })
      .execute();
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'received' }, 201);
  });

  /** `?by=<question>`: a demographic question of the round's version, else 422 with a pointer. */
  async function byOf(c: Ctx, round: RoundRow): Promise<string | Response> {
    const by = c.req.query('by') ?? '';
    if (by === '') return '';
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    if (breakdownQuestions(definition).some((q) => q.id === by)) return by;
    return fieldProblem(c, [{ pointer: '#/by', code: 'surveys.expression.unknownName', params: { name: by } }]);
  }

  app.get(`${P}/:surveyRoundId/results`, pathParams(RoundParam), async (c) => {
    const round = await findRound(db, c.req.valid('param').surveyRoundId);
    if (!round) return notFound(c);
    if (round.results_published_at === null) return answer(c, 404, 'surveys.results.notPublished', PROBLEM_TYPES.notFound);
    const by = await byOf(c, round);
    if (by instanceof Response) return by;
    // The kept results at once (a version behind at worst, refreshed meanwhile): never the weighting on the request path.
    return sendCached(c, await deps.results.servable(round, by), RESULTS_CACHE_CONTROL);
  });

  app.get(`${P}/:surveyRoundId/results/earlier`, pathParams(RoundParam), async (c) => {
    const round = await findRound(db, c.req.valid('param').surveyRoundId);
    if (!round || round.status === 'draft') return notFound(c);
    const rows = await db
      .selectFrom('survey_rounds')
      .select(['id', 'year', 'title_fi', 'title_sv', 'title_en'])
      .where('survey_id', '=', round.survey_id)
      .where('id', '!=', round.id)
      .where('year', '<', round.year)
      .where('results_published_at', 'is not', null)
      .orderBy('year', 'desc')
      .orderBy('id')
      .execute();
    return sendCached(c, cachedBody(JSON.stringify({ items: rows.map((r) => ({ round: r.id, year: Number(r.year), title: { fi: r.title_fi, sv: r.title_sv, en: r.title_en } })) })), RESULTS_CACHE_CONTROL);
  });

  app.get(SURVEYS_PATHS.figures, async (c) => {
    const rounds = await db.selectFrom('survey_rounds').selectAll().where('results_json', 'is not', null).orderBy('year').execute();
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ items: rounds.map((r) => indicatorsOf(JSON.parse(r.results_json!) as SurveyResults)).flat() });
  });

  // ---- staff ----

  app.get(S, async (c) => {
    const principal = (c as unknown as Context<StaffEnv>).get('principal');
    const scopes = scopesFor(principal.grants, { domain: 'surveys', organisation: 'city', roles: ['analyst', 'interviewer'] });
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listSurveys(db, scopes) });
  });

  app.post(S, jsonBody(DefinitionBody), async (c) => {
    const check = checkSurveyDefinition(c.req.valid('json').definition);
    if (!check.ok) return fieldProblem(c, check.errors.map((e) => ({ ...e, pointer: `#/definition${e.pointer.slice(1)}` })));
    const outcome = await createSurvey(db, check.definition, clock(), staffId(c));
    if (outcome.kind === 'exists') return answer(c, 409, 'surveys.survey.exists', PROBLEM_TYPES.validation, { id: check.definition.id });
    if (outcome.kind === 'invalid') return fieldProblem(c, outcome.errors);
    c.header('Location', `${S}/${check.definition.id}/versions/1`);
    return c.json({ survey: check.definition.id, version: 1 }, 201);
  });

  app.post(`${S}/:surveyId/versions`, pathParams(SurveyParam), jsonBody(DefinitionBody), async (c) => {
    const { surveyId } = c.req.valid('param');
    const check = checkSurveyDefinition(c.req.valid('json').definition);
    if (!check.ok) return fieldProblem(c, check.errors.map((e) => ({ ...e, pointer: `#/definition${e.pointer.slice(1)}` })));
    const outcome = await saveNextVersion(db, surveyId, check.definition, clock(), staffId(c));
    if (outcome.kind === 'notFound') return notFound(c, 'survey');
    if (outcome.kind === 'invalid') return fieldProblem(c, outcome.errors);
    if (outcome.kind === 'exists') return answer(c, 409, 'surveys.version.unchanged', SURVEYS_PROBLEM_TYPES.versionFrozen);
    return c.json({ survey: surveyId, version: outcome.version }, 201);
  });

  app.get(`${S}/:surveyId/versions/:version`, pathParams(VersionParam), async (c) => {
    const { surveyId, version } = c.req.valid('param');
    const definition = await definitionOf(db, surveyId, Number(version));
    if (!definition) return notFound(c, 'version');
    c.header('Cache-Control', 'no-store');
    return c.json(definition);
  });

  app.post(`${S}/:surveyId/rounds`, pathParams(SurveyParam), jsonBody(SurveyRoundInputSchema), async (c) => {
    const { surveyId } = c.req.valid('param');
    const input = c.req.valid('json');
    const outcome = await createRound(db, surveyId, input, clock());
    if (outcome.kind === 'noVersion') return fieldProblem(c, [{ pointer: '#/version', code: 'surveys.version.notFound' }]);
    if (outcome.kind === 'exists') return answer(c, 409, 'surveys.round.exists', PROBLEM_TYPES.validation, { id: input.id });
    return c.json(outcome.round, 201);
  });

  /** The round of a staff route, only within the survey the grant names. */
  async function staffRound(c: Ctx, surveyId: string, roundId: string): Promise<RoundRow | Response> {
    const round = await findRound(db, roundId);
    return round && round.survey_id === surveyId ? round : notFound(c);
  }

  app.get(`${S}/:surveyId/rounds/:surveyRoundId`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    c.header('Cache-Control', 'no-store');
    return c.json(await roundDetail(db, round));
  });

  for (const status of ['open', 'close'] as const) {
    app.post(`${S}/:surveyId/rounds/:surveyRoundId/${status}`, pathParams(StaffRoundParam), async (c) => {
      const { surveyId, surveyRoundId } = c.req.valid('param');
      const round = await staffRound(c, surveyId, surveyRoundId);
      if (round instanceof Response) return round;
      const next = await setRoundStatus(db, round, status === 'open' ? 'open' : 'closed', clock());
      c.header('Cache-Control', 'no-store');
      return c.json(roundView(next));
    });
  }

  app.put(`${S}/:surveyId/rounds/:surveyRoundId/margins`, pathParams(StaffRoundParam), jsonBody(SurveyMarginsSchema), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const margins = c.req.valid('json');
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    const questions = new Set(definition.pages.flatMap((p) => p.sections.flatMap((s) => s.questions.map((q) => q.id))));
    const variables = margins.method === 'rake' ? Object.keys(margins.margins) : margins.variables;
    const unknown = variables.filter((x) => !questions.has(x));
    if (unknown.length > 0) return fieldProblem(c, unknown.map((name) => ({ pointer: margins.method === 'rake' ? `#/margins/${name}` : '#/variables', code: 'surveys.expression.unknownName', params: { name } })));
    // Try them on the responses so far: a level with respondents but no total is reported now.
    const rows = (await responsesOf(db, round.id)).filter((r) => r.mode !== 'web');
    try {
      if (rows.length >= 2) sampleDesign(rows, margins);
    } catch (error) {
      if (error instanceof WeightingError) return fieldProblem(c, [{ pointer: '#', code: 'surveys.margins.invalid', params: { reason: error.message } }]);
      throw error;
    }
    await setMargins(db, round.id, margins);
    c.header('Cache-Control', 'no-store');
    return c.json(margins);
  });

  app.post(`${S}/:surveyId/rounds/:surveyRoundId/tokens`, pathParams(StaffRoundParam), jsonBody(SurveyTokenRequestSchema), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    if (!round.modes.split(',').includes('invitation')) return modeRefused(c);
    if (round.status === 'closed') return closed(c);
    const tokens = await issueTokens(db, round.id, c.req.valid('json').count, clock());
    // Shown once, for the invitation letters: only their hashes are kept.
    c.header('Cache-Control', 'no-store');
    return c.json({ tokens }, 201);
  });

  app.post(`${S}/:surveyId/rounds/:surveyRoundId/interviews`, pathParams(StaffRoundParam), jsonBody(SurveyInterviewSchema), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    if (!round.modes.split(',').includes('interviewer')) return modeRefused(c);
    const body = c.req.valid('json');
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    const check = validateResponse(definition, body.answers);
    if (!check.ok) return fieldProblem(c, check.errors);
    let outcome: StoreOutcome;
    try {
      outcome = await db.transaction().execute((trx) => storeResponse(trx, { round, definition, mode: 'interviewer', lang: body.lang, answers: check.answers, respondentId: body.respondentId }, clock(), { kind: deps.kind }));
    } catch (error) {
      if (error instanceof Rollback) outcome = (error as Rollback<StoreOutcome>).outcome;
      else throw error;
    }
    if (outcome.kind !== 'stored') return storeRefusal(c, outcome, body.respondentId);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'received', mode: 'interviewer', round: round.id, respondentId: body.respondentId }, 201);
  });

  app.get(`${S}/:surveyId/rounds/:surveyRoundId/results`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const by = await byOf(c, round);
    if (by instanceof Response) return by;
    // The current data's results, computed in the worker when the kept ones are behind: the event loop serves on meanwhile.
    return sendCached(c, await deps.results.fresh(round, by), 'private, no-cache');
  });

  app.post(`${S}/:surveyId/rounds/:surveyRoundId/results/publish`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    let round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const publishedAt = clock().toISOString();
    // Published first, so the computation below stores the open-data copy and values the indicators.
    await db.updateTable('survey_rounds').set({ results_published_at: publishedAt }).where('id', '=', round.id).where('results_published_at', 'is', null).execute();
    round = (await findRound(db, round.id))!;
    await db.deleteFrom('survey_results_cache').where('round_id', '=', round.id).where('by_key', '=', '').execute();
    const body = await deps.results.fresh(round, '');
    v.parse(SurveyResultsSchema, JSON.parse(body.body));
    c.header('Cache-Control', 'no-store');
    return c.body(body.body, 200, { 'Content-Type': 'application/json' });
  });

  app.get(`${S}/:surveyId/rounds/:surveyRoundId/responses.csv`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    return c.body(responsesCsv(definition, await responsesOf(db, round.id)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${round.id}-responses.csv"`,
      'Cache-Control': 'no-store',
    });
  });

  app.get(`${S}/:surveyId/rounds/:surveyRoundId/codebook`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    c.header('Cache-Control', 'no-store');
    return c.json(codebook((await definitionOf(db, round.survey_id, round.version))!));
  });

  app.get(`${S}/:surveyId/rounds/:surveyRoundId/help-offers`, pathParams(StaffRoundParam), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const rows = await db.selectFrom('survey_help_offers').selectAll().where('round_id', '=', round.id).orderBy('created_on').orderBy('id').execute();
    c.header('Cache-Control', 'no-store');
    return c.json({ items: rows.map((r) => ({ id: r.id, lang: r.lang, text: r.text, name: r.name, email: r.email, phone: r.phone, consentOn: r.consent_on, createdOn: r.created_on })) });
  });

  app.post(SURVEYS_PATHS.imports, queryParams(ImportQuery), async (c) => {
    const { survey, round: roundId } = c.req.valid('query');
    const round = await staffRound(c, survey, roundId);
    if (round instanceof Response) return round;
    if (!round.modes.split(',').includes('import')) return modeRefused(c);
    if (round.status === 'closed') return closed(c);
    const locale = c.get('locale');
    if (!isJsonContentType(c.req.header('Content-Type'))) {
      return problem(c, { status: 415, detail: t(locale, 'problem.unsupportedMediaType.detail'), headers: { 'Accept-Post': 'application/json' } });
    }
    // This path takes up to IMPORT_MAX_BYTES (it is in the module's uploadPaths), not the 64 KiB of other JSON.
    const text = await c.req.text();
    if (Buffer.byteLength(text) > IMPORT_MAX_BYTES) return problem(c, { status: 413, title: t(locale, 'problem.tooLarge.title'), detail: t(locale, 'problem.tooLarge.detail', { max: IMPORT_MAX_BYTES }) });
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return problem(c, { status: 400, detail: t(locale, 'problem.malformedJson.detail') });
    }
    const parsed = v.safeParse(SurveyImportSchema, input);
    if (!parsed.success) return validationProblem(c, parsed.issues);
    const body = parsed.output;
    {
      const definition = (await definitionOf(db, round.survey_id, round.version))!;
      let table;
      try {
        table = parseCsv(body.csv);
      } catch (error) {
        if (error instanceof CsvError) return fieldProblem(c, [{ pointer: '#/csv', code: 'common.invalid', params: { line: error.line } }]);
        throw error;
      }
      const reading = readVendorFile(definition, table, body.mapping);
      if (reading.mappingErrors.length > 0) return fieldProblem(c, reading.mappingErrors);
      const known = await existingRespondents(db, round.id, reading.accepted.map((r) => r.respondentId));
      const accepted = reading.accepted.filter((r) => !known.has(r.respondentId));
      const rejected = [
        ...reading.rejected,
        ...reading.accepted.filter((r) => known.has(r.respondentId)).map((r) => ({ line: r.line, respondentId: r.respondentId, errors: [{ pointer: '#/respondentId', code: 'surveys.respondent.duplicate', params: { respondent: r.respondentId }, column: body.mapping.respondentId }] })),
      ].sort((a, b) => a.line - b.line);
      const report = {
        rows: table.rows.length,
        accepted: accepted.length,
        rejected: rejected.map((r) => ({ line: r.line, respondentId: r.respondentId, errors: r.errors.map((e) => ({ ...e, detail: t(locale, e.code, e.params) })) })),
      };
      if (rejected.length > 0) {
        return problem(c, {
          status: 422,
          type: SURVEYS_PROBLEM_TYPES.importRejected,
          title: t(locale, 'surveys.import.rejected', { count: rejected.length }),
          detail: t(locale, 'surveys.import.rejected', { count: rejected.length }),
          code: 'surveys.import.rejected',
          // One error per field of each rejected row: `#/rows/<line of the file>/answers/<question>`, the vendor's column in params.
          errors: rejected.flatMap((r) =>
            r.errors.map((e) => ({ pointer: `#/rows/${r.line}${e.pointer.slice(1)}`, code: e.code, detail: t(locale, e.code, e.params), params: { ...e.params, line: r.line, respondent: r.respondentId ?? '', ...(e.column ? { column: e.column } : {}) } })),
          ),
        });
      }
      if (body.dryRun) return c.json({ ...report, saved: 0 });
      try {
        await db.transaction().execute(async (trx) => {
          const fresh = await trx.selectFrom('survey_rounds').select('status').where('id', '=', round.id).executeTakeFirstOrThrow();
          if (fresh.status === 'closed') throw new Rollback({ kind: 'closed' as const });
          await storeResponses(trx, accepted.map((r) => ({ round, definition, mode: 'import', lang: r.lang, answers: r.answers, respondentId: r.respondentId })), clock());
        });
      } catch (error) {
        if (error instanceof Rollback) return closed(c);
        // Another import of the same respondents won the race: nothing of this one was saved.
        if (isUniqueViolation(error)) return answer(c, 409, 'surveys.respondent.duplicate', SURVEYS_PROBLEM_TYPES.duplicateRespondent, { respondent: '' });
        throw error;
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ ...report, saved: accepted.length }, 201);
    }
  });

  app.route('/', moderationRoutes({ db, clock, staffRound, notFound, staffId, answer, results: deps.results }));
  return app;
}

/** The indicator figures of a round's results: the sample's means of the questions tagged `indicator`. */
function indicatorsOf(results: SurveyResults) {
  const sample = results.groups.find((g) => g.group === 'sample');
  if (!sample) return [];
  return sample.questions
    .filter((q) => q.mean !== undefined)
    .map((q) => ({ round: results.round, year: results.year, question: q.question, mean: q.mean!.mean, ci95: q.mean!.ci95 ?? null, n: q.mean!.n, weighted: sample.weighted }));
}
