import { SeasonAllocationSchema, SeasonApplicationSchema, BOOKING_PATHS, BOOKING_PROBLEM_TYPES, BookingIdSchema, PROBLEM_TYPES, ROUND_PATHS, SeasonRoundInputSchema, type Locale } from '@kohtaamo/core';
import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import { problem, t } from '../http/problem.js';
import { jsonBody, pathParams, queryParams } from '../http/validation.js';
import type { PolicyTable, RoutePolicy, StaffEnv } from '../platform/auth/policy.js';
import type { BookingRepository } from './booking.repository.js';
import { applicationView, createRoundRepository, occurrenceWithText, roundView } from './booking.rounds.js';

/** The seasonal application round's routes (ADR 0040), mounted by the booking module's routes. */
const S = BOOKING_PATHS.staff;
type Ctx = Context<AppEnv>;
const RoundParam = v.object({ seasonRoundId: v.pipe(v.string(), v.regex(/^r[0-9a-f]{16}$/, 'common.invalid')) });
const UnitParam = v.object({ unitId: BookingIdSchema });
const UnitQuery = v.object({ unit: v.optional(BookingIdSchema) });

export function roundPolicies(db: Kysely<Database>, handler: Omit<RoutePolicy, 'scope'>): PolicyTable {
  const ofRound = { ...handler, scope: { item: async (c: Ctx) => (await db.selectFrom('booking_rounds').select('unit_id').where('id', '=', c.req.param('seasonRoundId') ?? '').executeTakeFirst())?.unit_id ?? null } } as RoutePolicy;
  return {
    [`POST ${S}/units/{unitId}/rounds`]: { ...handler, scope: { param: 'unitId' } } as RoutePolicy,
    [`GET ${S}/rounds`]: { ...handler, scope: { query: 'unit' } } as RoutePolicy,
    [`GET ${S}/rounds/{seasonRoundId}/applications`]: ofRound,
    [`POST ${S}/rounds/{seasonRoundId}/allocate`]: ofRound,
  };
}

/** An application with each refused occurrence's rule in words. */
function withTexts(locale: Locale, row: Parameters<typeof applicationView>[0]) {
  const a = applicationView(row);
  return { ...a, rejectedOccurrences: a.rejectedOccurrences.map((o) => occurrenceWithText(locale, o)) };
}

export function roundRoutes(app: Hono<AppEnv>, deps: { db: Kysely<Database>; repository: BookingRepository; clock: () => Date; bookLimit: (c: Ctx, next: () => Promise<void>) => Promise<Response | void> }): void {
  const rounds = createRoundRepository({ db: deps.db, clock: deps.clock, bookings: deps.repository });
  const now = () => deps.clock().getTime();
  const staffId = (c: Ctx) => (c as unknown as Context<StaffEnv>).get('principal').person.id;
  const say = (c: Ctx, status: 404 | 409 | 422, code: string, type: string, pointer?: string, params?: Record<string, string>) => {
    const text = t(c.get('locale'), code, params);
    return problem(c, { status, type, title: text, detail: text, code, ...(pointer ? { errors: [{ pointer: `#${pointer}`, code, detail: text }] } : {}) });
  };

  app.get(ROUND_PATHS.rounds, async (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ items: (await rounds.rounds({ openOnly: true })).map((r) => roundView(r, now())) });
  });

  app.post(`${ROUND_PATHS.rounds}/:seasonRoundId/applications`, deps.bookLimit, pathParams(RoundParam), jsonBody(SeasonApplicationSchema), async (c) => {
    const outcome = await rounds.apply(c.req.valid('param').seasonRoundId, c.req.valid('json'), c.get('locale'));
    if (outcome.kind === 'notFound') return say(c, 404, 'booking.round.notFound', PROBLEM_TYPES.notFound);
    if (outcome.kind === 'closed') return say(c, 409, 'booking.round.closed', BOOKING_PROBLEM_TYPES.deadline);
    if (outcome.kind === 'invalid') return say(c, 422, 'common.invalid', PROBLEM_TYPES.validation, outcome.pointer);
    c.header('Cache-Control', 'no-store');
    const a = applicationView(outcome.application);
    return c.json({ id: a.id, roundId: a.roundId, status: a.status }, 201);
  });

  app.post(`${S}/units/:unitId/rounds`, pathParams(UnitParam), jsonBody(SeasonRoundInputSchema), async (c) => {
    const outcome = await rounds.create(c.req.valid('param').unitId, c.req.valid('json'), staffId(c));
    if (outcome.kind === 'notFound') return say(c, 404, 'booking.notFound', PROBLEM_TYPES.notFound);
    if (outcome.kind === 'invalid') return say(c, 422, outcome.code, PROBLEM_TYPES.validation, outcome.pointer);
    c.header('Cache-Control', 'no-store');
    return c.json(roundView(outcome.round, now()), 201);
  });

  app.get(`${S}/rounds`, queryParams(UnitQuery), async (c) => {
    const unit = c.req.valid('query').unit;
    c.header('Cache-Control', 'no-store');
    return c.json({ items: (await rounds.rounds(unit ? { unit } : {})).map((r) => roundView(r, now())) });
  });

  app.get(`${S}/rounds/:seasonRoundId/applications`, pathParams(RoundParam), async (c) => {
    const round = await rounds.round(c.req.valid('param').seasonRoundId);
    if (!round) return say(c, 404, 'booking.round.notFound', PROBLEM_TYPES.notFound);
    c.header('Cache-Control', 'no-store');
    const locale = c.get('locale') as Locale;
    return c.json({ round: roundView(round, now()), items: (await rounds.applications(round.id)).map((row) => withTexts(locale, row)) });
  });

  app.post(`${S}/rounds/:seasonRoundId/allocate`, pathParams(RoundParam), jsonBody(SeasonAllocationSchema), async (c) => {
    const outcome = await rounds.allocate(c.req.valid('param').seasonRoundId, c.req.valid('json'), staffId(c));
    switch (outcome.kind) {
      case 'notFound':
        return say(c, 404, 'booking.round.notFound', PROBLEM_TYPES.notFound);
      case 'early':
        return say(c, 409, 'booking.round.early', BOOKING_PROBLEM_TYPES.deadline);
      case 'state':
        return say(c, 409, 'booking.round.allocated', BOOKING_PROBLEM_TYPES.conflict);
      case 'invalid':
        return say(c, 422, outcome.code, PROBLEM_TYPES.validation, outcome.pointer);
      case 'ok': {
        const locale = c.get('locale') as Locale;
        c.header('Cache-Control', 'no-store');
        return c.json({ items: outcome.applications.map((row) => withTexts(locale, row)) });
      }
    }
  });
}
