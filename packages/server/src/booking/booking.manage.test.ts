/**
 * The manage link of a booking mail (issue 12) on a real database: the pages /varaus/{id},
 * /bokning/{id} and /booking/{id} exist; the API answers a wrong code exactly as a booking that
 * does not exist (one 404 problem, nothing telling whether the id is taken), and the manage-code
 * routes count against their own rate limit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { BOOKING_MANAGE_SCOPE, createBookingModule } from './booking.module.js';
import { MANAGE_CODES, codeFits, hashCode } from './booking.repository.js';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
let limited: TestServer;
const P = BOOKING_PATHS;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();

before(async () => {
  h = await startBooking();
  limited = await startTestServer({
    db: h.database.handle,
    config: { origins: [] },
    modules: [createBookingModule({ clock: () => h.now })],
    platform: { rateLimitByScope: { [BOOKING_MANAGE_SCOPE]: { max: 3, windowSeconds: 600 } } },
  });
});
after(async () => {
  await limited?.close();
  await h?.close();
});

describe(`the manage link (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the manage page is served in fi, sv and en for a booking id, and only for one', async () => {
    for (const [path, lang] of [
      ['varaus', 'fi'],
      ['bokning', 'sv'],
      ['booking', 'en'],
    ] as const) {
      const page = await h.call('GET', `/${path}/b0123456789abcdef`);
      assert.equal(page.status, 200, path);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const body = await page.text();
      assert.match(body, new RegExp(`<html lang="${lang}">`));
      assert.match(body, new RegExp(`<kohtaamo-space-booking api="" manage lang="${lang}">`));
      assert.match(body, /<script type="module" src="\/widgets\/kohtaamo\.js">/);
      assert.ok(!/<script>|style="/.test(body), 'no inline script or style (strict CSP)');
      // The language links are the other two manage pages' (demo/manage-page.js keeps the id and the fragment).
      assert.match(body, /<script type="module" src="\/manage-page\.js">/);
      assert.deepEqual([...body.matchAll(/data-manage-page="([a-z]+)"/g)].map((m) => m[1]).sort(), ['booking', 'bokning', 'varaus'].filter((p) => p !== path).sort());
    }
    const script = await h.call('GET', '/manage-page.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await script.text(), /data-manage-page/);
    assert.equal((await h.call('GET', '/varaus/not-an-id')).status, 404);
    assert.equal((await h.call('GET', '/varaus/b0123456789abcdef/x')).status, 404);
  });

  test('a wrong code, a malformed code and an unknown id get the same 404 problem; the right code reads the booking', async () => {
    const made = await expectStatus(h.call('POST', P.bookings, { resourceId: 'library-room-1', start: at('2026-10-14T14:00'), end: at('2026-10-14T15:00'), ...person('manage') }), 201);
    const answers = await Promise.all(
      [
        [made.id, 'AAAA-AAAA-AAAA'],
        [made.id, 'not a code'],
        [made.id, ''],
        ['b0000000000000000', made.manageCode],
      ].map(async ([id, code]) => {
        const r = await h.call('GET', `${P.bookings}/${id}`, undefined, code ? { 'Manage-Code': code } : {});
        return { status: r.status, type: r.headers.get('content-type'), body: (await r.json()) as { detail?: string; instance?: string } };
      }),
    );
    for (const a of answers) {
      assert.equal(a.status, 404);
      assert.match(a.type ?? '', /^application\/problem\+json/);
      assert.equal(a.body.detail, answers[0]!.body.detail, 'one text for all');
    }
    for (const [kind, body] of [
      ['cancel', undefined],
      ['reschedule', { start: at('2026-10-14T16:00'), end: at('2026-10-14T17:00') }],
    ] as const) {
      assert.equal((await h.call('POST', `${P.bookings}/${made.id}/${kind}`, body, { 'Manage-Code': 'AAAA-AAAA-AAAA' })).status, 404, kind);
      assert.equal((await h.call('POST', `${P.bookings}/b0000000000000000/${kind}`, body, { 'Manage-Code': made.manageCode })).status, 404, kind);
    }
    const read = await expectStatus(h.call('GET', `${P.bookings}/${made.id}`, undefined, { 'Manage-Code': made.manageCode }), 200);
    assert.equal(read.status, 'confirmed', 'the wrong codes changed nothing');
  });

  test('codeFits compares with the stored hash of the normalised code: case-insensitive, never a missing or foreign hash', () => {
    const code = MANAGE_CODES.generate();
    const stored = hashCode(MANAGE_CODES.normalize(code)!);
    assert.ok(codeFits(stored, code));
    assert.ok(codeFits(stored, code.toLowerCase()));
    assert.equal(codeFits(null, code), false);
    assert.equal(codeFits(undefined, code), false);
    assert.equal(codeFits('zz', code), false);
    assert.equal(codeFits(hashCode(MANAGE_CODES.normalize(MANAGE_CODES.generate())!), code), false);
    assert.equal(codeFits(stored, ''), false);
  });

  test('the manage-code routes have their own rate limit: the fourth guess in the window is 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(limited.at(`${P.bookings}/b0000000000000000`), { headers: { 'Manage-Code': `AAAA-AAAA-AAA${i}` } });
      statuses.push(r.status);
      await r.arrayBuffer();
    }
    assert.deepEqual(statuses, [404, 404, 404, 429]);
  });
});
