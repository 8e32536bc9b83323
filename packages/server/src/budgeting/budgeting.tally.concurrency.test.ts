/**
 * Issue 13, ADR 0055: a tally of a large vote runs in the tally worker, never on the event loop.
 * While equal shares over many ballots is computed, /healthz and another request answer
 * (ordering, not timing: with the tally on the event loop they would wait for it). Then the
 * kept answers: the receipt digest, the `.pb` file and the public results carry an ETag and
 * change exactly when their data do.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { BUDGETING_PATHS, parsePabulib, receiptListDigest } from '@kohtaamo/core';
import { tallyEvents } from './budgeting.results.js';
import { scaleRoundId, seedBudgetingAtScale } from './budgeting.scale-seed.js';
import { expectStatus, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

const SIZE = 20_000;
const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;
let h: BudgetingHarness;
let round = '';

before(async () => {
  h = await startBudgeting({ inlineTallyLimit: 1_000_000 });
  h.now = new Date('2027-03-01T10:00:00.000Z');
  await seedBudgetingAtScale(h.database.handle.db, { size: SIZE, seed: 13, years: 1, now: h.now });
  round = scaleRoundId(2027);
});
after(async () => {
  await h?.close();
});

interface Results {
  ballots: number;
  computedAt: string;
  receipts: { count: number; sha256: string };
  budgets: { budget: string; winners: string[]; voters: number }[];
}

test(`during the tally of ${SIZE} ballots, /healthz and the rounds list answer (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const order: string[] = [];
  let done = false;
  // Once the ballots are read and the tally has begun, requests are sent one after another
  // until the tally answers. With the tally on the event loop they would all wait for it.
  const computing = once(tallyEvents, 'computing');
  const tally = h.staff('POST', `${S}/${round}/results`).then(async (r) => {
    const body = (await r.json()) as Results;
    assert.equal(r.status, 200, JSON.stringify(body));
    order.push('tally');
    done = true;
    return body;
  });
  await computing;
  let sent = 0;
  while (!done && sent < 500) {
    const [health, rounds] = await Promise.all([fetch(h.server.at('/healthz')), h.call('GET', R)]);
    assert.equal(health.status, 200);
    assert.equal(rounds.status, 200);
    await Promise.all([health.arrayBuffer(), rounds.arrayBuffer()]);
    if (!done) order.push('healthz+rounds');
    sent++;
  }
  const results = await tally;
  assert.ok(order.indexOf('tally') >= 3, `answered while the tally ran: ${order.slice(0, 6).join(', ')}…`);
  assert.equal(results.ballots, SIZE);
  assert.equal(results.budgets[0]!.voters, SIZE);
  assert.ok(results.budgets[0]!.winners.length > 0);
});

test(`the receipt digest and the .pb file are kept with the results; the public answers carry ETags that change with the data (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  await expectStatus(h.staff('POST', `${S}/${round}/results/publish`), 200);
  const first = await h.call('GET', `${R}/${round}/results`);
  assert.equal(first.status, 200);
  const etag = first.headers.get('ETag')!;
  assert.match(etag, /^"[\w-]+"$/);
  assert.match(first.headers.get('Cache-Control')!, /^public, max-age=60/);
  const published = (await first.json()) as Results & { implementation: unknown[] };
  const codes = (await db.selectFrom('budgeting_ballots').select('receipt_code').execute()).map((r) => r.receipt_code);
  assert.equal(published.receipts.sha256, await receiptListDigest(codes));
  assert.equal(published.receipts.count, SIZE);
  assert.equal((await h.call('GET', `${R}/${round}/results`, undefined, { 'If-None-Match': etag })).status, 304);

  const list = await h.call('GET', `${R}/${round}/receipts`);
  assert.equal(list.status, 200);
  assert.ok(list.headers.get('ETag'));
  assert.equal(((await list.json()) as { sha256: string }).sha256, published.receipts.sha256);

  const budget = published.budgets[0]!;
  const pb = await h.call('GET', `${R}/${round}/budgets/${budget.budget}/ballots.pb`);
  assert.equal(pb.status, 200);
  const pbTag = pb.headers.get('ETag')!;
  const file = parsePabulib(await pb.text());
  assert.equal(file.votes.rows.length, SIZE);
  // The same kept file again (its random order drawn once per computation): a 304.
  assert.equal((await h.call('GET', `${R}/${round}/budgets/${budget.budget}/ballots.pb`, undefined, { 'If-None-Match': pbTag })).status, 304);

  // A change of what the answer says (an implementation status) changes the ETag.
  await expectStatus(h.staff('PUT', `${S}/${round}/proposals/${budget.winners[0]}/implementation`, { status: 'planning', progress: 5 }), 200);
  const changed = await h.call('GET', `${R}/${round}/results`, undefined, { 'If-None-Match': etag });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('ETag'), etag);
  const again = (await changed.json()) as { implementation: { id: string }[] };
  assert.deepEqual(again.implementation.map((i) => i.id), [budget.winners[0]]);

  // A new computation replaces the kept receipts, file and results together.
  h.now = new Date(h.now.getTime() + 60_000);
  const recomputed = (await expectStatus(h.staff('POST', `${S}/${round}/results`), 200)) as Results;
  assert.equal(recomputed.receipts.sha256, published.receipts.sha256);
  const after = await h.call('GET', `${R}/${round}/results`);
  assert.equal(((await after.json()) as Results).computedAt, recomputed.computedAt);
  assert.notEqual((await h.call('GET', `${R}/${round}/budgets/${budget.budget}/ballots.pb`, undefined, { 'If-None-Match': pbTag })).status, 304, 'a new file with a new order');
});

test(`results stored before the receipts were kept get them made once, in the worker (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  await db.deleteFrom('budgeting_results_rounds').where('round_id', '=', round).execute();
  await db.updateTable('budgeting_results').set({ export_pb: null }).where('round_id', '=', round).execute();
  const results = (await expectStatus(h.call('GET', `${R}/${round}/results`), 200)) as Results;
  assert.equal(results.receipts.count, SIZE);
  const kept = await db.selectFrom('budgeting_results').select('export_pb').where('round_id', '=', round).execute();
  assert.ok(kept.every((k) => k.export_pb !== null));
});
