import {
  BoardQuerySchema,
  StaffOpportunityQuerySchema,
  ManageCodeSchema,
  OpportunityInputSchema,
  OverlapRequestSchema,
  PROBLEM_TYPES,
  SeatHoldRequestSchema,
  ShiftMessageSchema,
  ShiftInputSchema,
  SignupChangeSchema,
  SignupSubmissionSchema,
  StaffSignupChangeSchema,
  TalkootDecisionRequestSchema,
  TalkootProposalSubmissionSchema,
  taskOfOpportunity,
  VOLUNTEERING_PATHS,
  VOLUNTEERING_PROBLEM_TYPES,
  versionETag,
  type Opportunity,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as v from 'valibot';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { problem, t } from '../http/problem.js';
import { fieldProblem, jsonBody, pathParams, queryParams } from '../http/validation.js';
import type { PolicyTable, StaffEnv } from '../platform/auth/policy.js';
import { cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import type { VersionedMemo } from '../platform/versioned-memo.js';
import { decodeStaffOpportunityCursor, InvalidBoardCursorError, type VolunteeringRepository } from './volunteering.repository.js';

const P = VOLUNTEERING_PATHS;
const S = P.staff;
const ORG = `${S}/organisations/:organisationId`;
const CITY = 'city';

export interface VolunteeringRouteDeps {
  readonly repository: VolunteeringRepository;
  readonly publicUrl: string;
  readonly holdMinutes: number;
  readonly signupLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  readonly proposalLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  /** Whether the platform sends mail (SMTP_URL); without it mails wait in the outbox. */
  readonly smtpConfigured: boolean;
  /** The public figures' answer, kept until the data change (platform/versioned-memo.ts). */
  readonly kept: VersionedMemo<CachedBody>;
}

type Ctx = Context<AppEnv>;
const id = v.pipe(v.string(), v.regex(/^[a-z]{1,4}-?[0-9a-zA-Z-]{1,64}$/, 'common.invalid'));
const ShiftParam = v.object({ shiftId: id });
const HoldParam = v.object({ holdId: id });
const OpportunityParam = v.object({ opportunityId: id });
const CodeParam = v.object({ code: ManageCodeSchema });
const OrgParam = v.object({ organisationId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)) });
const OrgOpportunityParam = v.object({ ...OrgParam.entries, opportunityId: id });
const OrgShiftParam = v.object({ ...OrgParam.entries, shiftId: id });
const OrgSignupParam = v.object({ ...OrgParam.entries, signupId: id });

function answer(c: Ctx, status: ContentfulStatusCode, code: string, type: string, params?: Record<string, string | number>): Response {
  const locale = c.get('locale');
  return problem(c, { status, type, title: t(locale, code, params), detail: t(locale, code, params), code });
}
const notFound = (c: Ctx) => answer(c, 404, 'problem.notFound.title', PROBLEM_TYPES.notFound);
export const notFoundProblem = notFound;
/** A shift's or opportunity's edit named no version (If-Match): 428. */
const versionRequired = (c: Ctx) => answer(c, 428, 'staff.preconditionRequired', PROBLEM_TYPES.versionRequired);
/** Another coordinator saved the shift or opportunity after this edit's version: 412, with the current version's ETag (ADR 0060). */
function stale(c: Ctx, version: number, code: 'volunteering.shift.stale' | 'volunteering.opportunity.stale'): Response {
  const locale = c.get('locale');
  return problem(c, { status: 412, type: PROBLEM_TYPES.staleVersion, title: t(locale, code), detail: t(locale, code), code, headers: { ETag: versionETag(version) } });
}
const closed = (c: Ctx) => answer(c, 409, 'volunteering.closed', VOLUNTEERING_PROBLEM_TYPES.closed);
const full = (c: Ctx) => answer(c, 409, 'volunteering.full', VOLUNTEERING_PROBLEM_TYPES.full);
const unknownCode = (c: Ctx) => answer(c, 404, 'volunteering.code.invalid', VOLUNTEERING_PROBLEM_TYPES.unknownCode);
const tooLarge = (c: Ctx, max: number) => fieldProblem(c, [{ pointer: '#/groupSize', code: 'volunteering.group.tooLarge', params: { max } }]);
const staffName = (c: Ctx) => (c as unknown as Context<StaffEnv>).get('principal')?.person.name ?? 'staff';

