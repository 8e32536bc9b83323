/**
 * Two real server processes (main.ts) on one database, started at the same moment, as a city
 * runs them behind a reverse proxy (docs/deployment.md). On PostgreSQL this is the deployment
 * the platform promises; on SQLite two processes on one file must be just as correct.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_PATHS } from '@kohtaamo/core';
import { seedSignalsFixtures, insertReport } from '../feedback/stats/stats.test-data.js';
import { childEnv, spawnMain, type SpawnedMain } from '../testing/spawn-main.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, validSubmission } from '../testing/test-server.js';
import { jobStates, makeJobDue } from './jobs/jobs.repository.js';
import { startInbox, type Inbox } from './mail/mail-message.test-helper.js';
import { enqueueMail } from './mail/outbox.repository.js';
import { migrationTable } from './migrate.js';
import { RETENTION_JOB } from './runtime.js';

const MAILS = 40;
let database: TestDatabase;
let inbox: Inbox;
let servers: SpawnedMain[] = [];

before(async () => {
  // No migrations here: both processes find an empty database and migrate it at once.
  database = await createTestDatabase({ migrate: false });
  inbox = await startInbox();
});

after(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  await inbox?.close();
  await database?.cleanup();
});

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const retentionLines = () => servers.flatMap((s) => s.stderr().split('\n').filter((line) => line.startsWith('Kohtaamo: retention ran')));

describe(`two server processes on one database (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('both start at the same moment on an empty database: the migrations run once, both serve', async () => {
    const env = childEnv(database.config, {
      SMTP_URL: inbox.url,
      KOHTAAMO_OUTBOX_POLL_MS: '20',
      KOHTAAMO_JOBS_POLL_MS: '50',
      KOHTAAMO_RETENTION_DAYS: '30',
      KOHTAAMO_RATE_LIMIT_FEEDBACK: '3/1h',
    });
    servers = await Promise.all([spawnMain(env), spawnMain(env)]);
    const db = database.handle.db;
    for (const owner of ['platform', 'feedback']) {
      const rows = await db.selectFrom(migrationTable(owner) as 'platform_jobs').select('name').execute();
      assert.ok(rows.length > 0, `${owner} migrations recorded`);
    }
    for (const server of servers) assert.equal((await fetch(new URL('healthz', server.url))).status, 200);
    // Each process looked at its jobs once on start-up (the line comes after that first look):
    // retention, due in both, ran in one of the two only.
    await until(() => servers.every((s) => s.stderr().includes('Kohtaamo: background jobs:')), 'both first looks at the jobs');
    assert.equal(retentionLines().length, 1, `retention ran once at start-up:\n${retentionLines().join('\n')}`);
    assert.equal((await jobStates(db)).find((s) => s.name === RETENTION_JOB)?.runs, 1);
  });

  test('both serve the same data, and share the rate limit', async () => {
    await seedSignalsFixtures(database.handle.db);
    const [a, b] = servers as [SpawnedMain, SpawnedMain];
    const submit = (server: SpawnedMain) => postJson(new URL(FEEDBACK_PATHS.submissions.slice(1), server.url).toString(), validSubmission({ contact: undefined }));
    const first = await submit(a);
    assert.equal(first.status, 201);
    const { trackingCode } = (await first.json()) as { trackingCode: string };
    const seen = await fetch(new URL(FEEDBACK_PATHS.status(trackingCode).slice(1), b.url));
    assert.equal(seen.status, 200, 'the report sent to A is found through B');
    assert.equal(((await seen.json()) as { trackingCode: string }).trackingCode, trackingCode);
    assert.equal((await submit(b)).status, 201);
    assert.equal((await submit(a)).status, 201);
    // Three in the hour from this address, counted across both processes: the fourth is refused by either.
    assert.equal((await submit(b)).status, 429);
    assert.equal((await submit(a)).status, 429);
  });

  test('retention made due runs once, in one process', async () => {
    const db = database.handle.db;
    const old = await insertReport(db, { category: 'parks', createdAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    await makeJobDue(db, RETENTION_JOB, new Date());
    await until(async () => (await db.selectFrom('feedback').select('anonymised_at').where('id', '=', old.id).executeTakeFirstOrThrow()).anonymised_at !== null, 'the old report anonymised');
    await until(async () => (await jobStates(db)).find((s) => s.name === RETENTION_JOB)!.runs === 2, 'the second run recorded');
    // The run is recorded in the database before its process prints its line: wait for the line
    // (a loaded machine printed it after the record). A run in both processes would print a third.
    await until(() => retentionLines().length >= 2, 'the second run printed');
    await new Promise((r) => setTimeout(r, 500));
    const lines = retentionLines();
    assert.equal(lines.length, 2, `retention ran twice in all (start-up, made due), not once per process:\n${lines.join('\n')}`);
    // The lines come from two processes' outputs, so their order says nothing: exactly one run
    // (the one made due) anonymised the old report.
    assert.equal(lines.filter((line) => /feedback 1\b/.test(line)).length, 1, lines.join('\n'));
  });

  test('every mail is sent exactly once', async () => {
    const db = database.handle.db;
    for (let i = 0; i < MAILS; i++) {
      await enqueueMail(db, { domain: 'test', subjectId: null, dedupeKey: `two-processes:${i}`, to: `asukas${i}@example.fi`, lang: 'fi', subject: `Viesti ${i}`, bodyText: `Viesti numero ${i}.` });
    }
    await until(async () => (await db.selectFrom('email_outbox').select('id').where('sent_at', 'is', null).execute()).length === 0, 'every mail marked sent', 60_000);
    // Stop both: a SIGTERM lets a round in progress finish, so nothing is still on its way.
    for (const server of servers) server.child.kill('SIGTERM');
    const exits = await Promise.all(servers.map((s) => s.exited));
    assert.deepEqual(exits.map((e) => e.code), [0, 0]);
    servers = [];
    const subjects = inbox.mails.map((m) => m.subject).sort();
    assert.equal(subjects.length, MAILS, 'no mail twice, none missing');
    assert.deepEqual(new Set(subjects).size, MAILS);
    const rows = await db.selectFrom('email_outbox').select(['attempts', 'sent_at']).execute();
    assert.ok(rows.every((r) => Number(r.attempts) === 1 && r.sent_at !== null), 'each mail claimed once');
  });
});
