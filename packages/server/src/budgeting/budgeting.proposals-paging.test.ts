/**
 * The proposals list in keyset pages (issue 9, ADR 0107), over HTTP against the real database
 * (SQLite and PostgreSQL, packages/server/scripts/test-both.mjs): `next` leads from page to page
 * through every proposal once, in the order they came (the same instant broken by id); a review
 * between two pages, which takes a proposal out of a status filter, makes the next page neither
 * skip nor repeat one (an offset would skip as many as were reviewed); a cursor the server did
 * not write is a field error, not page one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import { days, expectStatus, roundInput, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

interface Page {
  items: { id: string; title: string; status: string; submittedAt: string }[];
  total: number;
  next: string | null;
}

let h: BudgetingHarness;
const ROUND = 'sivut';
const BUDGET = 'sivut-koko';
/** The proposals' ids in the order they were sent. */
const sent: string[] = [];
const list = (query: string) => `${BUDGETING_PATHS.rounds}/${ROUND}/proposals?${query}`;

async function send(title: string): Promise<string> {
  const body = { budget: BUDGET, title, description: 'Kuvaus hankkeesta, joka on tarpeeksi pitkä kelvatakseen.', estimatedCost: 1000 + sent.length };
  const { id } = (await expectStatus(h.call('POST', `${BUDGETING_PATHS.rounds}/${ROUND}/proposals`, body), 201)) as { id: string };
  sent.push(id);
  return id;
}

/** Follows `next` from the first page to the last; the pages as read. */
async function allPages(query: string): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const page = (await expectStatus(h.call('GET', list(`${query}${cursor ? `&cursor=${cursor}` : ''}`)), 200)) as Page;
    pages.push(page);
    cursor = page.next;
  } while (cursor && pages.length < 50);
  return pages;
}

before(async () => {
  h = await startBudgeting();
  const start = h.now;
  await expectStatus(h.staff('POST', BUDGETING_PATHS.staffRounds, roundInput(ROUND, start)), 201);
  await expectStatus(h.staff('POST', `${BUDGETING_PATHS.staffRounds}/${ROUND}/budgets`, { id: BUDGET, kind: 'area', name: { fi: 'Koko', sv: 'Hela', en: 'Whole' }, amount: 100_000 }), 201);
  // Seven proposals at one instant (the module's clock stands still), then five a minute apart.
  h.now = new Date(start.getTime() + days(1));
  for (let i = 1; i <= 7; i++) await send(`Samaan aikaan ${i}`);
  for (let i = 1; i <= 5; i++) {
    h.now = new Date(h.now.getTime() + 60_000);
    await send(`Myöhemmin ${i}`);
  }
});

after(async () => {
  await h?.close();
});

describe(`the proposals list in keyset pages (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('next leads through every proposal once, in the order they came; the last page has no next', async () => {
    const pages = await allPages('pageSize=5');
    assert.deepEqual(pages.map((p) => p.items.length), [5, 5, 2]);
    assert.deepEqual(pages.map((p) => p.total), [12, 12, 12]);
    assert.equal(pages[2]!.next, null);
    const read = pages.flatMap((p) => p.items);
    // In the order sent: by instant, and at one instant by id (the seven share one instant).
    const order = [...read].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || (a.id < b.id ? -1 : 1)).map((p) => p.id);
    assert.deepEqual(read.map((p) => p.id), order);
    assert.deepEqual([...read.map((p) => p.id)].sort(), [...sent].sort());
    assert.equal(new Set(read.map((p) => p.submittedAt)).size, 6, 'seven at one instant, five apart');
    // A page as large as the list: one page, no next.
    const one = (await expectStatus(h.call('GET', list('pageSize=12')), 200)) as Page;
    assert.equal(one.items.length, 12);
    assert.equal(one.next, null);
  });

  test('a review between two pages takes proposals out of the filter: the next page starts right after the last one shown', async () => {
    const all = (await allPages('pageSize=100'))[0]!.items.map((p) => p.id);
    const first = (await expectStatus(h.call('GET', list('status=submitted&pageSize=4')), 200)) as Page;
    assert.deepEqual(first.items.map((p) => p.id), all.slice(0, 4));
    assert.equal(first.total, 12);
    // The city reviews two of the proposals the reader already sees.
    for (const id of all.slice(0, 2)) {
      await expectStatus(h.staff('POST', `${BUDGETING_PATHS.staffRounds}/${ROUND}/proposals/${id}/review`, { decision: 'feasible', costEstimate: 900 }), 200);
    }
    const second = (await expectStatus(h.call('GET', list(`status=submitted&pageSize=4&cursor=${first.next}`)), 200)) as Page;
    // The 5th to 8th proposal: an offset of 4 over the 10 still submitted would start at the 7th.
    assert.deepEqual(second.items.map((p) => p.id), all.slice(4, 8));
    assert.equal(second.total, 10);
    assert.ok(second.items.every((p) => p.status === 'submitted'));
  });

  test('a proposal sent between two pages is on a later page once; the pages before do not move', async () => {
    h.now = new Date(h.now.getTime() + 60_000);
    const first = (await expectStatus(h.call('GET', list('pageSize=6')), 200)) as Page;
    const late = await send('Sivujen välissä');
    const rest = [];
    for (let cursor = first.next; cursor; ) {
      const page = (await expectStatus(h.call('GET', list(`pageSize=6&cursor=${cursor}`)), 200)) as Page;
      rest.push(...page.items.map((p) => p.id));
      cursor = page.next;
    }
    const read = [...first.items.map((p) => p.id), ...rest];
    assert.equal(read.filter((id) => id === late).length, 1);
    assert.equal(read[read.length - 1], late);
    assert.equal(new Set(read).size, read.length, 'no proposal twice');
    assert.equal(read.length, sent.length);
  });

  test('a cursor this server did not write, or not a cursor at all, is a 422 at #/cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ page: 2 })).toString('base64url');
    const notADate = Buffer.from(JSON.stringify(['eilen', 'x'])).toString('base64url');
    for (const cursor of [forged, notADate, 'bm90IGpzb24', 'sivu+2', 'x'.repeat(401)]) {
      const response = await h.call('GET', list(`pageSize=5&cursor=${encodeURIComponent(cursor)}`));
      assert.equal(response.status, 422, cursor);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await response.json()) as { errors: { pointer: string }[] };
      assert.deepEqual(body.errors.map((e) => e.pointer), ['#/cursor'], cursor);
    }
    // The old offset parameter is not a page any more: the first page comes, with its next.
    const page = (await expectStatus(h.call('GET', list('pageSize=5&page=2')), 200)) as Page;
    assert.equal(page.items[0]!.id, ((await expectStatus(h.call('GET', list('pageSize=1')), 200)) as Page).items[0]!.id);
    assert.notEqual(page.next, null);
  });
});
