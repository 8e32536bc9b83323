import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import {
  FEEDBACK_PATHS,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  PROBLEM_TYPES,
  ProblemSchema,
  STAFF_PATHS,
  StaffFeedbackDetailSchema,
  StaffFeedbackListSchema,
  type Problem,
  type StaffFeedbackDetail,
} from '@kohtaamo/core';
import { seedDemo } from '../feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../../testing/test-server.js';
import { HEINOLA_UNITS } from './handling.seed.js';
import { sha256Hex } from '../../platform/staff/secrets.js';
import { addStaff, issueToken, revokeTokens } from '../../platform/staff/staff.repository.js';

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();
let adminToken: string;
let streetsToken: string; // a handler of streets and parks
let libraryToken: string; // a handler of the library only
let streetsId: string;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  const db = database.handle.db;
  await addStaff(db, { name: 'Aino Admin', email: 'aino@heinola.example', role: 'admin', categories: [] });
  streetsId = (await addStaff(db, { name: 'Kalle Katu', email: 'kalle@heinola.example', role: 'handler', categories: ['streets', 'parks'] })).id;
  await addStaff(db, { name: 'Liisa Kirjasto', email: 'liisa@heinola.example', role: 'handler', categories: ['library'] });
  adminToken = (await issueToken(db, 'aino@heinola.example')).token;
  streetsToken = (await issueToken(db, 'kalle@heinola.example')).token;
  libraryToken = (await issueToken(db, 'liisa@heinola.example')).token;
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const auth = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status, `status ${response.status}, expected ${status}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const parsed = v.parse(ProblemSchema, await response.json());
  assert.equal(parsed.status, status);
  return parsed;
}

/** Sends a fresh feedback and returns its staff id (found through the admin's inbox). */
async function submit(overrides: Record<string, unknown> = {}): Promise<{ id: string; trackingCode: string; receipt: unknown }> {
  const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(overrides));
  assert.equal(response.status, 201);
  const receipt = v.parse(FeedbackReceiptSchema, await response.json());
  const row = await database.handle.db.selectFrom('feedback').select('id').where('tracking_code', '=', receipt.trackingCode).executeTakeFirstOrThrow();
  return { id: row.id, trackingCode: receipt.trackingCode, receipt };
}

async function getDetail(id: string, token = adminToken): Promise<{ detail: StaffFeedbackDetail; etag: string | null }> {
  const response = await fetch(server.at(STAFF_PATHS.report(id)), { headers: auth(token) });
  assert.equal(response.status, 200);
  return { detail: v.parse(StaffFeedbackDetailSchema, await response.json()), etag: response.headers.get('etag') };
}

function change(path: string, body: unknown, token: string, ifMatch?: string): Promise<Response> {
  return postJson(server.at(path), body, auth(token, ifMatch !== undefined ? { 'If-Match': ifMatch } : {}));
}

describe(`staff API (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a submission starts its history with "received", is routed to its category’s unit, and is acknowledged', async () => {
    const { id, trackingCode, receipt } = await submit({ category: 'parks' });
    const row = await database.handle.db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.unit_id, 'street-green');
    assert.equal(row.first_response_at, null, 'the acknowledgement is not a response');
    const history = await database.handle.db.selectFrom('feedback_history').selectAll().where('feedback_id', '=', id).execute();
    assert.equal(history.length, 1);
    assert.equal(history[0]!.status, 'received');
    assert.equal(history[0]!.at, row.created_at);
    assert.equal(history[0]!.actor_id, null);
    const unit = HEINOLA_UNITS.find((u) => u.id === 'street-green')!;
    assert.deepEqual((receipt as { acknowledgement: unknown }).acknowledgement, unit.acknowledgement);
    const status = v.parse(FeedbackStatusSchema, await (await fetch(server.at(FEEDBACK_PATHS.status(trackingCode)))).json());
    assert.deepEqual(status.history, [{ status: 'received', at: row.created_at }]);
    assert.deepEqual(status.acknowledgement, unit.acknowledgement);
  });

  describe('refusals', () => {
    const routes = (id: string): [string, string][] => [
      ['GET', STAFF_PATHS.me],
      ['GET', STAFF_PATHS.users],
      ['GET', STAFF_PATHS.units],
      ['GET', STAFF_PATHS.inbox],
      ['GET', STAFF_PATHS.report(id)],
      ['POST', STAFF_PATHS.status(id)],
      ['POST', STAFF_PATHS.assignment(id)],
      ['POST', STAFF_PATHS.moderation(id)],
      ['POST', STAFF_PATHS.notes(id)],
      ['GET', STAFF_PATHS.replyTemplates],
    ];

    test('every staff route refuses an anonymous call: 401 problem with a Bearer challenge', async () => {
      const { id } = await submit();
      for (const [method, path] of routes(id)) {
        const response = await fetch(server.at(path), {
          method,
          ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' }, body: '{"status":"allocated"}' } : {}),
        });
        const problem = await problemOf(response, 401);
        assert.equal(problem.type, PROBLEM_TYPES.unauthorized, `${method} ${path}`);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="kohtaamo-staff"', `${method} ${path}`);
      }
      const row = await database.handle.db.selectFrom('feedback').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'received', version: 1 }, 'nothing changed');
      // OPTIONS carries no credentials (a CORS preflight never does): it is not refused.
      const options = await fetch(server.at(STAFF_PATHS.status(id)), { method: 'OPTIONS' });
      assert.equal(options.status, 204);
    });

    test('a wrong, revoked or expired token is refused with error="invalid_token"', async () => {
      const db = database.handle.db;
      await addStaff(db, { name: 'Väliaikainen', email: 'temp@heinola.example', role: 'admin', categories: [] });
      const revoked = (await issueToken(db, 'temp@heinola.example')).token;
      const expired = (await issueToken(db, 'temp@heinola.example', { days: 1, now: new Date(Date.now() - 2 * 86_400_000) })).token;
      const valid = (await issueToken(db, 'temp@heinola.example', { days: 1 })).token;
      assert.equal((await fetch(server.at(STAFF_PATHS.me), { headers: auth(valid) })).status, 200);
      assert.equal(await revokeTokens(db, { token: revoked }), 1);
      for (const token of ['kst_not-a-real-token', revoked, expired]) {
        const response = await fetch(server.at(STAFF_PATHS.me), { headers: auth(token) });
        await problemOf(response, 401);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="kohtaamo-staff", error="invalid_token"');
      }
      const basic = await fetch(server.at(STAFF_PATHS.me), { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
      await problemOf(basic, 401);
    });

    test('only the SHA-256 of a token is stored', async () => {
      const rows = await database.handle.db.selectFrom('staff_tokens').select('token_hash').execute();
      assert.ok(rows.some((r) => r.token_hash === sha256Hex(adminToken)));
      assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash) && r.token_hash !== adminToken));
    });

    test('a handler is refused another category’s report, its changes, and its inbox filter: 403 problem', async () => {
      const { id } = await submit({ category: 'streets' });
      const read = await fetch(server.at(STAFF_PATHS.report(id)), { headers: auth(libraryToken) });
      assert.equal((await problemOf(read, 403)).code, 'staff.forbidden.category');
      for (const [path, body] of [
        [STAFF_PATHS.status(id), { status: 'allocated' }],
        [STAFF_PATHS.assignment(id), { assignTo: 'me' }],
        [STAFF_PATHS.moderation(id), { visibility: 'published' }],
        [STAFF_PATHS.notes(id), { text: 'Ei minun.' }],
      ] as const) {
        const problem = await problemOf(await change(path, body, libraryToken, '"1"'), 403);
        assert.equal(problem.type, PROBLEM_TYPES.forbidden, path);
      }
      const filter = await fetch(server.at(`${STAFF_PATHS.inbox}?category=streets`), { headers: auth(libraryToken) });
      await problemOf(filter, 403);
      const row = await database.handle.db.selectFrom('feedback').select(['status', 'version', 'assigned_to']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'received', version: 1, assigned_to: null });
    });

    test('a handler is refused the admin’s routes and giving a report to someone else: 403 problem', async () => {
      assert.equal((await problemOf(await fetch(server.at(STAFF_PATHS.users), { headers: auth(streetsToken) }), 403)).code, 'staff.forbidden.role');
      const users = await fetch(server.at(STAFF_PATHS.users), { headers: auth(adminToken) });
      assert.equal(users.status, 200);
      const { id } = await submit({ category: 'streets' });
      const me = (await (await fetch(server.at(STAFF_PATHS.me), { headers: auth(libraryToken) })).json()) as { id: string };
      const problem = await problemOf(await change(STAFF_PATHS.assignment(id), { assignTo: me.id }, streetsToken, '"1"'), 403);
      assert.equal(problem.code, 'staff.forbidden.assign');
    });
  });

  test('the inbox: only the handler’s categories, oldest first, with contact details; filters work', async () => {
    const { id } = await submit({ category: 'streets', message: 'Jonon testi: katuvalo rikki.' });
    const response = await fetch(server.at(`${STAFF_PATHS.inbox}?limit=200`), { headers: auth(streetsToken) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const list = v.parse(StaffFeedbackListSchema, await response.json());
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((i) => ['streets', 'parks'].includes(i.category.id)), 'only the handler’s categories');
    const times = list.items.map((i) => i.createdAt);
    assert.deepEqual(times, [...times].sort(), 'oldest first');
    const mine = list.items.find((i) => i.id === id)!;
    assert.equal(mine.hasContact, true);
    assert.equal(mine.unit?.id, 'street-green');
    assert.equal(list.total, list.items.length);

    const all = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?limit=200`), { headers: auth(adminToken) })).json());
    assert.ok(all.items.some((i) => i.category.id === 'library'), 'an admin sees every category');

    const done = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?status=done`), { headers: auth(adminToken) })).json());
    assert.ok(done.items.length > 0 && done.items.every((i) => i.status === 'done'));
    const open = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?state=open&limit=200`), { headers: auth(adminToken) })).json());
    assert.ok(open.items.every((i) => i.status !== 'done' && i.status !== 'rejected'));
    const unit = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?unit=library`), { headers: auth(adminToken) })).json());
    assert.ok(unit.items.length > 0 && unit.items.every((i) => i.unit?.id === 'library'));
    const pending = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?visibility=pending&limit=200`), { headers: auth(adminToken) })).json());
    assert.ok(pending.items.some((i) => i.id === id) && pending.items.every((i) => i.visibility === 'pending'));
    const bad = await fetch(server.at(`${STAFF_PATHS.inbox}?status=lost`), { headers: auth(adminToken) });
    assert.equal((await problemOf(bad, 422)).errors?.[0]?.pointer, '#/status');

    // Assigned to me.
    const { detail } = await getDetail(id, streetsToken);
    assert.equal((await change(STAFF_PATHS.assignment(id), { assignTo: 'me' }, streetsToken, `"${detail.version}"`)).status, 200);
    const assigned = v.parse(StaffFeedbackListSchema, await (await fetch(server.at(`${STAFF_PATHS.inbox}?assigned=me`), { headers: auth(streetsToken) })).json());
    assert.deepEqual(assigned.items.map((i) => i.id), [id]);
    assert.equal(assigned.items[0]!.assignedTo?.id, streetsId);
  });

  test('an admin assigns to a handler of the category; not to one of another category', async () => {
    const { id } = await submit({ category: 'streets' });
    const libraryId = ((await (await fetch(server.at(STAFF_PATHS.me), { headers: auth(libraryToken) })).json()) as { id: string }).id;
    const wrong = await problemOf(await change(STAFF_PATHS.assignment(id), { assignTo: libraryId }, adminToken, '"1"'), 422);
    assert.deepEqual(wrong.errors?.map((e) => [e.pointer, e.code]), [['#/assignTo', 'feedback.handling.assignee.unknown']]);
    const nobody = await problemOf(await change(STAFF_PATHS.assignment(id), { assignTo: 'no-such-user' }, adminToken, '"1"'), 422);
    assert.equal(nobody.errors?.[0]?.pointer, '#/assignTo');
    const ok = await change(STAFF_PATHS.assignment(id), { assignTo: streetsId }, adminToken, '"1"');
    assert.equal(ok.status, 200);
    assert.deepEqual(v.parse(StaffFeedbackDetailSchema, await ok.json()).assignedTo, { id: streetsId, name: 'Kalle Katu' });
    // The handler releases it.
    const released = await change(STAFF_PATHS.assignment(id), { assignTo: null }, streetsToken, '"2"');
    assert.equal(v.parse(StaffFeedbackDetailSchema, await released.json()).assignedTo, null);
  });

  test('the single report carries contact details and its version as an ETag', async () => {
    const { id } = await submit();
    const { detail, etag } = await getDetail(id, streetsToken);
    assert.equal(etag, '"1"');
    assert.equal(detail.version, 1);
    assert.deepEqual(detail.contact, { name: 'Testi Asukas', email: 'testi.asukas@example.fi', phone: '040 765 4321', consent: true });
    assert.deepEqual(detail.nextStatuses, ['allocated', 'in_handling', 'done', 'rejected']);
    await problemOf(await fetch(server.at(STAFF_PATHS.report('no-such-id')), { headers: auth(adminToken) }), 404);
  });

  test('status changes follow the workflow, keep a history with time and handler, and set the response times', async () => {
    const { id, trackingCode } = await submit();
    const allocated = await change(STAFF_PATHS.status(id), { status: 'allocated' }, streetsToken, '"1"');
    assert.equal(allocated.status, 200);
    assert.equal(allocated.headers.get('etag'), '"2"');
    const afterAllocated = v.parse(StaffFeedbackDetailSchema, await allocated.json());
    assert.equal(afterAllocated.status, 'allocated');
    assert.ok(afterAllocated.firstResponseAt !== null, 'the first status change is the first response');
    const firstResponse = afterAllocated.firstResponseAt;

    // A closed report needs a public reply: 422 by the field.
    const noReply = await problemOf(await change(STAFF_PATHS.status(id), { status: 'done' }, streetsToken, '"2"'), 422);
    assert.deepEqual(noReply.errors?.map((e) => [e.pointer, e.code]), [['#/reply', 'feedback.handling.reply.required']]);

    // Backwards is refused: 409 by the field.
    const back = await problemOf(await change(STAFF_PATHS.status(id), { status: 'received' }, streetsToken, '"2"'), 409);
    assert.equal(back.type, PROBLEM_TYPES.invalidTransition);
    assert.equal(back.errors?.[0]?.pointer, '#/status');

    const inHandling = v.parse(StaffFeedbackDetailSchema, await (await change(STAFF_PATHS.status(id), { status: 'in_handling' }, streetsToken, '"2"')).json());
    assert.equal(inHandling.firstResponseAt, firstResponse, 'the first response stays');
    const done = await change(STAFF_PATHS.status(id), { status: 'done', reply: '  Katuvalo korjattiin 12.5.  ' }, adminToken, '"3"');
    assert.equal(done.status, 200);
    const closed = v.parse(StaffFeedbackDetailSchema, await done.json());
    assert.equal(closed.status, 'done');
    assert.ok(closed.closedAt !== null);
    // The closing's derived values, and so the kept counts of the figures (ADR 0043), were
    // written in the closing's own transaction: nothing is left for a stats request to fill.
    const derived = await database.handle.db.selectFrom('feedback').select(['stats_version', 'closed_on', 'close_seconds', 'received_on', 'category_id']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(derived.stats_version !== null && derived.closed_on !== null && derived.close_seconds !== null);
    const kept = await database.handle.db
      .selectFrom('feedback_stats_days')
      .select('n')
      .where('measure', '=', 'c')
      .where('day', '=', derived.received_on!)
      .where('category_id', '=', derived.category_id)
      .where('value', '=', derived.close_seconds!)
      .executeTakeFirst();
    assert.ok(kept !== undefined && Number(kept.n) >= 1, 'the closing is in the kept counts');
    assert.deepEqual(closed.reply?.text, 'Katuvalo korjattiin 12.5.');
    assert.deepEqual(
      closed.history.map((h) => [h.status, h.actor?.name ?? null, h.reply]),
      [
        ['received', null, null],
        ['allocated', 'Kalle Katu', null],
        ['in_handling', 'Kalle Katu', null],
        ['done', 'Aino Admin', 'Katuvalo korjattiin 12.5.'],
      ],
    );
    const times = closed.history.map((h) => h.at);
    assert.deepEqual(times, [...times].sort());

    // The public answer gains the history: statuses and times, never who.
    const publicResponse = await fetch(server.at(FEEDBACK_PATHS.status(trackingCode)));
    const text = await publicResponse.text();
    const status = v.parse(FeedbackStatusSchema, JSON.parse(text));
    assert.deepEqual(status.history?.map((h) => h.status), ['received', 'allocated', 'in_handling', 'done']);
    assert.deepEqual(status.reply?.text, 'Katuvalo korjattiin 12.5.');
    for (const secret of ['Kalle Katu', 'Aino Admin', 'testi.asukas@example.fi', '040 765 4321']) assert.ok(!text.includes(secret), secret);

    // Reopening clears the closing time.
    const reopened = v.parse(StaffFeedbackDetailSchema, await (await change(STAFF_PATHS.status(id), { status: 'in_handling' }, adminToken, '"4"')).json());
    assert.equal(reopened.closedAt, null);
    assert.equal(reopened.firstResponseAt, firstResponse);
  });

  test('a change without If-Match is 428; on an old version 412 with the current ETag', async () => {
    const { id } = await submit();
    const missing = await problemOf(await change(STAFF_PATHS.status(id), { status: 'allocated' }, adminToken), 428);
    assert.equal(missing.type, PROBLEM_TYPES.versionRequired);
    assert.equal((await change(STAFF_PATHS.notes(id), { text: 'Ensimmäinen.' }, adminToken, '"1"')).status, 200);
    const stale = await change(STAFF_PATHS.status(id), { status: 'allocated' }, adminToken, '"1"');
    const problem = await problemOf(stale, 412);
    assert.equal(problem.type, PROBLEM_TYPES.staleVersion);
    assert.equal(stale.headers.get('etag'), '"2"');
    const { detail } = await getDetail(id);
    assert.equal(detail.status, 'received', 'the stale change was not made');
  });

  test('two handlers changing the same version at once: exactly one wins, the other gets 412, nothing is lost silently', async () => {
    const { id } = await submit({ category: 'streets' });
    const [a, b] = await Promise.all([
      change(STAFF_PATHS.status(id), { status: 'in_handling', reply: 'Kalle: tutkitaan.' }, streetsToken, '"1"'),
      change(STAFF_PATHS.status(id), { status: 'rejected', reply: 'Aino: ei kaupungin asia.' }, adminToken, '"1"'),
    ]);
    const statuses = [a.status, b.status].sort();
    assert.deepEqual(statuses, [200, 412]);
    const winner = a.status === 200 ? 'in_handling' : 'rejected';
    const { detail } = await getDetail(id);
    assert.equal(detail.status, winner);
    assert.equal(detail.version, 2);
    assert.equal(detail.history.length, 2, 'one change only, no half-made second one');
  });

  test('internal notes are for staff only and never appear in any public answer', async () => {
    const { id, trackingCode } = await submit({ category: 'streets' });
    const secret = 'SISÄINEN-MUISTIO-7f3a: asukas on naapurin kanssa riidoissa';
    const noted = await change(STAFF_PATHS.notes(id), { text: secret }, streetsToken, '"1"');
    assert.equal(noted.status, 200);
    const detail = v.parse(StaffFeedbackDetailSchema, await noted.json());
    assert.deepEqual(detail.notes.map((n) => [n.text, n.author?.name]), [[secret, 'Kalle Katu']]);
    await change(STAFF_PATHS.moderation(id), { visibility: 'published' }, streetsToken, '"2"');
    await change(STAFF_PATHS.status(id), { status: 'done', reply: 'Korjattu.' }, streetsToken, '"3"');
    const empty = await problemOf(await change(STAFF_PATHS.notes(id), { text: '  ' }, streetsToken, '"4"'), 422);
    assert.equal(empty.errors?.[0]?.pointer, '#/text');

    // Every public answer that could show this feedback.
    const publicPaths = [
      FEEDBACK_PATHS.status(trackingCode),
      '/api/v1/feedback/public',
      '/api/v1/feedback/public?limit=200',
      '/api/v1/feedback/stats',
      '/open311/v2/requests.json',
      '/open311/v2/requests.xml',
      '/open311/v2/requests.json?extensions=true',
      `/open311/v2/requests/${trackingCode}.json?extensions=true`,
      `/open311/v2/requests/${trackingCode}.xml?extensions=true`,
    ];
    let checked = 0;
    for (const path of publicPaths) {
      const response = await fetch(server.at(path));
      const text = await response.text();
      if (response.status === 200) checked++;
      assert.ok(!text.includes('SISÄINEN-MUISTIO-7f3a'), `${path} leaks the note`);
      assert.ok(!text.includes('naapurin kanssa'), `${path} leaks the note`);
    }
    assert.ok(checked >= 1, 'at least the status answer was read');
  });

  test('moderation: publish, redact the public text, hide; photos of the report can be hidden', async () => {
    const { id } = await submit({ message: 'Matti Virtanen, puh 040 111 2222, kertoo: kuoppa Kauppakadulla.' });
    const published = v.parse(StaffFeedbackDetailSchema, await (await change(STAFF_PATHS.moderation(id), { visibility: 'published' }, adminToken, '"1"')).json());
    assert.equal(published.visibility, 'published');
    assert.equal(published.publicMessage, published.message, 'publishing unreviewed text publishes it as written');
    const redacted = v.parse(
      StaffFeedbackDetailSchema,
      await (await change(STAFF_PATHS.moderation(id), { publicMessage: '[nimi poistettu] kertoo: kuoppa Kauppakadulla.' }, adminToken, '"2"')).json(),
    );
    assert.equal(redacted.publicMessage, '[nimi poistettu] kertoo: kuoppa Kauppakadulla.');
    assert.equal(redacted.message, 'Matti Virtanen, puh 040 111 2222, kertoo: kuoppa Kauppakadulla.', 'staff still see the original');
    const hidden = v.parse(StaffFeedbackDetailSchema, await (await change(STAFF_PATHS.moderation(id), { visibility: 'hidden' }, adminToken, '"3"')).json());
    assert.equal(hidden.visibility, 'hidden');
    const nothing = await problemOf(await change(STAFF_PATHS.moderation(id), {}, adminToken, '"4"'), 422);
    assert.equal(nothing.errors?.[0]?.code, 'feedback.handling.moderation.empty');
    const wrongPhoto = await problemOf(await change(STAFF_PATHS.moderation(id), { photos: [{ id: 'no-such-photo', hidden: true }] }, adminToken, '"4"'), 422);
    assert.equal(wrongPhoto.errors?.[0]?.pointer, '#/photos');

    // A photo attached to the report (stored directly: the upload is the resident slice's).
    await database.handle.db
      .insertInto('feedback_photos')
      .values({ id: 'photo-1', feedback_id: id, content_type: 'image/png', byte_size: 1, data: Buffer.from('AA==', 'base64'), sort_order: 0, created_at: new Date().toISOString() } as never)
      .execute();
    const { detail } = await getDetail(id);
    assert.deepEqual(detail.photos.map((p) => [p.id, p.hidden]), [['photo-1', false]]);
    const photoHidden = v.parse(StaffFeedbackDetailSchema, await (await change(STAFF_PATHS.moderation(id), { photos: [{ id: 'photo-1', hidden: true }] }, adminToken, `"${detail.version}"`)).json());
    assert.deepEqual(photoHidden.photos.map((p) => [p.id, p.hidden]), [['photo-1', true]]);
  });

  test('reply templates: general ones and the category’s own, in three languages', async () => {
    const response = await fetch(server.at(`${STAFF_PATHS.replyTemplates}?category=streets`), { headers: auth(streetsToken) });
    const { items } = (await response.json()) as { items: { id: string; category: string | null; text: { fi: string; sv: string; en: string } }[] };
    assert.ok(items.some((t) => t.id === 'winter-maintenance'));
    assert.ok(items.every((t) => t.category === null || t.category === 'streets'));
    assert.ok(items.every((t) => t.text.fi && t.text.sv && t.text.en));
    const library = (await (await fetch(server.at(`${STAFF_PATHS.replyTemplates}?category=library`), { headers: auth(libraryToken) })).json()) as { items: { id: string }[] };
    assert.ok(!library.items.some((t) => t.id === 'winter-maintenance'));
  });

  test('nothing here was logged as an unexpected error', () => {
    assert.deepEqual(logger.entries, []);
  });
});
