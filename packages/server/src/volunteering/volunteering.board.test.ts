/**
 * The board paged by cursor (issue 13, ADR 0081) over HTTP on a real database: pages walked by
 * `next` give every opportunity once, soonest first by the first open shift still to come, then
 * those without open shifts; filters hold on every page; ended shifts are not read or sent; a
 * cursor the server did not give is refused with a pointer.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type Opportunity } from '@kohtaamo/core';
import { expectStatus, LATU, opportunityInput, orgPath, OTHER, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;
const DAY = 86_400_000;
type Page = { items: Opportunity[]; next: string | null };

/** Walks the board's pages of `limit` by their cursors. */
async function walk(search: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const page = (await expectStatus(h.call('GET', `${P.opportunities}?${search}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`), 200)) as Page;
    ids.push(...page.items.map((o) => o.id));
    cursor = page.next;
    pages++;
    assert.ok(pages < 50, 'the walk ends');
  } while (cursor);
  return { ids, pages };
}

describe(`the volunteering board, paged by cursor (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  const made: { id: string; first: number; org: string; under18: boolean }[] = [];

  test('pages walked by their cursors list every opportunity once, soonest first, then those without times', async () => {
    const now = h.now.getTime();
    // Eleven opportunities of two associations: shifts 1–11 days ahead (in a shuffled order), one
    // with an ended shift before its next, one whose only shift has ended (off the board), two without shifts.
    const days = [7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6];
    for (const [n, day] of days.entries()) {
      const org = n % 3 === 0 ? OTHER : LATU;
      const under18 = n % 2 === 0;
      const o = (await expectStatus(h.as(org === LATU ? 'latu' : 'other', 'POST', `${orgPath(org)}/opportunities`, opportunityInput(`Talkoot ${n}`, { suitability: { under18, english: false, remote: false } })), 201)) as Opportunity;
      const shift = (start: number) => expectStatus(h.as(org === LATU ? 'latu' : 'other', 'POST', `${orgPath(org)}/opportunities/${o.id}/shifts`, { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * 3_600_000).toISOString(), capacity: 10 }), 201);
      await shift(now + day * DAY);
      await shift(now + (day + 14) * DAY);
      made.push({ id: o.id, first: now + day * DAY, org, under18 });
    }
    const ongoing: string[] = [];
    for (const title of ['Jatkuva A', 'Jatkuva B']) ongoing.push(((await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/opportunities`, opportunityInput(title)), 201)) as Opportunity).id);
    const ended = (await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/opportunities`, opportunityInput('Mennyt')), 201)) as Opportunity;
    const past = made.find((m) => m.org === LATU)!;
    // Shifts are made for the future: move the clock to make one, then back.
    const at = h.now;
    h.now = new Date(now - 30 * DAY);
    await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/opportunities/${ended.id}/shifts`, { startsAt: new Date(now - 20 * DAY).toISOString(), endsAt: new Date(now - 20 * DAY + 3_600_000).toISOString(), capacity: 5 }), 201);
    await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/opportunities/${past.id}/shifts`, { startsAt: new Date(now - 10 * DAY).toISOString(), endsAt: new Date(now - 10 * DAY + 3_600_000).toISOString(), capacity: 5 }), 201);
    h.now = at;

    const expected = [...[...made].sort((a, b) => a.first - b.first).map((m) => m.id), ...[...ongoing].sort()];
    const whole = (await expectStatus(h.call('GET', `${P.opportunities}?limit=100`), 200)) as Page;
    assert.deepEqual(whole.items.map((o) => o.id), expected);
    assert.equal(whole.next, null);
    for (const limit of [1, 2, 5]) {
      const { ids, pages } = await walk('', limit);
      assert.deepEqual(ids, expected, `pages of ${limit}`);
      assert.equal(pages, Math.ceil(expected.length / limit));
    }
    // Ended shifts are neither read nor sent; the first start is the first shift still to come.
    const withPast = whole.items.find((o) => o.id === past.id)!;
    assert.equal(withPast.shifts.length, 2);
    assert.ok(withPast.shifts.every((s) => Date.parse(s.endsAt) >= now));
    assert.equal(withPast.startsAt, new Date(past.first).toISOString());
    assert.ok(!whole.items.some((o) => o.id === ended.id), 'an opportunity whose shifts have all ended is off the board');
  });

  test('filters hold on every page, the dates included', async () => {
    const now = h.now.getTime();
    const latu = made.filter((m) => m.org === LATU).sort((a, b) => a.first - b.first);
    const { ids } = await walk(`organisation=${LATU}`, 2);
    assert.deepEqual(ids.slice(0, latu.length), latu.map((m) => m.id));
    const young = made.filter((m) => m.under18).sort((a, b) => a.first - b.first).map((m) => m.id);
    assert.deepEqual((await walk('under18=true', 2)).ids.slice(0, young.length), young);
    // Days 3–6 from now (Helsinki dates): those whose first shift falls on them, then the ongoing ones.
    const day = (d: number) => new Date(now + d * DAY + 3 * 3_600_000).toISOString().slice(0, 10);
    const window = made.filter((m) => m.first >= now + 3 * DAY && m.first <= now + 6 * DAY).sort((a, b) => a.first - b.first).map((m) => m.id);
    const { ids: dated } = await walk(`from=${day(3)}&to=${day(6)}`, 2);
    assert.deepEqual(dated.slice(0, window.length), window);
    assert.ok(dated.slice(window.length).every((id) => !made.some((m) => m.id === id)), 'after them only opportunities without times');
  });

  test('a cursor the server did not give is refused with a pointer; so is a limit out of range', async () => {
    for (const cursor of ['bm90LWpzb24', 'WzFd', '!!']) {
      const response = await h.call('GET', `${P.opportunities}?cursor=${cursor}`);
      assert.equal(response.status, 422, cursor);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const body = (await response.json()) as { errors: { pointer: string }[] };
      assert.deepEqual(body.errors.map((e) => e.pointer), ['#/cursor']);
    }
    for (const limit of ['0', '101', 'x']) assert.equal((await h.call('GET', `${P.opportunities}?limit=${limit}`)).status, 422, limit);
  });
});
