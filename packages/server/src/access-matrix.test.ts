/**
 * The grant matrix (issue 6, ADR 0015): every protected route of /openapi.json is called with
 * no credentials, a malformed one, an expired one, a revoked one, a disabled person's, a grant
 * of another organisation, a grant of another scope, and the right grant. A route that answers
 * 2xx where it must refuse fails the test, and so does a protected route without a policy.
 * Runs on SQLite and PostgreSQL like the rest of the suite.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_PATHS, STAFF_IDENTITY_PATHS } from '@kohtaamo/core';
import { createBookingRepository } from './booking/booking.repository.js';
import { seedBookingDemo } from './booking/booking.seed.js';
import { seedBudgetingDemo } from './budgeting/budgeting.seed.js';
import { seedDemo } from './feedback/feedback.seed.js';
import { seedSurveysDemo } from './surveys/surveys.seed.js';
import { DEMO_IDS, seedVolunteeringDemo } from './volunteering/volunteering.seed.js';
import { DEMO_CITY } from './platform/platform.config.js';
import { issueCredential, revokeCredential } from './platform/auth/credentials.js';
import { addGrant } from './platform/auth/grants.js';
import { addOrganisation } from './platform/auth/organisations.js';
import { policiesOf, STAFF_PATH_PREFIXES, type RoutePolicy } from './platform/auth/policy.js';
import { addPerson } from './platform/staff/staff.repository.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';
import { postJson, startTestServer, validSubmission, type TestServer } from './testing/test-server.js';

let database: TestDatabase;
let server: TestServer;
let reportId: string;
let roundId: string;
let surveyRoundId: string;
let volunteerSignupId: string;
let bookingId: string;
let blockId: string;
const seasonRoundId = 'r000000000000abcd';

/** The organisation a route is about when it names one, and another one. */
const ASSOCIATION = 'heinolan-latu';
const OTHER_ASSOCIATION = 'vierumaen-kyla';

/**
 * What each module's item-scoped routes need: values for the path parameters, and the scope
 * and organisation of the item they name. A new module with protected routes adds its entry.
 */
const fixtures = (): { params: Record<string, string>; itemScope: Record<string, { scope: string; otherScope: string; query: string }> } => ({
  params: { id: reportId, photoId: randomUUID(), imageId: randomUUID(), organisationId: ASSOCIATION, roundId, budgetId: `${roundId}-keskusta`, proposalId: 'pdemo0000001', surveyId: 'heinola-resident-survey', surveyRoundId, version: '1', indicatorId: 'overall-satisfied', opportunityId: DEMO_IDS.skiTrack, shiftId: DEMO_IDS.skiShift, signupId: volunteerSignupId, bookingId, blockId, seasonRoundId, resourceId: 'library-room-1', spaceId: 'library-room-2', unitId: 'library' },
  // The report `id` is in the category streets; a list filtered by `?category=` names its scope.
  // A budgeting route names its round: the round id is the scope of an officer's grant.
  itemScope: {
    feedback: { scope: 'streets', otherScope: 'library', query: 'category' },
    budgeting: { scope: roundId, otherScope: 'another-round', query: 'round' },
    surveys: { scope: 'heinola-resident-survey', otherScope: 'another-survey', query: 'survey' },
    // A volunteering route names an item of an opportunity: its id is the scope of a coordinator's grant.
    volunteering: { scope: DEMO_IDS.skiTrack, otherScope: 'another-opportunity', query: 'opportunity' },
    // A booking route names a booking, resource, space, block or unit of the library: the unit is the scope.
    booking: { scope: 'library', otherScope: 'school', query: 'unit' },
  },
});

