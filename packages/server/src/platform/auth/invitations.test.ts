/**
 * The city invites an association's coordinator by email: a single-use, expiring link through
 * the platform outbox; accepting makes the person and their grant; a coordinator manages only
 * their own organisation. SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ORGANISATION_PATHS, STAFF_IDENTITY_PATHS } from '@kohtaamo/core';
import { seedCategories } from '../../feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { postJson, startTestServer, type TestServer } from '../../testing/test-server.js';
import { addStaff, issueToken } from '../staff/staff.repository.js';
import { AUTH_DEFAULTS } from './auth.config.js';
import { addOrganisation } from './organisations.js';

let database: TestDatabase;
let server: TestServer;
let adminToken: string;
let handlerToken: string;
const CONSOLE = 'https://osallistu.example/henkilosto';

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedCategories(db);
  await addOrganisation(db, { id: 'heinolan-latu', name: 'Heinolan Latu ry', kind: 'association' });
  await addOrganisation(db, { id: 'vierumaen-kyla', name: 'Vierumäen kyläyhdistys', kind: 'association' });
  await addStaff(db, { name: 'Aino Admin', email: 'aino@heinola.example', role: 'admin', categories: [] });
  await addStaff(db, { name: 'Kalle Katu', email: 'kalle@heinola.example', role: 'handler', categories: ['streets'] });
  adminToken = (await issueToken(db, 'aino@heinola.example')).token;
  handlerToken = (await issueToken(db, 'kalle@heinola.example')).token;
  server = await startTestServer({ db: database.handle, config: { origins: [] }, auth: { ...AUTH_DEFAULTS, consoleUrl: CONSOLE } });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Invites; returns the answer and, when queued, the link's token read from the mail. */
async function invite(org: string, body: Record<string, unknown>, token: string): Promise<{ status: number; link: string | null; mail: { to_address: string; subject: string; body_text: string } | null }> {
  const response = await postJson(server.at(ORGANISATION_PATHS.invitations(org)), body, bearer(token));
  const status = response.status;
  if (status !== 201) return { status, link: null, mail: null };
  const { id } = (await response.json()) as { id: string };
  const mail = await database.handle.db.selectFrom('email_outbox').select(['to_address', 'subject', 'body_text']).where('subject_id', '=', id).where('domain', '=', 'platform').executeTakeFirstOrThrow();
  const link = /https:\/\/\S+/.exec(mail.body_text)?.[0] ?? null;
  return { status, link, mail };
}

const accept = (token: string, name?: string) => postJson(server.at(STAFF_IDENTITY_PATHS.acceptInvitation), { token, ...(name ? { name } : {}) });

describe(`invitations and organisations (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  let coordinatorToken: string;

  test('the city invites a coordinator: one mail through the outbox with a single-use link; accepting makes the person and grant', async () => {
    const sent = await invite('heinolan-latu', { email: 'Pirjo@Latu.example', name: 'Pirjo Puheenjohtaja', domain: 'platform', role: 'coordinator', lang: 'fi' }, adminToken);
    assert.equal(sent.status, 201);
    assert.equal(sent.mail!.to_address, 'pirjo@latu.example');
    assert.match(sent.mail!.subject, /Heinolan Latu ry/);
    const link = new URL(sent.link!);
    assert.equal(`${link.origin}${link.pathname}`, CONSOLE);
    const token = link.searchParams.get('invitation')!;
    assert.match(token, /^kin_[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = await database.handle.db.selectFrom('invitations').select('token_hash').execute();
    assert.ok(stored.every((r) => !r.token_hash.includes(token)));

    const accepted = await accept(token, 'Pirjo Puheenjohtaja');
    assert.equal(accepted.status, 201);
    const body = (await accepted.json()) as { token: string; expiresAt: string; grant: { organisation: string; domain: string; role: string; scope: string } };
    assert.deepEqual({ ...body.grant, id: undefined, source: undefined }, { id: undefined, source: undefined, organisation: 'heinolan-latu', domain: 'platform', role: 'coordinator', scope: '*' });
    coordinatorToken = body.token;
    const me = (await (await fetch(server.at(STAFF_IDENTITY_PATHS.me), { headers: bearer(coordinatorToken) })).json()) as { email: string; organisation: { id: string }; role: string; categories: string[] };
    assert.equal(me.email, 'pirjo@latu.example');
    assert.equal(me.organisation.id, 'heinolan-latu');
    assert.equal(me.role, 'handler');
    assert.deepEqual(me.categories, []);

    assert.equal((await accept(token)).status, 400, 'the link works once');
  });

  test('an expired invitation is refused', async () => {
    const sent = await invite('heinolan-latu', { email: 'late@latu.example', domain: 'platform', role: 'coordinator' }, adminToken);
    await database.handle.db.updateTable('invitations').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('email', '=', 'late@latu.example').execute();
    assert.equal((await accept(new URL(sent.link!).searchParams.get('invitation')!)).status, 400);
  });

  test('two people accepting one invitation at once: exactly one succeeds', async () => {
    const sent = await invite('heinolan-latu', { email: 'race@latu.example', domain: 'platform', role: 'coordinator' }, adminToken);
    const token = new URL(sent.link!).searchParams.get('invitation')!;
    const statuses = (await Promise.all([accept(token), accept(token), accept(token)])).map((r) => r.status).sort();
    assert.deepEqual(statuses.filter((s) => s === 201), [201]);
    assert.ok(statuses.filter((s) => s !== 201).every((s) => s === 400 || s === 409 || s === 503), statuses.join());
    const people = await database.handle.db.selectFrom('staff_users').select('id').where('email', '=', 'race@latu.example').execute();
    assert.equal(people.length, 1);
  });

  test('a coordinator manages only their own organisation', async () => {
    const own = await fetch(server.at(ORGANISATION_PATHS.organisation('heinolan-latu')), { headers: bearer(coordinatorToken) });
    assert.equal(own.status, 200);
    const detail = (await own.json()) as { members: { email: string }[] };
    assert.ok(detail.members.some((m) => m.email === 'pirjo@latu.example'));
    assert.equal((await fetch(server.at(ORGANISATION_PATHS.organisation('vierumaen-kyla')), { headers: bearer(coordinatorToken) })).status, 403);
    assert.equal((await invite('vierumaen-kyla', { email: 'x@kyla.example', domain: 'platform', role: 'coordinator' }, coordinatorToken)).status, 403);
    // Their own organisation: another coordinator, yes; an administrator, never.
    assert.equal((await invite('heinolan-latu', { email: 'varapj@latu.example', domain: 'platform', role: 'coordinator' }, coordinatorToken)).status, 201);
    assert.equal((await invite('heinolan-latu', { email: 'root@latu.example', domain: 'platform', role: 'admin' }, coordinatorToken)).status, 422);
    // Nor can they reach the city's feedback inbox.
    assert.equal((await fetch(server.at('/api/v1/staff/feedback'), { headers: bearer(coordinatorToken) })).status, 403);
  });

  test('a city handler cannot invite, and the city administrator can manage any organisation', async () => {
    assert.equal((await invite('heinolan-latu', { email: 'y@latu.example', domain: 'platform', role: 'coordinator' }, handlerToken)).status, 403);
    assert.equal((await fetch(server.at(ORGANISATION_PATHS.organisation('vierumaen-kyla')), { headers: bearer(adminToken) })).status, 200);
    assert.equal((await invite('vierumaen-kyla', { email: 'z@kyla.example', domain: 'feedback', role: 'handler', scope: 'moon' }, adminToken)).status, 422, 'unknown scope');
  });
});