/**
 * Who may call the staff routes (ADR 0015, ADR 0026): a coordinator of volunteering in the
 * organisation the path names. An association's coordinators reach only their own
 * organisation's path; the city's path ("city") covers every organisation's opportunities, so
 * the city sees all through the same grant check. A route naming an item checks the grant's
 * scope against the item's opportunity, and the handler answers 404 for an item of another
 * organisation. Talkoot proposals are the city's.
 */
export function volunteeringPolicies(repository: VolunteeringRepository): PolicyTable {
  const coordinator = { access: 'grant', domain: 'volunteering', roles: ['coordinator'], organisation: { param: 'organisationId' } } as const;
  const O = `${S}/organisations/{organisationId}`;
  return {
    [`GET ${O}/opportunities`]: { ...coordinator, scope: 'any' },
    [`POST ${O}/opportunities`]: { ...coordinator, scope: 'all' },
    [`PUT ${O}/opportunities/{opportunityId}`]: { ...coordinator, scope: { param: 'opportunityId' } },
    [`POST ${O}/opportunities/{opportunityId}/shifts`]: { ...coordinator, scope: { param: 'opportunityId' } },
    [`GET ${O}/opportunities/{opportunityId}/signups.csv`]: { ...coordinator, scope: { param: 'opportunityId' } },
    [`GET ${O}/shifts/{shiftId}/signups`]: { ...coordinator, scope: { item: (c) => repository.scopeOfShift(c.req.param('shiftId') ?? '') } },
    [`PATCH ${O}/signups/{signupId}`]: { ...coordinator, scope: { item: (c) => repository.scopeOfSignup(c.req.param('signupId') ?? '') } },
    [`PUT ${O}/shifts/{shiftId}`]: { ...coordinator, scope: { item: (c) => repository.scopeOfShift(c.req.param('shiftId') ?? '') } },
    [`POST ${O}/shifts/{shiftId}/messages`]: { ...coordinator, scope: { item: (c) => repository.scopeOfShift(c.req.param('shiftId') ?? '') } },
    [`GET ${O}/outbox`]: { ...coordinator, scope: 'any' },
    [`GET ${S}/proposals`]: { access: 'grant', domain: 'volunteering', roles: ['coordinator'], organisation: CITY, scope: 'all' },
    [`POST ${S}/proposals/decisions`]: { access: 'grant', domain: 'volunteering', roles: ['coordinator'], organisation: CITY, scope: 'all' },
  };
}

