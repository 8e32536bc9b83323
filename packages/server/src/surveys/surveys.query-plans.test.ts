/**
 * Issue 13 for surveys: the lists and lookups its routes run in a round of many responses find
 * their rows through an index, never by reading every response or free text
 * (testing/query-plans.ts, ADR 0044), on both databases, over generated responses (ANALYZEd).
 *
 * Not here: what reads a round's every response by design, off the request path or kept per
 * data version: the weighting (the worker, ADR 0034) and the staff's CSV export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyzeForPlans, openPlanCheck, type PlanCheck } from '../testing/query-plans.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { listTexts, publishedTexts } from './surveys.moderation.js';
import { existingRespondents, findRound, roundDetail } from './surveys.repository.js';
import { seedSurveysAtScale } from './surveys.scale-seed.js';

const NOW = new Date('2026-10-01T06:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let plans: PlanCheck;
let roundId: string;

before(async () => {
  database = await createTestDatabase();
  roundId = (await seedSurveysAtScale(database.handle.db, { size: SIZE, seed: 5, years: 1, now: NOW })).rounds[0]!;
  await analyzeForPlans(database);
  plans = await openPlanCheck(database, { guarded: ['survey_responses', 'survey_texts'] });
});

after(async () => {
  await plans?.close();
  await database?.cleanup();
});

describe(`survey query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test("the moderators' free texts: the first page, pending ones, one question's, deep pages by cursor", async () => {
    const db = plans.db;
    // Not checked: the counts by state beside each page read every text of the round (from the
    // index on SQLite); the generated round is the whole table, which PostgreSQL rightly reads.
    const check = (name: string, run: () => Promise<unknown>) => plans.check(name, run, /count\(\*\).*group by "state"/);
    const { question } = await database.handle.db.selectFrom('survey_texts').select('question').where('round_id', '=', roundId).limit(1).executeTakeFirstOrThrow();
    await check('texts', () => listTexts(db, roundId, { limit: 100 }));
    await check('pending texts', () => listTexts(db, roundId, { state: 'pending', limit: 100 }));
    await check("a question's texts", () => listTexts(db, roundId, { question, limit: 100 }));
    let page = await listTexts(db, roundId, { limit: 100 });
    for (let i = 0; i < 3; i++) page = await listTexts(db, roundId, { limit: 100, after: page.next! });
    assert.ok(page.next, 'a list of many pages');
    await check('texts by cursor', () => listTexts(db, roundId, { limit: 100, after: page.next! }));
    await check('pending texts by cursor', () => listTexts(db, roundId, { state: 'pending', limit: 100, after: page.next! }));
  });

  test('the published texts, the staff round, known respondents', async () => {
    const db = plans.db;
    const round = (await findRound(database.handle.db, roundId))!;
    await plans.check('published texts', () => publishedTexts(db, round));
    await plans.check('round detail', () => roundDetail(db, round));
    await plans.check('known respondents of an import', () => existingRespondents(db, roundId, ['r-1', 'r-2', 'r-3']));
  });
});
