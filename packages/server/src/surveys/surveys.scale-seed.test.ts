import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { validateResponse, type SurveyAnswers } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedSurveysAtScale } from './surveys.scale-seed.js';
import { templateDefinition } from './surveys.seed.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

const NOW = new Date('2026-12-01T12:00:00.000Z');

async function written(seed: number) {
  const database = await createTestDatabase();
  databases.push(database);
  const db = database.handle.db;
  const outcome = await seedSurveysAtScale(db, { size: 2500, seed, years: 2, now: NOW });
  // Ids are drawn by the repository; the content is what the seed decides.
  const rows = await db.selectFrom('survey_responses').select(['round_id', 'mode', 'lang', 'answers_json', 'received_on', 'respondent_id']).execute();
  const sorted = rows.map((r) => JSON.stringify(r)).sort();
  const rounds = await db.selectFrom('survey_rounds').select(['id', 'status', 'margins_json']).where('id', 'like', 'scale-%').execute();
  return { outcome, rows, rounds, digest: createHash('sha256').update(sorted.join('\n')).digest('hex') };
}

test(`the city-scale generator writes the same survey responses from the same seed (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const a = await written(42);
  const b = await written(42);
  const c = await written(43);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
  assert.deepEqual(a.outcome, { rounds: ['scale-survey-2026'], responses: 2500 });
  assert.equal(a.rows.length, 2500);
  assert.deepEqual(a.rounds.map((r) => [r.id, r.status, r.margins_json !== null]), [['scale-survey-2026', 'closed', true]]);
  const definition = templateDefinition();
  for (const row of a.rows.slice(0, 300)) assert.ok(validateResponse(definition, JSON.parse(row.answers_json) as SurveyAnswers).ok, row.answers_json);
  const interviews = a.rows.filter((r) => r.mode === 'interviewer').length;
  assert.ok(interviews > 1800 && interviews < 2200, `about four in five from the sample (${interviews})`);
  assert.ok(new Set(a.rows.map((r) => r.received_on)).size > 1, 'spread over the round');
});