/** Routes any signed-in person may call, whatever their grants: the rest need a grant. */
const SIGNED_IN_ONLY = new Set([`GET ${STAFF_IDENTITY_PATHS.me}`, `POST ${STAFF_IDENTITY_PATHS.logout}`]);

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedDemo(db);
  roundId = await seedBudgetingDemo(db, DEMO_CITY, new Date());
  surveyRoundId = await seedSurveysDemo(db, new Date());
  const bookings = createBookingRepository({ db, kind: database.kind, clock: () => new Date(), secret: 'matrix', publicUrl: null, cityName: DEMO_CITY.name });
  await seedBookingDemo(db, bookings, DEMO_CITY, new Date());
  bookingId = (await db.selectFrom('booking_bookings').select('id').where('unit_id', '=', 'library').orderBy('id').executeTakeFirstOrThrow()).id;
  const block = await bookings.block({ spaceId: 'library-room-2', start: Date.now() + 200 * 86_400_000, end: Date.now() + 201 * 86_400_000, reason: 'matrix', by: null });
  assert.equal(block.kind, 'ok');
  blockId = (block as { id: string }).id;
  // A seasonal application round of the library (ADR 0040).
  await db.insertInto('booking_rounds').values({ id: seasonRoundId, unit_id: 'library', name: 'matrix', period_start: '2099-01-01', period_end: '2099-02-01', deadline_at: '2098-12-01T00:00:00.000Z', status: 'open', created_by: null, created_at: new Date().toISOString(), allocated_by: null, allocated_at: null }).execute();
  await addOrganisation(db, { id: ASSOCIATION, name: 'Heinolan Latu ry', kind: 'association' });
  await addOrganisation(db, { id: OTHER_ASSOCIATION, name: 'Vierumäen kyläyhdistys', kind: 'association' });
  await seedVolunteeringDemo(db, DEMO_CITY, new Date());
  volunteerSignupId = 'u-matrix-signup';
  await db
    .insertInto('volunteering_signups')
    .values({ id: volunteerSignupId, shift_id: DEMO_IDS.skiShift, status: 'attending', group_size: 1, queued_at: new Date().toISOString(), queue_no: 1, name: 'M', email: 'm@example.fi', phone: '', age: 30, role_id: null, guardian_name: '', guardian_consent_at: null, lang: 'fi', manage_code_hash: null, sequence: 0, checked_in: 0, hours: null, hours_approved: 0, record_seen_at: null, record_seen_by: null, anonymised_at: null, created_at: new Date().toISOString(), updated_at: new Date().toISOString() })
    .execute();
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
  const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ category: 'streets' }));
  assert.equal(response.status, 201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  reportId = (await db.selectFrom('feedback').select('id').where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow()).id;
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

type Operation = { method: string; path: string; secured: boolean; query: string[] };

async function operations(): Promise<Operation[]> {
  const document = (await (await fetch(server.at('/openapi.json'))).json()) as {
    paths: Record<string, Record<string, { security?: unknown[]; parameters?: { name?: string; in?: string }[] }>>;
  };
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const query = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.name).map((p) => p.name!);
      result.push({ method: method.toUpperCase(), path, secured: (operation.security ?? []).length > 0, query });
    }
  }
  return result;
}

type GrantSpec = { organisation: string; domain: string; scope: string; role: string };

/** A new person with these grants and a live credential of theirs. */
async function personWith(grants: readonly GrantSpec[], options: { disabled?: boolean } = {}): Promise<{ id: string; token: string }> {
  const db = database.handle.db;
  const person = await addPerson(db, { name: 'Matrix', email: `${randomUUID()}@matrix.example` });
  for (const grant of grants) await addGrant(db, { ...grant, personId: person.id, source: 'admin' });
  const token = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
  if (options.disabled) await db.updateTable('staff_users').set({ disabled_at: new Date().toISOString() }).where('id', '=', person.id).execute();
  return { id: person.id, token };
}

type Case = { name: string; headers: Record<string, string>; refuse: 401 | 403 | null; query?: Record<string, string> };

/**
 * The callers of one route: who must be refused, and with what. The right grant is read from the
 * route's policy (its domain, role and organisation); which callers must be refused is NOT: a
 * route that names an item of a module (a path parameter other than the organisation) or
 * filters by its scope (the fixture's query parameter, when the OpenAPI operation has it) must
 * refuse a grant of another scope, and every route but SIGNED_IN_ONLY must refuse a grant of
 * another organisation, whatever its policy says.
 */
async function casesFor(op: Operation, owner: string, policy: Exclude<RoutePolicy, { access: 'public' }>): Promise<Case[]> {
  const key = `${op.method} ${op.path}`;
  const { params, itemScope } = fixtures();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const item = itemScope[owner];
  const namesItem = /\{(?!organisationId\})\w+\}/.test(op.path);
  const filters = item !== undefined && op.query.includes(item.query);
  if (namesItem || filters) assert.ok(item, `${owner} needs an item fixture in access-matrix.test.ts for ${key}`);
  let right: GrantSpec;
  let otherOrg: GrantSpec | null = null;
  let otherScope: GrantSpec | null = null;
  let query: Record<string, string> = {};
  if (SIGNED_IN_ONLY.has(key)) {
    assert.equal(policy.access, 'signed-in', `${key} is for any signed-in person`);
    right = { organisation: ASSOCIATION, domain: 'nothing', scope: '*', role: 'nobody' }; // any person will do
  } else {
    assert.equal(policy.access, 'grant', `${key} must need a grant`);
    if (policy.access !== 'grant') throw new Error('unreachable');
    const organisation = typeof policy.organisation === 'string' ? policy.organisation : params[policy.organisation.param]!;
    const domain = policy.domain === '*' ? 'platform' : policy.domain;
    const role = policy.roles[0]!;
    let scope = item?.scope ?? 'some-part';
    let wrongScope: string | null = null;
    if (namesItem || filters) {
      wrongScope = item!.otherScope;
      if (filters) query = { [item!.query]: item!.scope };
    } else if (policy.scope === 'all') {
      scope = '*';
      wrongScope = 'some-part';
    } else if (typeof policy.scope === 'object' && 'param' in policy.scope) {
      scope = params[policy.scope.param]!;
      wrongScope = `not-${scope}`;
    }
    right = { organisation, domain, scope, role };
    otherOrg = { ...right, organisation: organisation === OTHER_ASSOCIATION ? ASSOCIATION : OTHER_ASSOCIATION };
    if (wrongScope !== null) otherScope = { ...right, scope: wrongScope };
  }
  const db = database.handle.db;
  const holder = await personWith([right]);
  const expired = await issueCredential(db, holder.id, 'session', new Date(Date.now() - 1000), new Date(Date.now() - 3600_000));
  const revoked = await issueCredential(db, holder.id, 'token', new Date(Date.now() + 3600_000));
  await revokeCredential(db, revoked);
  const disabled = await personWith([right], { disabled: true });
  const cases: Case[] = [
    { name: 'no credentials', headers: {}, refuse: 401 },
    { name: 'a malformed credential', headers: { Authorization: 'Bearer kst_@@not a token@@' }, refuse: 401 },
    { name: 'an unknown credential', headers: bearer(`kst_${'A'.repeat(43)}`), refuse: 401 },
    { name: 'an expired session (cookie)', headers: { Cookie: `kohtaamo_staff=${expired}` }, refuse: 401 },
    { name: 'an expired session (bearer)', headers: bearer(expired), refuse: 401 },
    { name: 'a revoked token', headers: bearer(revoked), refuse: 401 },
    { name: 'a disabled person’s token', headers: bearer(disabled.token), refuse: 401 },
  ];
  if (otherOrg) cases.push({ name: 'a grant of another organisation', headers: bearer((await personWith([otherOrg])).token), refuse: 403 });
  if (otherScope) cases.push({ name: 'a grant of another scope', headers: bearer((await personWith([otherScope])).token), refuse: 403 });
  cases.push({ name: 'the right grant', headers: bearer(holder.token), refuse: null });
  return cases.map((c) => ({ ...c, query }));
}

