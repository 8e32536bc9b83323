/**
 * Followers and photos are limited (issue 8): an email counts once, a report takes at most N
 * followers (also when follows race), and each client may follow and upload only so often.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FEEDBACK_RESIDENT_PATHS, FeedbackReceiptSchema, FollowResultSchema, ProblemSchema, PublicFeedbackListSchema } from '@kohtaamo/core';
import { publishFeedback } from '../testing/feedback-fixtures.js';
import { jpegWithGps } from '../testing/image-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { seedDemo } from './feedback.seed.js';
import { createFeedbackModule, FOLLOW_RATE_SCOPE, PHOTO_RATE_SCOPE } from './feedback.module.js';

const MAX = 5;
let database: TestDatabase;
let server: TestServer;
let limited: TestServer;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  const common = { db: database.handle, config: { origins: [] }, logger: recordingLogger(), modules: [createFeedbackModule({ followersMax: MAX })] } as const;
  server = await startTestServer(common);
  limited = await startTestServer({
    ...common,
    platform: { rateLimitByScope: { [FOLLOW_RATE_SCOPE]: { max: 3, windowSeconds: 3600 }, [PHOTO_RATE_SCOPE]: { max: 2, windowSeconds: 3600 } } },
  });
});

after(async () => {
  await Promise.all([server?.close(), limited?.close()]);
  await database?.cleanup();
});

async function publishedReport(): Promise<string> {
  const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ attributes: { danger: 'no' } }));
  const code = v.parse(FeedbackReceiptSchema, await response.json()).trackingCode;
  await publishFeedback(database.handle.db, code);
  return code;
}

const follow = (target: TestServer, code: string, body: Record<string, unknown> = {}) => postJson(target.at(FEEDBACK_RESIDENT_PATHS.followers(code)), body);

async function publicFollowers(code: string): Promise<number> {
  const list = v.parse(PublicFeedbackListSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?pageSize=100`))).json());
  return list.items.find((item) => item.trackingCode === code)!.followers;
}

describe(`follower and photo limits (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('one email counts once, whatever its case', async () => {
    const code = await publishedReport();
    for (const email of ['Maija.Meikalainen@example.fi', 'maija.meikalainen@example.fi', 'MAIJA.MEIKALAINEN@EXAMPLE.FI']) {
      const response = await follow(server, code, { email });
      assert.equal(response.status, 201);
      assert.equal(v.parse(FollowResultSchema, await response.json()).followers, 1, email);
    }
    assert.equal(await publicFollowers(code), 1);
    const rows = await database.handle.db.selectFrom('feedback_followers as f').innerJoin('feedback', 'feedback.id', 'f.feedback_id').select('f.id').where('feedback.tracking_code', '=', code).execute();
    assert.equal(rows.length, 1);
  });

  test(`a report takes at most ${MAX} followers: the next one gets a 409 problem and the count stays`, async () => {
    const code = await publishedReport();
    for (let i = 1; i <= MAX; i++) assert.equal((await follow(server, code)).status, 201);
    const refused = await follow(server, code, { email: 'yksi.lisaa@example.fi' });
    assert.equal(refused.status, 409);
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(v.parse(ProblemSchema, await refused.json()).code, 'feedback.followers.full');
    assert.equal(await publicFollowers(code), MAX);
  });

  test(`race: ${MAX * 3} follows at once leave exactly ${MAX} followers; one email sent 6 times at once counts once`, async () => {
    const code = await publishedReport();
    const statuses = await Promise.all(Array.from({ length: MAX * 3 }, () => follow(server, code).then((r) => r.status)));
    assert.equal(statuses.filter((s) => s === 201).length, MAX, String(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, MAX * 2, String(statuses));
    assert.equal(await publicFollowers(code), MAX);

    const other = await publishedReport();
    const same = await Promise.all(Array.from({ length: 6 }, () => follow(server, other, { email: 'sama@example.fi' }).then((r) => r.status)));
    assert.deepEqual(same, [201, 201, 201, 201, 201, 201]);
    assert.equal(await publicFollowers(other), 1);
  });

  test('each client may follow only so often (KOHTAAMO_RATE_LIMIT_FEEDBACK_FOLLOW)', async () => {
    const code = await publishedReport();
    for (let i = 0; i < 3; i++) assert.equal((await follow(limited, code)).status, 201);
    const refused = await follow(limited, code);
    assert.equal(refused.status, 429);
    assert.ok(refused.headers.get('retry-after'));
    assert.equal(await publicFollowers(code), 3);
  });

  test('each client may upload only so many photos (KOHTAAMO_RATE_LIMIT_FEEDBACK_PHOTOS)', async () => {
    const upload = () => fetch(limited.at(FEEDBACK_RESIDENT_PATHS.photos), { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: Buffer.from(jpegWithGps()) });
    assert.equal((await upload()).status, 201);
    assert.equal((await upload()).status, 201);
    const before = await database.handle.db.selectFrom('feedback_photos').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const refused = await upload();
    assert.equal(refused.status, 429);
    const after = await database.handle.db.selectFrom('feedback_photos').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n), 'nothing stored for the refused upload');
  });
});
