/**
 * Routes of free-text moderation and strategy indicators (ADR 0033).
 * Public:
 * - GET /api/v1/surveys/rounds/{surveyRoundId}/texts[?question=]  published free texts only
 * - GET /api/v1/surveys/indicators[?survey=]                        indicators, targets, values
 * Staff (analyst or moderator of the survey for texts; analyst for indicators):
 * - GET  /api/v1/staff/surveys/{surveyId}/rounds/{surveyRoundId}/texts?state=&question=&after=&limit=
 * - POST /api/v1/staff/surveys/{surveyId}/rounds/{surveyRoundId}/texts/moderation  { items: [{ id, state, version? }] }
 * - GET  /api/v1/staff/surveys/{surveyId}/indicators
 * - PUT  /api/v1/staff/surveys/{surveyId}/indicators/{indicatorId}
 * - DELETE /api/v1/staff/surveys/{surveyId}/indicators/{indicatorId}
 */
import {
  checkIndicator,
  PROBLEM_TYPES,
  SURVEYS_PATHS,
  SURVEYS_PROBLEM_TYPES,
  SurveyIdParamSchema,
  SurveyIndicatorIdSchema,
  SurveyIndicatorInputSchema,
  SurveyRoundIdSchema,
  SurveyTextModerationSchema,
  SurveyTextStateSchema,
  type FieldError,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldProblem, jsonBody, pathParams, queryParams } from '../http/validation.js';
import { CACHE_CONTROL, sendJsonCached } from '../platform/http-cache.js';
import { declareIndicator, listIndicators, listTexts, moderateTexts, publishedTexts, removeIndicator } from './surveys.moderation.js';
import type { ResultsService } from './surveys.results.js';
import { definitionOf, findRound, type RoundRow } from './surveys.repository.js';

type Ctx = Context<AppEnv>;
const P = SURVEYS_PATHS.rounds;
const S = SURVEYS_PATHS.staff;

export interface ModerationRouteDeps {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
  staffRound(c: Ctx, surveyId: string, roundId: string): Promise<RoundRow | Response>;
  notFound(c: Ctx, what?: 'survey' | 'round' | 'version' | 'draft'): Response;
  staffId(c: Ctx): string | null;
  readonly results: ResultsService;
  answer(c: Ctx, status: ContentfulStatusCode, code: string, type: string, params?: Record<string, string | number>, errors?: readonly FieldError[]): Response;
}

const question = v.optional(v.pipe(v.string(), v.maxLength(120, 'common.tooLong'), v.regex(/^[a-z][a-z0-9_]*(\.other)?$/, 'common.invalid')));
const RoundParam = v.object({ surveyRoundId: SurveyRoundIdSchema });
const StaffRoundParam = v.object({ surveyId: SurveyIdParamSchema, surveyRoundId: SurveyRoundIdSchema });
const SurveyParam = v.object({ surveyId: SurveyIdParamSchema });
const IndicatorParam = v.object({ surveyId: SurveyIdParamSchema, indicatorId: SurveyIndicatorIdSchema });
const PublicTextsQuery = v.object({ question });
const IndicatorsQuery = v.object({ survey: v.optional(SurveyIdParamSchema) });
const StaffTextsQuery = v.object({
  state: v.optional(SurveyTextStateSchema),
  question,
  after: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'common.invalid'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,2}$/, 'common.invalid'), v.transform(Number), v.maxValue(500, 'common.invalid')), '100'),
});

