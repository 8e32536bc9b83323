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
import { DEMO_ASSOCIATION, DEMO_IDS, seedVolunteeringDemo } from './volunteering.seed.js';

let database: TestDatabase;
let server: TestServer;
before(async () => {
  database = await createTestDatabase();
  await seedVolunteeringDemo(database.handle.db, DEMO_CITY, new Date());
  await seedVolunteeringDemo(database.handle.db, DEMO_CITY, new Date()); // idempotent
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
});
