import {
  ApproveSchema,
  AvailabilityQuerySchema,
  BOOKING_PATHS,
  BOOKING_PROBLEM_TYPES,
  BlockInputSchema,
  BlockListQuerySchema,
  BookingIdSchema,
  BookingQueueQuerySchema,
  BookingRequestSchema,
  DenySchema,
  FirstFreeQuerySchema,
  PROBLEM_TYPES,
  RescheduleSchema,
  SeriesRequestSchema,
  areaFigures,
  bookingIcsCalendar,
  bookingText,
  bookingViolationText,
  createAvailability,
  dayNumber,
  finderRows,
  isoDate,
  startOfDay,
  type BookingViolation,
  type Locale,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import { problem, t } from '../http/problem.js';
import { jsonBody, pathParams, queryParams } from '../http/validation.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { scopesFor } from '../platform/auth/grants.js';
import type { PolicyTable, StaffEnv } from '../platform/auth/policy.js';
import { bookingView, type BookingRepository, type BookingRow } from './booking.repository.js';
import { upsertUnitRegister, UnitRegisterSchema } from './booking.register.js';
import { roundRoutes, roundPolicies } from './booking.rounds.routes.js';
import { finderRoutes } from './booking.finder.routes.js';
import { bookingDataVersion, figuresWorker, type UtilisationAnswer, type UtilisationJob } from './booking.figures.js';
import { CACHE_CONTROL, cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import { createVersionedMemo } from '../platform/versioned-memo.js';

const P = BOOKING_PATHS;
const S = P.staff;
const DAY = 86_400_000;
type Ctx = Context<AppEnv>;

const ResourceParam = v.object({ resourceId: BookingIdSchema });
const SpaceParam = v.object({ spaceId: BookingIdSchema });
const UnitParam = v.object({ unitId: BookingIdSchema });
const BookingParam = v.object({ bookingId: v.pipe(v.string(), v.regex(/^b[0-9a-f]{16}$/, 'common.invalid')) });
const BlockParam = v.object({ blockId: v.pipe(v.string(), v.regex(/^k[0-9a-f]{16}$/, 'common.invalid')) });
const FiguresQuery = v.object({
  from: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'common.invalid'))),
  months: v.optional(v.pipe(v.string(), v.regex(/^\d{1,2}$/, 'common.invalid')), '12'),
});
const ResourceQuery = v.object({
  unit: v.optional(BookingIdSchema),
  purpose: v.optional(v.string()),
  minCapacity: v.optional(v.pipe(v.string(), v.regex(/^\d{1,5}$/))),
  stepFree: v.optional(v.picklist(['true', 'false'])),
});

export interface BookingRouteDeps {
  readonly db: Kysely<Database>;
  readonly repository: BookingRepository;
  readonly clock: () => Date;
  readonly bookLimit: (c: Ctx, next: () => Promise<void>) => Promise<Response | void>;
  /** The rate limit of the manage-code routes (reading, cancelling and moving with the code): guessing codes costs requests. */
  readonly manageLimit?: (c: Ctx, next: () => Promise<void>) => Promise<Response | void>;
  /** Computes the figures' utilisation; by default in the database's figures worker thread (booking.figures.ts). */
  readonly utilisation?: (job: UtilisationJob) => Promise<UtilisationAnswer>;
}

function answer(c: Ctx, status: 404 | 409 | 403 | 422, code: string, type: string, params?: Record<string, string | number>): Response {
  const locale = c.get('locale');
  return problem(c, { status, type, title: t(locale, code, params), detail: t(locale, code, params), code });
}
const notFound = (c: Ctx) => answer(c, 404, 'booking.notFound', PROBLEM_TYPES.notFound);

/** A refused booking rule: 409 for a taken time, 422 for the rest, with its field pointer and text. */
function refused(c: Ctx, violation: BookingViolation): Response {
  const locale = c.get('locale') as Locale;
  const detail = bookingViolationText(locale, violation);
  const conflict = violation.rule.startsWith('conflict.');
  return problem(c, {
    status: conflict ? 409 : 422,
    type: conflict ? BOOKING_PROBLEM_TYPES.conflict : BOOKING_PROBLEM_TYPES.rule,
    title: detail,
    detail,
    code: `booking.rule.${violation.rule}`,
    errors: [{ pointer: `#${violation.pointer}`, code: `booking.rule.${violation.rule}`, detail, ...(Object.keys(violation.params).length ? { params: { ...violation.params } } : {}) }],
  });
}