export function moderationRoutes(deps: ModerationRouteDeps): Hono<AppEnv> {
  const { db, clock } = deps;
  const app = new Hono<AppEnv>();

  app.get(`${P}/:surveyRoundId/texts`, pathParams(RoundParam), queryParams(PublicTextsQuery), async (c) => {
    const round = await findRound(db, c.req.valid('param').surveyRoundId);
    if (!round || round.status === 'draft') return deps.notFound(c);
    return sendJsonCached(c, await publishedTexts(db, round, c.req.valid('query').question), CACHE_CONTROL.revalidate);
  });

  app.get(SURVEYS_PATHS.indicators, queryParams(IndicatorsQuery), async (c) => {
    return sendJsonCached(c, { items: await listIndicators(db, c.req.valid('query').survey) }, CACHE_CONTROL.revalidate);
  });

  app.get(`${S}/:surveyId/rounds/:surveyRoundId/texts`, pathParams(StaffRoundParam), queryParams(StaffTextsQuery), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await deps.staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const query = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json(await listTexts(db, round.id, { state: query.state, question: query.question, after: query.after, limit: Number(query.limit) }));
  });

  app.post(`${S}/:surveyId/rounds/:surveyRoundId/texts/moderation`, pathParams(StaffRoundParam), jsonBody(SurveyTextModerationSchema), async (c) => {
    const { surveyId, surveyRoundId } = c.req.valid('param');
    const round = await deps.staffRound(c, surveyId, surveyRoundId);
    if (round instanceof Response) return round;
    const outcome = await moderateTexts(db, round.id, c.req.valid('json').items, deps.staffId(c), clock());
    if (!outcome.ok) {
      const notFound = outcome.failures.filter((f) => f.kind === 'notFound');
      if (notFound.length > 0) {
        return deps.answer(c, 404, 'surveys.text.notFound', PROBLEM_TYPES.notFound, undefined, notFound.map((f) => ({ pointer: `#/items/${f.index}/id`, code: 'surveys.text.notFound' })));
      }
      return deps.answer(
        c,
        409,
        'surveys.text.conflict',
        SURVEYS_PROBLEM_TYPES.moderationConflict,
        undefined,
        outcome.failures.map((f) => ({ pointer: `#/items/${f.index}/version`, code: 'surveys.text.conflict', params: { version: f.version ?? 0 } })),
      );
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ items: outcome.items });
  });

  app.get(`${S}/:surveyId/indicators`, pathParams(SurveyParam), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listIndicators(db, c.req.valid('param').surveyId) });
  });

  app.put(`${S}/:surveyId/indicators/:indicatorId`, pathParams(IndicatorParam), jsonBody(SurveyIndicatorInputSchema), async (c) => {
    const { surveyId, indicatorId } = c.req.valid('param');
    const input = c.req.valid('json');
    // Checked against the survey's latest version; older rounds without the question get no value.
    const latest = await db.selectFrom('survey_versions').select('version').where('survey_id', '=', surveyId).orderBy('version', 'desc').executeTakeFirst();
    if (!latest) return deps.notFound(c, 'survey');
    const definition = (await definitionOf(db, surveyId, latest.version))!;
    const errors = checkIndicator(definition, input);
    if (errors.length > 0) return fieldProblem(c, errors);
    const outcome = await declareIndicator(db, surveyId, indicatorId, input, clock());
    if (outcome.kind === 'otherSurvey') return deps.answer(c, 409, 'surveys.indicator.exists', PROBLEM_TYPES.validation, { id: indicatorId }, [{ pointer: '#', code: 'surveys.indicator.exists', params: { id: indicatorId } }]);
    await deps.results.refreshIndicators(surveyId, { indicator: indicatorId });
    const [indicator] = await listIndicators(db, surveyId).then((all) => all.filter((i) => i.id === indicatorId));
    c.header('Cache-Control', 'no-store');
    return c.json(indicator, outcome.kind === 'created' ? 201 : 200);
  });

  app.delete(`${S}/:surveyId/indicators/:indicatorId`, pathParams(IndicatorParam), async (c) => {
    const { surveyId, indicatorId } = c.req.valid('param');
    if (!(await removeIndicator(db, surveyId, indicatorId))) return deps.answer(c, 404, 'surveys.indicator.notFound', PROBLEM_TYPES.notFound);
    return c.body(null, 204);
  });

  return app;
}
