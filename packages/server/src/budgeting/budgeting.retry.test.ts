/**
 * A lost answer loses no receipt (ADR 0031): a ballot cast with an Idempotency-Key can be asked
 * for again by the same voter with the same key and gets the same receipt, storing nothing more,
 * also when the retries race; a new key (or none) is still refused; nothing stored ties the
 * voter to the ballot. Real app, real database (SQLite and PostgreSQL).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUDGETING_PATHS, BUDGETING_PROBLEM_TYPES, RECEIPT_CODE_PATTERN } from '@kohtaamo/core';
import { sql } from 'kysely';
import { expectStatus, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;
let projects: Record<string, string[]>;

before(async () => {
  h = await startBudgeting();
  projects = await roundReadyToVote(h, 'rt-one', [
    { id: 'rt-one-a', amount: 100, costs: [40, 50, 60] },
    { id: 'rt-one-b', amount: 100, costs: [30, 70] },
  ]);
});
after(async () => {
  await h?.close();
});

const codes = async (count: number) => ((await expectStatus(h.staff('POST', `${S}/rt-one/voting-codes`, { count }), 201)) as { codes: string[] }).codes;
const key = () => `ballot-${crypto.randomUUID()}`;
const cast = (budget: string, code: string, choices: { project: string }[], idempotencyKey?: string) =>
  h.call('POST', `${R}/rt-one/budgets/${budget}/ballots`, { voter: { code }, choices }, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {});
/** As `cast`, on a connection of its own (the racing tests send 100–200 at once). */
const castAlone = (budget: string, code: string, choices: { project: string }[], idempotencyKey?: string) =>
  h.callAlone('POST', `${R}/rt-one/budgets/${budget}/ballots`, { voter: { code }, choices }, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {});
const ballots = async () => Number((await h.database.handle.db.selectFrom('budgeting_ballots').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

describe(`a ballot's lost answer (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the same voter and key again get the same receipt and store nothing more; another key or none is refused', async () => {
    const [code] = await codes(1);
    const a = projects['rt-one-a']!;
    const k = key();
    const before = await ballots();
    const first = await cast('rt-one-a', code!, [{ project: a[0]! }], k);
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const { receipt } = (await first.json()) as { receipt: string };
    assert.match(receipt, RECEIPT_CODE_PATTERN);

    // The answer was lost; the browser sends the same request again.
    const again = await cast('rt-one-a', code!, [{ project: a[0]! }], k);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), { receipt, budget: 'rt-one-a' });
    assert.equal((await ballots()) - before, 1);

    // The receipt is in the ballot box once.
    const status = (await expectStatus(h.call('GET', `${R}/rt-one/receipts/${receipt}`), 200)) as { status: string };
    assert.equal(status.status, 'stored');

    // A second vote is still refused: with another key, without a key, in the other budget.
    for (const [budget, other] of [['rt-one-a', key()], ['rt-one-a', undefined], ['rt-one-b', key()]] as const) {
      const refused = await cast(budget, code!, [], other);
      assert.equal(refused.status, 409);
      assert.equal(((await refused.json()) as { type: string }).type, BUDGETING_PROBLEM_TYPES.alreadyVoted);
    }
    assert.equal((await ballots()) - before, 1);
  });

  test('a key gives nothing to another voter: the same key with another code is that voter’s own ballot and receipt', async () => {
    const [one, two] = await codes(2);
    const k = key();
    const a = projects['rt-one-a']!;
    const first = (await expectStatus(cast('rt-one-a', one!, [{ project: a[1]! }], k), 201)) as { receipt: string };
    const second = (await expectStatus(cast('rt-one-a', two!, [{ project: a[2]! }], k), 201)) as { receipt: string };
    assert.notEqual(first.receipt, second.receipt);
  });

  test('200 simultaneous retries of one ballot: one ballot stored, every answer the same receipt; racing another key, that one is refused', async () => {
    const [code] = await codes(1);
    const b = projects['rt-one-b']!;
    const k = key();
    const before = await ballots();
    const responses = await Promise.all(Array.from({ length: 200 }, () => castAlone('rt-one-b', code!, [{ project: b[0]! }], k)));
    const statuses = responses.map((r) => r.status);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { receipt?: string }[];
    assert.deepEqual([...new Set(statuses)], [201], `statuses: ${[...new Set(statuses)].join(',')}`);
    assert.equal(new Set(bodies.map((x) => x.receipt)).size, 1);
    assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 199);
    assert.equal((await ballots()) - before, 1);

    // Two browsers of one voter race with their own keys: exactly one of them wins.
    const [shared] = await codes(1);
    const keys = [key(), key()];
    const race = await Promise.all(Array.from({ length: 100 }, (_, i) => castAlone('rt-one-b', shared!, [{ project: b[1]! }], keys[i % 2])));
    const won = race.filter((r) => r.status === 201);
    const answers = (await Promise.all(race.map((r) => r.json()))) as { receipt?: string; type?: string }[];
    assert.equal(new Set(answers.filter((x) => x.receipt).map((x) => x.receipt)).size, 1);
    assert.ok(won.length >= 1);
    assert.equal(race.filter((r) => r.status === 409).length + won.length, 100);
    assert.equal((await ballots()) - before, 2);
  });

  test('nothing stored ties the voter to the ballot: the key is not kept, the tag is not the receipt', async () => {
    const [code] = await codes(1);
    const k = key();
    const { receipt } = (await expectStatus(cast('rt-one-a', code!, [{ project: projects['rt-one-a']![0]! }], k), 201)) as { receipt: string };
    const db = h.database.handle.db;
    const participation = await db.selectFrom('budgeting_participation').selectAll().where('round_id', '=', 'rt-one').execute();
    const ballotRows = await db.selectFrom('budgeting_ballots').selectAll().execute();
    const stored = JSON.stringify([participation, ballotRows]);
    assert.ok(!stored.includes(k), 'the retry key is never stored');
    const tags = participation.map((p) => p.retry_tag).filter((t): t is string => t !== null);
    assert.ok(tags.length >= 1);
    for (const tag of tags) {
      assert.match(tag, /^[0-9a-f]{64}$/);
      assert.ok(!JSON.stringify(ballotRows).includes(tag), 'no tag in the ballots');
      assert.ok(!tag.toUpperCase().includes(receipt.replace(/-/g, '').slice(0, 8)), 'the tag is not the receipt');
    }
    assert.deepEqual(Object.keys(ballotRows[0]!).sort(), ['budget_id', 'choices_json', 'id', 'receipt_code']);
  });

  test('an assisted ballot with a key is repeatable at the officer’s desk too', async () => {
    const [code] = await codes(1);
    const k = key();
    const body = { voter: { code }, choices: [] };
    const path = `${S}/rt-one/budgets/rt-one-a/assisted-ballots`;
    const first = await h.call('POST', path, body, { Authorization: `Bearer ${h.officer}`, 'Idempotency-Key': k });
    assert.equal(first.status, 201);
    const again = await h.call('POST', path, body, { Authorization: `Bearer ${h.officer}`, 'Idempotency-Key': k });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), await first.json());
  });
});