function urlOf(path: string, query: Record<string, string>): string {
  const { params } = fixtures();
  const filled = path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    assert.ok(name in params, `no fixture value for the path parameter {${name}} of ${path}`);
    return encodeURIComponent(params[name]!);
  });
  const url = new URL(server.at(filled));
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.href;
}

describe(`the grant matrix over /openapi.json (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('every protected operation has a policy, and every staff path is protected or declared public', async () => {
    const policies = policiesOf(server.app);
    const ops = await operations();
    const problems: string[] = [];
    for (const op of ops) {
      const entry = policies.get(`${op.method} ${op.path}`);
      const staffPath = STAFF_PATH_PREFIXES.some((p) => op.path === p || op.path.startsWith(`${p}/`));
      if (op.secured && (!entry || entry.policy.access === 'public')) problems.push(`${op.method} ${op.path}: protected in OpenAPI, ${entry ? 'public' : 'no'} policy`);
      if (!op.secured && staffPath && entry?.policy.access !== 'public') problems.push(`${op.method} ${op.path}: a staff path without security in OpenAPI and not declared public`);
    }
    assert.deepEqual(problems, []);
    // Every policy of the app is in the document too (nothing protected goes undescribed).
    const described = new Set(ops.map((op) => `${op.method} ${op.path}`));
    assert.deepEqual([...policies.keys()].filter((key) => !described.has(key)), []);
  });

  test('every protected operation refuses all but the right grant', async () => {
    const policies = policiesOf(server.app);
    const protectedOps = (await operations()).filter((op) => op.secured);
    // Not a vacuous pass: the feedback inbox and the platform's own staff routes are all here.
    assert.ok(protectedOps.length >= 13, `only ${protectedOps.length} protected operations`);
    const failures: string[] = [];
    let calls = 0;
    for (const op of protectedOps) {
      const entry = policies.get(`${op.method} ${op.path}`);
      assert.ok(entry && entry.policy.access !== 'public', `${op.method} ${op.path} has no policy`);
      for (const c of await casesFor(op, entry.owner, entry.policy)) {
        const init: RequestInit = { method: op.method, headers: { ...c.headers } };
        if (op.method !== 'GET') {
          init.body = '{}';
          (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
          (init.headers as Record<string, string>)['If-Match'] = '"1"';
        }
        const response = await fetch(urlOf(op.path, c.query ?? {}), init);
        await response.arrayBuffer();
        calls += 1;
        const what = `${op.method} ${op.path} with ${c.name}: ${response.status}`;
        if (c.refuse !== null) {
          if (response.status >= 200 && response.status < 300) failures.push(`${what}, must refuse`);
          else if (response.status !== c.refuse) failures.push(`${what}, expected ${c.refuse}`);
        } else if (response.status === 401 || response.status === 403 || response.status >= 500) {
          failures.push(`${what}, must be let through`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(calls >= protectedOps.length * 8);
  });

  test('a staff route without a policy stops the app from being made', async () => {
    const { Hono } = await import('hono');
    const { createApp } = await import('./app.js');
    const { createFeedbackModule } = await import('./feedback/feedback.module.js');
    const feedback = createFeedbackModule();
    const leaky = { ...feedback, name: 'leaky', mountPaths: ['/api/v1/staff/leaky'], migrations: {}, adminCommands: [], policies: undefined, routes: () => new Hono().get('/api/v1/staff/leaky', (c) => c.json({ secret: true })) };
    assert.throws(
      () => createApp({ db: database.handle, config: { origins: [] }, modules: [leaky as never] }),
      /leaky: GET \/api\/v1\/staff\/leaky has no policy/,
    );
  });
});
