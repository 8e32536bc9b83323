/**
 * The demo association's page (issue 11, "Done when"): a plain HTML page of Heinolan Latu ry,
 * no build step, one script tag, embedding the sign-up form for the seeded opportunity, served
 * by the demo server under its strict CSP (no inline script or style).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type Opportunity } from '@kohtaamo/core';
import { DEMO_CITY } from '../platform/platform.config.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { DEMO_ASSOCIATION, DEMO_IDS, seedVolunteeringCoordinator, seedVolunteeringDemo } from './volunteering.seed.js';

let database: TestDatabase;
let server: TestServer;
before(async () => {
  database = await createTestDatabase();
  await seedVolunteeringDemo(database.handle.db, DEMO_CITY, new Date());
  await seedVolunteeringDemo(database.handle.db, DEMO_CITY, new Date()); // idempotent
  await seedVolunteeringCoordinator(database.handle.db, new Date(), 'kst_demo_test_token');
  await seedVolunteeringCoordinator(database.handle.db, new Date(), 'kst_demo_test_token'); // idempotent
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
});
after(async () => {
  await server?.close();
  await database?.cleanup();
});

describe(`the Heinolan Latu ry demo page (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('one script tag, the sign-up element for the seeded talkoot, no inline script or style, a strict CSP', async () => {
    const response = await fetch(server.at('/heinolan-latu.html'));
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    const page = await response.text();
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="/widgets/kohtaamo.js">']);
    assert.doesNotMatch(page, /<script>(?!<\/script>)|\sstyle=|\son[a-z]+=/i);
    assert.match(page, /Heinolan Latu ry/);
    assert.equal([...page.matchAll(/<kohtaamo-volunteer-signup api="" opportunity="o-demo-latu-talkoot"/g)].length, 3, 'fi, sv and en sections');
    const opportunity = (await (await fetch(server.at(`${VOLUNTEERING_PATHS.opportunities}/${DEMO_IDS.skiTrack}`))).json()) as Opportunity;
    assert.equal(opportunity.organisationName, DEMO_ASSOCIATION.name);
    assert.equal(opportunity.shifts.length, 2);
    assert.ok(opportunity.shifts.every((s) => Date.parse(s.startsAt) > Date.now()), 'the demo stays current: shifts are ahead');
  });

  test('Heinolan Latu ry’s demo coordinator signs in with the demo token + ".heinolan-latu" and sees only the association’s opportunities', async () => {
    const auth = { Authorization: 'Bearer kst_demo_test_token.heinolan-latu' };
    const own = await fetch(server.at(`${VOLUNTEERING_PATHS.staff}/organisations/${DEMO_ASSOCIATION.id}/opportunities`), { headers: auth });
    assert.equal(own.status, 200);
    const list = (await own.json()) as { items: Opportunity[] };
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((o) => o.organisation === DEMO_ASSOCIATION.id));
    assert.equal((await fetch(server.at(`${VOLUNTEERING_PATHS.staff}/organisations/city/opportunities`), { headers: auth })).status, 403);
    assert.equal((await fetch(server.at(`${VOLUNTEERING_PATHS.staff}/proposals`), { headers: auth })).status, 403);
  });

  test('the coordinators’ page: one script tag, the console in fi, sv and en, no token in the HTML, linked from the staff page; the front pages embed the proposal form', async () => {
    const response = await fetch(server.at('/staff-vapaaehtoiset.html'));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
    const page = await response.text();
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="/widgets/kohtaamo.js">']);
    assert.doesNotMatch(page, /\sstyle=|\son[a-z]+=|token=/i);
    assert.equal([...page.matchAll(/<kohtaamo-volunteer-console api=""/g)].length, 3);
    assert.match(await (await fetch(server.at('/staff.html'))).text(), /href="\/staff-vapaaehtoiset\.html"/);
    for (const front of ['/', '/sv.html', '/en.html']) assert.match(await (await fetch(server.at(front))).text(), /<kohtaamo-volunteer-propose api=""><\/kohtaamo-volunteer-propose>/, front);
  });
});

