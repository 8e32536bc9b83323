/**
 * The coordinators' list of opportunities in keyset pages (issue 11), as the other staff lists
 * are: newest first on (created_at, id), `next` the cursor of the page after, `total` them all.
 * An opportunity made between two reads neither repeats one nor skips one (an offset would), an
 * association's pages hold only its own, and a cursor the server did not write, or a limit out
 * of range, is refused by its field (422 problem+json).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StaffOpportunity } from '@kohtaamo/core';
import { expectStatus, LATU, orgPath, OTHER, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
type Page = { items: StaffOpportunity[]; total: number; next: string | null };

async function create(who: 'latu' | 'other', organisation: string, title: string): Promise<string> {
  const body = { kind: 'talkoot', title: { fi: title }, description: { fi: title }, themes: ['nature'], area: 'keskusta', location: { name: 'Latukeskus' }, contact: { name: 'Yhteyshenkilö' } };
  return ((await expectStatus(h.as(who, 'POST', `${orgPath(organisation)}/opportunities`, body), 201)) as { id: string }).id;
}

/** Every page of a path, following `next`; the pages as read. */
async function allPages(who: 'latu' | 'city', path: string, limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const page = (await expectStatus(h.as(who, 'GET', `${path}/opportunities?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`), 200)) as Page;
    pages.push(page);
    cursor = page.next;
  } while (cursor !== null && pages.length < 50);
  return pages;
}

describe(`the coordinators' opportunities in keyset pages (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('newest first, page by page, each once; the city’s pages hold every organisation’s, an association’s its own', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      h.now = new Date(Date.UTC(2027, 4, 2, 9, i));
      made.push(await create('latu', LATU, `Latun talkoot ${i}`));
    }
    // Two more made in the same instant: the id breaks the tie, and both are read.
    h.now = new Date(Date.UTC(2027, 4, 2, 10));
    made.push(await create('latu', LATU, 'Samaan aikaan A'), await create('latu', LATU, 'Samaan aikaan B'));
    h.now = new Date(Date.UTC(2027, 4, 2, 11));
    const theirs = await create('other', OTHER, 'Kylän talkoot');

    const pages = await allPages('latu', orgPath(LATU), 2);
    assert.deepEqual(pages.map((p) => p.items.length), [2, 2, 2, 1]);
    assert.ok(pages.every((p) => p.total === 7), 'each page counts them all');
    assert.equal(pages.at(-1)!.next, null);
    const ids = pages.flatMap((p) => p.items.map((o) => o.id));
    assert.deepEqual([...ids].sort(), [...made].sort(), 'each of its own once, none of the other association’s');
    const tied = [made[5]!, made[6]!].sort().reverse();
    assert.deepEqual(ids.slice(0, 2), tied, 'the two of the same instant first, by id descending');
    assert.deepEqual(ids.slice(2), made.slice(0, 5).reverse(), 'then newest first');

    const city = (await allPages('city', orgPath('city'), 3)).flatMap((p) => p.items.map((o) => o.id));
    assert.equal(city[0], theirs);
    assert.deepEqual([...city].sort(), [...made, theirs].sort());
  });

  test('one made between two pages neither repeats nor skips one; without a limit a page is 50', async () => {
    const first = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/opportunities?limit=3`), 200)) as Page;
    h.now = new Date(Date.UTC(2027, 4, 3, 12));
    const newer = await create('latu', LATU, 'Välissä tehty');
    const rest: Page[] = [];
    let cursor = first.next;
    while (cursor !== null) {
      const page = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/opportunities?limit=3&cursor=${cursor}`), 200)) as Page;
      rest.push(page);
      cursor = page.next;
    }
    const seen = [...first.items, ...rest.flatMap((p) => p.items)].map((o) => o.id);
    assert.equal(new Set(seen).size, seen.length, 'none twice');
    assert.equal(seen.length, first.total, 'all that were there when the first page was read');
    assert.ok(!seen.includes(newer), 'the new one is ahead of the first page, not in a later one');
    const again = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/opportunities`), 200)) as Page;
    assert.equal(again.items[0]!.id, newer);
    assert.equal(again.total, first.total + 1);
    assert.equal(again.next, null, 'fewer than 50: one page');
    assert.equal(again.items.length, again.total);
  });

  test('a cursor the server did not write and a limit out of range are refused by their fields', async () => {
    for (const [query, pointer] of [
      ['cursor=bm90LWEtY3Vyc29y', '#/cursor'],
      [`cursor=${Buffer.from(JSON.stringify(['not a date', 'o-1'])).toString('base64url')}`, '#/cursor'],
      ['cursor=a%2Fb', '#/cursor'],
      ['limit=0', '#/limit'],
      ['limit=201', '#/limit'],
      ['limit=kymmenen', '#/limit'],
    ] as const) {
      const response = await h.as('latu', 'GET', `${orgPath(LATU)}/opportunities?${query}`);
      assert.equal(response.status, 422, query);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const body = (await response.json()) as { errors: { pointer: string }[] };
      assert.deepEqual(body.errors.map((e) => e.pointer), [pointer], query);
    }
  });
});