/** CSV (RFC 4180) with a BOM so spreadsheet programs read UTF-8; cells that could start a formula are quoted with a leading apostrophe. */
export function csv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cell = (value: string | number | boolean | null) => {
    let s = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The volunteering API. Public, under /api/v1/volunteering:
 * - GET    /opportunities?organisation=&theme=&area=&from=&to=&under18=&english=&remote=&limit=&cursor=
 *                                                   the board (local + vapaaehtoistyo.fi), paged by cursor (ADR 0081)
 * - GET    /opportunities/{opportunityId}, /shifts/{shiftId}
 * - POST   /shifts/{shiftId}/holds { seats }         holds seats while the form is filled in
 * - POST   /holds/{holdId}/release
 * - POST   /shifts/{shiftId}/signups                 (Idempotency-Key) → 201 receipt with the manage code, once
 * - GET / PATCH /signups/{code}, POST /signups/{code}/cancel   the manage link: see, change group size, cancel
 *   (POST, not DELETE: an association's page calls cross-origin, and the platform's CORS allows GET, POST and PATCH)
 * - POST   /signups/overlaps { shiftId, codes }      the person's own overlapping sign-ups
 * - POST   /proposals                                a talkoot proposal (Idempotency-Key)
 * - GET    /figures                                  volunteers, hours, talkoot per area and month (open data)
 * - GET    /export/vapaaehtoistyo                    our opportunities in the portal's task shape
 * Staff: see `volunteeringPolicies`.
 */
export function volunteeringRoutes(deps: VolunteeringRouteDeps): Hono<AppEnv> {
  const { repository } = deps;
  const app = new Hono<AppEnv>();

  app.get(P.opportunities, queryParams(BoardQuerySchema), async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    let page;
    try {
      page = await repository.board(filter, { limit: limit ? Number(limit) : 50, cursor });
    } catch (error) {
      if (error instanceof InvalidBoardCursorError) return fieldProblem(c, [{ pointer: '#/cursor', code: 'common.invalid' }]);
      throw error;
    }
    c.header('Cache-Control', 'no-cache');
    return c.json(page);
  });

  app.get(`${P.opportunities}/:opportunityId`, pathParams(OpportunityParam), async (c) => {
    const o = await repository.opportunity(c.req.valid('param').opportunityId);
    if (!o) return notFound(c);
    c.header('Cache-Control', 'no-cache');
    return c.json(o);
  });

  app.get(`${P.shifts}/:shiftId`, pathParams(ShiftParam), async (c) => {
    const s = await repository.shift(c.req.valid('param').shiftId);
    if (!s) return notFound(c);
    c.header('Cache-Control', 'no-store');
    return c.json(s);
  });

  app.post(`${P.shifts}/:shiftId/holds`, deps.signupLimit, pathParams(ShiftParam), jsonBody(SeatHoldRequestSchema), async (c) => {
    const outcome = await repository.hold(c.req.valid('param').shiftId, c.req.valid('json').seats);
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c);
      case 'closed':
        return closed(c);
      case 'full':
        return full(c);
      case 'tooLarge':
        return fieldProblem(c, [{ pointer: '#/seats', code: 'volunteering.group.tooLarge', params: { max: outcome.max } }]);
      case 'held':
        return c.json(outcome.hold, 201);
    }
  });

  app.post('/api/v1/volunteering/holds/:holdId/release', pathParams(HoldParam), async (c) => {
    await repository.release(c.req.valid('param').holdId);
    return c.json({ released: true });
  });

  app.post(`${P.shifts}/:shiftId/signups`, deps.signupLimit, pathParams(ShiftParam), idempotencyKey(), jsonBody(SignupSubmissionSchema), async (c) => {
    const { shiftId } = c.req.valid('param');
    const key = c.get('idempotencyKey');
    const outcome = await repository.signUp(shiftId, c.req.valid('json'), key === null ? null : { scope: `POST ${P.shifts}/${shiftId}/signups`, key, hash: requestHash(c.get('jsonInput')) });
    if (outcome.kind === 'mismatch') return answer(c, 422, 'problem.idempotencyMismatch.title', PROBLEM_TYPES.idempotencyMismatch);
    if (outcome.kind === 'replay') return c.body(outcome.response.body, outcome.response.status as ContentfulStatusCode, { 'Content-Type': 'application/json' });
    const result = outcome.result;
    switch (result.kind) {
      case 'notFound':
        return notFound(c);
      case 'closed':
        return closed(c);
      case 'full':
        return full(c);
      case 'holdExpired':
        return answer(c, 409, 'volunteering.holdExpired', VOLUNTEERING_PROBLEM_TYPES.holdExpired);
      case 'invalid':
        return fieldProblem(c, result.errors);
      case 'signed':
        c.header('Cache-Control', 'no-store');
        return c.json(result.receipt, 201);
    }
  });

  app.post(`${P.signups}/overlaps`, jsonBody(OverlapRequestSchema), async (c) => {
    const { shiftId, codes } = c.req.valid('json');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await repository.overlaps(shiftId, codes) });
  });

  app.get(`${P.signups}/:code`, pathParams(CodeParam), async (c) => {
    const receipt = await repository.byCode(c.req.valid('param').code);
    if (!receipt) return unknownCode(c);
    c.header('Cache-Control', 'no-store');
    return c.json(receipt);
  });

  app.patch(`${P.signups}/:code`, pathParams(CodeParam), jsonBody(SignupChangeSchema), async (c) => {
    const outcome = await repository.change(c.req.valid('param').code, c.req.valid('json').groupSize);
    if (outcome.kind === 'unknown') return unknownCode(c);
    if (outcome.kind === 'closed') return closed(c);
    if (outcome.kind === 'full') return full(c);
    if (outcome.kind === 'tooLarge') return tooLarge(c, outcome.max);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.receipt);
  });

  app.post(`${P.signups}/:code/cancel`, pathParams(CodeParam), async (c) => {
    const outcome = await repository.cancel(c.req.valid('param').code);
    if (outcome.kind === 'unknown') return unknownCode(c);
    if (outcome.kind === 'closed') return closed(c);
    if (outcome.kind === 'full') return full(c);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.receipt);
  });

  app.post(P.proposals, deps.proposalLimit, idempotencyKey(), jsonBody(TalkootProposalSubmissionSchema), async (c) => {
    const key = c.get('idempotencyKey');
    const outcome = await repository.propose(c.req.valid('json'), key === null ? null : { scope: `POST ${P.proposals}`, key, hash: requestHash(c.get('jsonInput')) });
    if (outcome.kind === 'mismatch') return answer(c, 422, 'problem.idempotencyMismatch.title', PROBLEM_TYPES.idempotencyMismatch);
    return c.body(outcome.response.body, outcome.response.status as ContentfulStatusCode, { 'Content-Type': 'application/json' });
  });

  // Open data over every sign-up: computed off the event loop (the repository's reader), kept
  // until the data change, sent with an ETag (a 304 to a client that holds it).
  app.get(P.figures, async (c) =>
    sendCached(c, await deps.kept.get('figures', async () => cachedBody(JSON.stringify({ items: await repository.figures() }))), 'public, max-age=300'),
  );

  app.get(P.export, async (c) => {
    // The board's pages, up to 1,000 opportunities (as the board itself was capped before ADR 0081).
    const items: Opportunity[] = [];
    let page = await repository.board({}, { limit: 100 });
    items.push(...page.items);
    while (page.next && items.length < 1000) {
      page = await repository.board({}, { limit: 100, cursor: page.next });
      items.push(...page.items);
    }
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({
      data: items.filter((o) => o.source === 'local').map((o) => taskOfOpportunity(o, { url: `${deps.publicUrl}${P.opportunities}/${o.id}` })),
    });
  });

  // ── staff ──

  /** The opportunity if it belongs to the path's organisation (the city's path: any). */
  async function ownOpportunity(organisation: string, opportunityId: string) {
    const owner = await repository.organisationOf(opportunityId);
    return owner !== null && (organisation === CITY || owner === organisation) ? owner : null;
  }

  // Newest first, in keyset pages (`?limit=` 1-200, default 50; `?cursor=` the page before's `next`).
  app.get(`${ORG}/opportunities`, pathParams(OrgParam), queryParams(StaffOpportunityQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const after = query.cursor !== undefined ? decodeStaffOpportunityCursor(query.cursor) : undefined;
    if (after === null) return fieldProblem(c as unknown as Context<AppEnv>, [{ pointer: '#/cursor', code: 'common.invalid' }]);
    return c.json(await repository.staffOpportunities(c.req.valid('param').organisationId, { limit: query.limit, after }));
  });

  app.post(`${ORG}/opportunities`, pathParams(OrgParam), jsonBody(OpportunityInputSchema), async (c) => {
    return c.json(await repository.createOpportunity(c.req.valid('param').organisationId, c.req.valid('json')), 201);
  });

  app.put(`${ORG}/opportunities/:opportunityId`, pathParams(OrgOpportunityParam), jsonBody(OpportunityInputSchema), async (c) => {
    const { organisationId, opportunityId } = c.req.valid('param');
    if (!(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    const outcome = await repository.updateOpportunity(opportunityId, c.req.valid('json'), c.req.header('If-Match'));
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'versionRequired') return versionRequired(c);
    if (outcome.kind === 'stale') return stale(c, outcome.version, 'volunteering.opportunity.stale');
    c.header('Cache-Control', 'no-store');
    c.header('ETag', versionETag(outcome.opportunity.version));
    return c.json(outcome.opportunity);
  });

  app.post(`${ORG}/opportunities/:opportunityId/shifts`, pathParams(OrgOpportunityParam), jsonBody(ShiftInputSchema), async (c) => {
    const { organisationId, opportunityId } = c.req.valid('param');
    if (!(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    return c.json(await repository.addShift(opportunityId, c.req.valid('json')), 201);
  });

  app.put(`${ORG}/shifts/:shiftId`, pathParams(OrgShiftParam), jsonBody(ShiftInputSchema), async (c) => {
    const { organisationId, shiftId } = c.req.valid('param');
    const opportunityId = await repository.scopeOfShift(shiftId);
    if (!opportunityId || !(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    const outcome = await repository.updateShift(shiftId, c.req.valid('json'), c.req.header('If-Match'));
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'versionRequired') return versionRequired(c);
    if (outcome.kind === 'stale') return stale(c, outcome.version, 'volunteering.shift.stale');
    if (outcome.kind === 'closed') return closed(c);
    if (outcome.kind === 'invalid') return fieldProblem(c, outcome.errors);
    c.header('Cache-Control', 'no-store');
    c.header('ETag', versionETag(outcome.shift.version));
    return c.json(outcome.shift);
  });

  app.get(`${ORG}/opportunities/:opportunityId/signups.csv`, pathParams(OrgOpportunityParam), async (c) => {
    const { organisationId, opportunityId } = c.req.valid('param');
    if (!(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    const rows = await repository.signupsOfOpportunity(opportunityId);
    const body = csv([
      ['shift_start', 'shift_end', 'status', 'position', 'name', 'email', 'phone', 'group_size', 'age', 'role', 'guardian', 'checked_in', 'hours', 'hours_approved', 'record_extract_seen_at', 'record_extract_seen_by', 'signed_up_at'],
      ...rows.map((r) => [r.startsAt, r.endsAt, r.status, r.position ?? null, r.name, r.email, r.phone, r.groupSize, r.age, r.role, r.guardianName, r.checkedIn, r.hours, r.hoursApproved, r.recordCheck?.seenAt ?? null, r.recordCheck?.seenBy ?? null, r.createdAt]),
    ]);
    return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="ilmoittautuneet-${opportunityId}.csv"`, 'Cache-Control': 'no-store' });
  });

  app.get(`${ORG}/shifts/:shiftId/signups`, pathParams(OrgShiftParam), async (c) => {
    const { organisationId, shiftId } = c.req.valid('param');
    const opportunityId = await repository.scopeOfShift(shiftId);
    if (!opportunityId || !(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    const items = await repository.staffSignups(shiftId);
    return c.json({ items, total: items.length });
  });

  app.patch(`${ORG}/signups/:signupId`, pathParams(OrgSignupParam), jsonBody(StaffSignupChangeSchema), async (c) => {
    const { organisationId, signupId } = c.req.valid('param');
    const opportunityId = await repository.scopeOfSignup(signupId);
    if (!opportunityId || !(await ownOpportunity(organisationId, opportunityId))) return notFound(c);
    const updated = await repository.updateSignup(signupId, c.req.valid('json'), staffName(c));
    if (updated === 'recordCheckNotRequired') return fieldProblem(c, [{ pointer: '#/recordCheckSeen', code: 'volunteering.recordCheck.notRequired' }]);
    return updated ? c.json(updated) : notFound(c);
  });

  app.post(`${ORG}/shifts/:shiftId/messages`, pathParams(OrgShiftParam), jsonBody(ShiftMessageSchema), async (c) => {
    const { organisationId, shiftId } = c.req.valid('param');
    const opportunityId = await repository.scopeOfShift(shiftId);
    const owner = opportunityId ? await ownOpportunity(organisationId, opportunityId) : null;
    if (!owner) return notFound(c);
    const message = c.req.valid('json');
    const names = await repository.organisationNames();
    const queued = await repository.messageShift(shiftId, message, names.get(owner) ?? owner);
    return c.json({ queued, smtpConfigured: deps.smtpConfigured }, 201);
  });

  app.get(`${ORG}/outbox`, pathParams(OrgParam), async (c) => {
    const items = await repository.outbox(c.req.valid('param').organisationId);
    c.header('Cache-Control', 'no-store');
    return c.json({ items, total: items.length, smtpConfigured: deps.smtpConfigured });
  });

  app.get(`${S}/proposals`, async (c) => {
    const items = await repository.proposals();
    return c.json({ items, total: items.length });
  });

  app.post(`${S}/proposals/decisions`, jsonBody(TalkootDecisionRequestSchema), async (c) => {
    const { proposal, decision } = c.req.valid('json');
    const outcome = await repository.decide(proposal, decision, staffName(c));
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'decided') return answer(c, 409, 'volunteering.proposal.decided', PROBLEM_TYPES.invalidTransition);
    if (outcome.kind === 'expired') return answer(c, 409, 'volunteering.proposal.expired', PROBLEM_TYPES.invalidTransition);
    return c.json(outcome.proposal);
  });

  return app;
}