/** Who may call the staff routes (ADR 0015): a handler of booking for the city, scoped by unit. */
export function bookingPolicies(db: Kysely<Database>): PolicyTable {
  const handler = { access: 'grant', domain: 'booking', roles: ['handler'], organisation: 'city' } as const;
  const unitOf = (table: 'booking_bookings' | 'booking_blocks' | 'booking_resources' | 'booking_spaces', param: string) => ({
    item: async (c: Ctx) => (await db.selectFrom(table).select('unit_id').where('id', '=', c.req.param(param) ?? '').executeTakeFirst())?.unit_id ?? null,
  });
  const ofBooking = { ...handler, scope: unitOf('booking_bookings', 'bookingId') } as const;
  return {
    [`GET ${S}/bookings`]: { ...handler, scope: { query: 'unit' } },
    [`GET ${S}/bookings/{bookingId}`]: ofBooking,
    [`POST ${S}/bookings/{bookingId}/approve`]: ofBooking,
    [`POST ${S}/bookings/{bookingId}/deny`]: ofBooking,
    [`POST ${S}/bookings/{bookingId}/cancel`]: ofBooking,
    [`POST ${S}/resources/{resourceId}/bookings`]: { ...handler, scope: unitOf('booking_resources', 'resourceId') },
    [`POST ${S}/resources/{resourceId}/series`]: { ...handler, scope: unitOf('booking_resources', 'resourceId') },
    [`POST ${S}/spaces/{spaceId}/blocks`]: { ...handler, scope: unitOf('booking_spaces', 'spaceId') },
    [`GET ${S}/blocks`]: { ...handler, scope: { query: 'unit' } },
    [`DELETE ${S}/blocks/{blockId}`]: { ...handler, scope: unitOf('booking_blocks', 'blockId') },
    [`PUT ${S}/units/{unitId}`]: { ...handler, scope: { param: 'unitId' } },
    ...roundPolicies(db, handler),
  };
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function bookingRoutes(deps: BookingRouteDeps): Hono<AppEnv> {
  const { repository, clock, db } = deps;
  const app = new Hono<AppEnv>();
  const staffOf = (c: Ctx) => (c as unknown as Context<StaffEnv>).get('principal');

  const publicResource = (r: Awaited<ReturnType<BookingRepository['register']>>['resources'][number]) => ({
    id: r.id,
    unitId: r.unitId,
    spaceIds: r.spaceIds,
    name: r.name,
    description: r.description,
    active: r.active,
    rules: r.rules,
    price: r.price,
    form: r.form,
    openingHours: r.openingHours,
  });

  app.get(P.units, async (c) => {
    const reg = await repository.register();
    // Each resource the finder lists, with what it filters on (core's finderRows: the spaces' tree walked here, not in the widget).
    const finder = new Map(finderRows(reg.spaces, reg.resources).map(({ resource, ...facts }) => [resource.id, facts]));
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({
      items: reg.units.map((u) => ({
        ...u,
        spaces: reg.spaces.filter((s) => s.unitId === u.id),
        resources: reg.resources.filter((r) => r.unitId === u.id).map((r) => ({ ...publicResource(r), ...(finder.has(r.id) ? { finder: finder.get(r.id) } : {}) })),
      })),
    });
  });

  app.get(`${P.spaces}.csv`, async (c) => {
    const reg = await repository.register();
    const rows: unknown[][] = [['unit_id', 'space_id', 'parent_id', 'name_fi', 'name_sv', 'name_en', 'area_m2', 'capacity', 'purposes', 'access', 'leaf', 'step_free', 'accessible_toilet', 'induction_loop']];
    for (const s of reg.spaces) {
      rows.push([s.unitId, s.id, s.parentId, s.name.fi, s.name.sv, s.name.en, s.areaM2, s.capacity, s.purposes.join(' '), s.access, reg.tree.isLeaf(s.id) ? 1 : 0, s.accessibility.stepFree ? 1 : 0, s.accessibility.accessibleToilet ? 1 : 0, s.accessibility.inductionLoop ? 1 : 0]);
    }
    return c.body(csv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  });

  app.get(P.resources, queryParams(ResourceQuery), async (c) => {
    const q = c.req.valid('query');
    const reg = await repository.register();
    const items = reg.resources.filter((r) => {
      if (!r.active) return false;
      if (q.unit && r.unitId !== q.unit) return false;
      const spaces = r.spaceIds.map((id) => reg.tree.get(id)).filter((s) => s !== undefined);
      if (q.purpose && !spaces.some((s) => s.purposes.includes(q.purpose as never))) return false;
      if (q.minCapacity && spaces.reduce((a, s) => a + s.capacity, 0) < Number(q.minCapacity)) return false;
      if (q.stepFree === 'true' && !spaces.every((s) => s.accessibility.stepFree)) return false;
      return true;
    });
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ items: items.map(publicResource) });
  });

  app.get(`${P.resources}/:resourceId`, pathParams(ResourceParam), async (c) => {
    const found = await repository.resourceOf(c.req.valid('param').resourceId);
    if (!found) return notFound(c);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ ...publicResource(found.resource), capacity: found.capacity, leaves: found.leaves });
  });

  async function availabilityOf(resourceId: string, from: number, to: number) {
    const found = await repository.resourceOf(resourceId);
    if (!found) return null;
    const busy = await repository.occupiedNear(found.leaves, from - 2 * DAY, to + 2 * DAY);
    return { found, availability: createAvailability({ rules: found.resource.rules, hours: found.hours, busy, now: clock().getTime() }) };
  }

  app.get(`${P.resources}/:resourceId/availability`, pathParams(ResourceParam), queryParams(AvailabilityQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const days = Number(q.days);
    if (days < 1 || days > 62) return answer(c, 422, 'booking.range', PROBLEM_TYPES.validation);
    const first = dayNumber(q.from);
    const from = startOfDay(first);
    const to = startOfDay(first + days);
    const result = await availabilityOf(c.req.valid('param').resourceId, from, to);
    if (!result) return notFound(c);
    const { availability, found } = result;
    const minutes = q.minutes ? Number(q.minutes) : undefined;
    c.header('Cache-Control', 'no-cache');
    return c.json({
      resourceId: found.resource.id,
      from: q.from,
      days: Array.from({ length: days }, (_, i) => ({
        date: isoDate(first + i),
        cells: availability.dayCells(first + i).map((cell) => ({ start: new Date(cell.start).toISOString(), end: new Date(cell.end).toISOString(), state: cell.state })),
      })),
      slots: availability.freeSlots(from, to, minutes).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })),
    });
  });

  app.get(`${P.resources}/:resourceId/first-free`, pathParams(ResourceParam), queryParams(FirstFreeQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const from = q.from ? Date.parse(q.from) : clock().getTime();
    const result = await availabilityOf(c.req.valid('param').resourceId, from, from + 400 * DAY);
    if (!result) return notFound(c);
    const slot = result.availability.firstFree(from, Number(q.minutes));
    c.header('Cache-Control', 'no-cache');
    return c.json({ slot: slot ? { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() } : null });
  });

  app.get(`${P.resources}/:resourceId/busy.ics`, pathParams(ResourceParam), async (c) => {
    const now = clock().getTime();
    const found = await repository.resourceOf(c.req.valid('param').resourceId);
    if (!found) return notFound(c);
    const busy = (await repository.occupiedNear(found.leaves, now - 30 * DAY, now + 366 * DAY)).sort((a, b) => a.start - b.start);
    const locale = c.get('locale') as Locale;
    const text = bookingIcsCalendar({
      name: found.resource.name[locale],
      method: 'PUBLISH',
      stamp: now,
      // No personal data: the occupied times only, with a stable uid per booking or block.
      events: busy.map((b) => ({ uid: `busy-${b.id}@kohtaamo`, start: b.start, end: b.end, summary: bookingText(locale, 'booking.busy'), transparency: 'OPAQUE' as const })),
    });
    return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  });

  const created = (c: Ctx, booking: BookingRow, manageCode: string) => {
    c.header('Cache-Control', 'no-store');
    c.header('Location', `${P.bookings}/${booking.id}`);
    return c.json({ ...bookingView(booking), manageCode }, 201);
  };

  /** The Idempotency-Key of a booking POST (ADR 0004), scoped per operation and caller kind. */
  const idem = (c: Ctx, scope: string) => {
    const key = c.get('idempotencyKey');
    return key ? { scope, key, hash: requestHash(c.get('jsonInput')) } : null;
  };
  const bookAnswer = (c: Ctx, outcome: Awaited<ReturnType<BookingRepository['book']>>) => {
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'violation') return refused(c, outcome.violation);
    if (outcome.kind === 'mismatch') return problem(c, { status: 422, type: PROBLEM_TYPES.idempotencyMismatch, title: t(c.get('locale'), 'problem.idempotencyMismatch.title'), detail: t(c.get('locale'), 'problem.idempotencyMismatch.detail') });
    if (outcome.kind === 'replay') {
      const view = JSON.parse(outcome.body) as { id: string };
      c.header('Cache-Control', 'no-store');
      c.header('Location', `${P.bookings}/${view.id}`);
      c.header('Idempotent-Replayed', 'true');
      return c.json({ ...view, manageCode: outcome.manageCode }, 201);
    }
    return created(c, outcome.booking, outcome.manageCode);
  };

  app.post(P.bookings, deps.bookLimit, idempotencyKey(), jsonBody(BookingRequestSchema), async (c) => {
    const body = c.req.valid('json');
    return bookAnswer(c, await repository.book({ ...body, start: Date.parse(body.start), end: Date.parse(body.end), lang: body.lang ?? (c.get('locale') as Locale) }, idem(c, `POST ${P.bookings}`)));
  });

  async function seriesAnswer(c: Ctx, body: v.InferOutput<typeof SeriesRequestSchema>, onBehalfBy: string | null, resourceId: string) {
    const outcome = await repository.series({ ...body, resourceId, lang: body.lang ?? (c.get('locale') as Locale), onBehalfBy });
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'invalidRule') return answer(c, 422, 'booking.series.invalid', PROBLEM_TYPES.validation, { message: outcome.message });
    const locale = c.get('locale') as Locale;
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        seriesId: outcome.seriesId,
        manageCode: outcome.manageCode,
        accepted: outcome.accepted.map(bookingView),
        rejected: outcome.rejected.map((r) => ({ ...r, detail: bookingViolationText(locale, { rule: r.rule as BookingViolation['rule'], params: r.params, pointer: '/start' }) })),
      },
      201,
    );
  }

  app.post(`${P.bookings.replace('/bookings', '/series')}`, deps.bookLimit, jsonBody(SeriesRequestSchema), async (c) => {
    const body = c.req.valid('json');
    return seriesAnswer(c, body, null, body.resourceId);
  });

  const codeOf = (c: Ctx) => c.req.header('Manage-Code') ?? '';
  const manageLimit = deps.manageLimit ?? (async (_c: Ctx, next: () => Promise<void>) => next());

  app.get(`${P.bookings}/:bookingId`, manageLimit, pathParams(BookingParam), async (c) => {
    const row = await repository.withCode(c.req.valid('param').bookingId, codeOf(c));
    // A wrong code and a missing booking get the same 404: the answer does not tell whether the id exists.
    if (!row || row === 'badCode') return notFound(c);
    c.header('Cache-Control', 'no-store');
    return c.json(bookingView(row));
  });

  app.get(`${P.bookings}/:bookingId/booking.ics`, manageLimit, pathParams(BookingParam), async (c) => {
    const row = await repository.withCode(c.req.valid('param').bookingId, codeOf(c));
    // A wrong code and a missing booking get the same 404: the answer does not tell whether the id exists.
    if (!row || row === 'badCode') return notFound(c);
    const found = await repository.resourceOf(row.resource_id);
    const locale = c.get('locale') as Locale;
    const text = bookingIcsCalendar({
      method: 'PUBLISH',
      stamp: clock().getTime(),
      events: [
        {
          uid: `${row.id}@kohtaamo`,
          start: Date.parse(row.start_at),
          end: Date.parse(row.end_at),
          summary: found?.resource.name[locale] ?? row.resource_id,
          status: row.status === 'confirmed' ? 'CONFIRMED' : row.status === 'pending' ? 'TENTATIVE' : 'CANCELLED',
          sequence: Number(row.version),
        },
      ],
    });
    return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="varaus.ics"', 'Cache-Control': 'no-store' });
  });

  type Change = Awaited<ReturnType<BookingRepository['cancel']>>;
  function changed(c: Ctx, outcome: Change): Response {
    switch (outcome.kind) {
      case 'notFound':
      case 'badCode':
        return notFound(c);
      case 'deadline':
        return answer(c, 409, 'booking.deadline', BOOKING_PROBLEM_TYPES.deadline);
      case 'state':
        return answer(c, 409, 'booking.state', BOOKING_PROBLEM_TYPES.deadline, { status: outcome.status });
      case 'stale':
        return answer(c, 409, 'booking.stale', BOOKING_PROBLEM_TYPES.conflict);
      case 'violation':
        return refused(c, outcome.violation);
      case 'ok':
        c.header('Cache-Control', 'no-store');
        return c.json(bookingView(outcome.booking));
    }
  }

  app.post(`${P.bookings}/:bookingId/cancel`, manageLimit, pathParams(BookingParam), async (c) => changed(c, await repository.cancel(c.req.valid('param').bookingId, { code: codeOf(c) })));

  app.post(`${P.bookings}/:bookingId/reschedule`, manageLimit, pathParams(BookingParam), jsonBody(RescheduleSchema), async (c) => {
    const body = c.req.valid('json');
    return changed(c, await repository.reschedule(c.req.valid('param').bookingId, { code: codeOf(c) }, Date.parse(body.start), Date.parse(body.end)));
  });

  // The public figures (open data, issue 13): the bookings' times are read on the reader (a
  // string per resource) and the utilisation computed in a worker thread (booking.figures.ts),
  // so neither holds the event loop; the answer is kept until what it reads changes (the
  // module's data version, on both databases: ADR 0071) and sent with an ETag (a 304 to a
  // client that holds it).
  const utilisationOf = deps.utilisation ?? ((job: UtilisationJob) => figuresWorker(db).run(job));
  const keptFigures = createVersionedMemo<{ json: CachedBody; csv: CachedBody }>(db, { maxEntries: 64, version: () => bookingDataVersion(db) });

  async function figures(start: string, months: number) {
    const list: string[] = [];
    let [y, m] = start.split('-').map(Number) as [number, number];
    for (let i = 0; i < months; i++) {
      list.push(`${y}-${String(m).padStart(2, '0')}`);
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
    const fromMs = startOfDay(dayNumber(`${list[0]}-01`));
    const toMs = startOfDay(dayNumber(`${y}-${String(m).padStart(2, '0')}-01`));
    const [reg, booked] = await Promise.all([repository.register(), repository.confirmedTimes(fromMs, toMs)]);
    const { rows } = await utilisationOf({
      spaces: reg.spaces,
      resources: reg.resources.map((r) => ({ id: r.id, spaceIds: r.spaceIds, openingHours: r.openingHours })),
      units: reg.units.map((u) => ({ id: u.id, openingHours: u.openingHours })),
      months: list,
      booked,
    });
    return {
      area: areaFigures(reg.units, reg.spaces),
      utilisation: rows,
      months: list,
      // The names the figures are read by (open data: the register, no personal data).
      units: reg.units.map((u) => ({ id: u.id, name: u.name })),
      spaces: reg.spaces.filter((s) => reg.tree.isLeaf(s.id)).map((s) => ({ id: s.id, unitId: s.unitId, name: s.name, access: s.access, areaM2: s.areaM2, purposes: s.purposes })),
    };
  }

  /** The figures of a period as JSON and as CSV: computed once per period and data version. */
  function keptFiguresOf(q: v.InferOutput<typeof FiguresQuery>) {
    const start = q.from ?? `${clock().getUTCFullYear()}-01`;
    const months = Math.min(36, Math.max(1, Number(q.months)));
    return keptFigures.get(`${start}:${months}`, async () => {
      const f = await figures(start, months);
      const rows: unknown[][] = [['space_id', 'month', 'open_hours', 'booked_hours', 'share']];
      for (const r of f.utilisation) rows.push([r.spaceId, r.month, r.openHours, r.bookedHours, r.share]);
      return { json: cachedBody(JSON.stringify(f)), csv: cachedBody(csv(rows), 'text/csv; charset=utf-8') };
    });
  }

  app.get(P.figures, queryParams(FiguresQuery), async (c) => sendCached(c, (await keptFiguresOf(c.req.valid('query'))).json, CACHE_CONTROL.static));

  app.get(`${P.figures}.csv`, queryParams(FiguresQuery), async (c) => sendCached(c, (await keptFiguresOf(c.req.valid('query'))).csv, CACHE_CONTROL.static));

  finderRoutes(app, { repository, clock });

  // Staff ----------------------------------------------------------------------------------

  app.get(`${S}/bookings`, queryParams(BookingQueueQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const principal = staffOf(c);
    const units = scopesFor(principal.grants, { domain: 'booking', roles: ['handler'], organisation: 'city' });
    const limit = Math.min(100, Math.max(1, Number(q.limit)));
    const day = q.date ? dayNumber(q.date) : null;
    c.header('Cache-Control', 'no-store');
    return c.json(
      await repository.queue({
        units,
        limit,
        ...(q.unit ? { unit: q.unit } : {}),
        ...(q.resource ? { resource: q.resource } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(day !== null ? { from: new Date(startOfDay(day)).toISOString(), to: new Date(startOfDay(day + 1)).toISOString() } : {}),
      }),
    );
  });

  app.get(`${S}/bookings/:bookingId`, pathParams(BookingParam), async (c) => {
    const row = await repository.booking(c.req.valid('param').bookingId);
    if (!row) return notFound(c);
    c.header('Cache-Control', 'no-store');
    c.header('ETag', `"${row.version}"`);
    return c.json(bookingView(row));
  });

  const ifMatch = (c: Ctx): number | undefined => {
    const header = c.req.header('If-Match');
    const n = header ? Number(header.replace(/^W\//, '').replace(/"/g, '')) : NaN;
    return Number.isFinite(n) ? n : undefined;
  };

  app.post(`${S}/bookings/:bookingId/approve`, pathParams(BookingParam), jsonBody(ApproveSchema), async (c) => {
    const version = c.req.valid('json').version ?? ifMatch(c);
    return changed(c, await repository.approve(c.req.valid('param').bookingId, staffOf(c).person.id, version));
  });

  app.post(`${S}/bookings/:bookingId/deny`, pathParams(BookingParam), jsonBody(DenySchema), async (c) => {
    const body = c.req.valid('json');
    return changed(c, await repository.deny(c.req.valid('param').bookingId, staffOf(c).person.id, body.reason, body.version ?? ifMatch(c)));
  });

  app.post(`${S}/bookings/:bookingId/cancel`, pathParams(BookingParam), async (c) => changed(c, await repository.cancel(c.req.valid('param').bookingId, { staff: staffOf(c).person.id })));

  app.post(`${S}/resources/:resourceId/bookings`, pathParams(ResourceParam), idempotencyKey(), jsonBody(v.omit(BookingRequestSchema, ['resourceId'])), async (c) => {
    const body = c.req.valid('json');
    const outcome = await repository.book({
      ...body,
      resourceId: c.req.valid('param').resourceId,
      start: Date.parse(body.start),
      end: Date.parse(body.end),
      lang: body.lang ?? (c.get('locale') as Locale),
      onBehalfBy: staffOf(c).person.id,
    }, idem(c, `POST ${S}/resources/${c.req.valid('param').resourceId}/bookings`));
    return bookAnswer(c, outcome);
  });

  app.post(`${S}/resources/:resourceId/series`, pathParams(ResourceParam), jsonBody(v.omit(SeriesRequestSchema, ['resourceId'])), async (c) => {
    const body = c.req.valid('json');
    const resourceId = c.req.valid('param').resourceId;
    return seriesAnswer(c, { ...body, resourceId }, staffOf(c).person.id, resourceId);
  });

  app.post(`${S}/spaces/:spaceId/blocks`, pathParams(SpaceParam), jsonBody(v.omit(BlockInputSchema, ['spaceId'])), async (c) => {
    const body = c.req.valid('json');
    const start = Date.parse(body.start);
    const end = Date.parse(body.end);
    if (!(end > start) || end - start > 366 * DAY) return answer(c, 422, 'booking.range', PROBLEM_TYPES.validation);
    const outcome = await repository.block({ spaceId: c.req.valid('param').spaceId, start, end, reason: body.reason, by: staffOf(c).person.id });
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'conflict') return answer(c, 409, 'booking.block.conflict', BOOKING_PROBLEM_TYPES.conflict);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: outcome.id }, 201);
  });

  app.get(`${S}/blocks`, queryParams(BlockListQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const day = dayNumber(q.date);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await repository.blocksOf(q.unit, startOfDay(day), startOfDay(day + 1)) });
  });

  app.delete(`${S}/blocks/:blockId`, pathParams(BlockParam), async (c) => {
    if (!(await repository.unblock(c.req.valid('param').blockId))) return notFound(c);
    return c.body(null, 204);
  });

  app.put(`${S}/units/:unitId`, pathParams(UnitParam), jsonBody(UnitRegisterSchema), async (c) => {
    const body = c.req.valid('json');
    const unitId = c.req.valid('param').unitId;
    const outcome = await upsertUnitRegister(db, unitId, body, clock());
    if (outcome !== 'ok') {
      return problem(c, { status: 422, type: PROBLEM_TYPES.validation, title: t(c.get('locale'), 'problem.validation.title'), errors: [{ pointer: outcome.pointer, code: 'common.invalid', detail: outcome.detail }] });
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ unitId });
  });

  roundRoutes(app, { db, repository, clock, bookLimit: deps.bookLimit });

  return app;
}
