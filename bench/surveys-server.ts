#!/usr/bin/env node
// Aggregating 100,000 survey responses on the server (issue 10), through the real app over HTTP
// on a real database, beside a baseline measured in the same process on the same rows:
//   - computed: the staff results of a round with new data (GET …/staff/surveys/{id}/rounds/{id}/results):
//     the rows read, raked to the demo margins (age group × sex × area), every question's shares
//     and means with their intervals, in the results worker thread (ADR 0034), then cached;
//   - cached: the same request again (the cache holds this data version);
//   - while computing: the longest wait of /healthz polled every 20 ms (the event loop stays free);
//   - baseline: the same aggregation (computeRoundResults) called on the main thread on the same
//     rows, as a server without the worker and the cache would answer every request.
// Usage: npm run bench:surveys-server -- [--size 100000] [--runs 3] [--json]
//   The database: KOHTAAMO_TEST_DB=sqlite (default) or postgresql (as the server tests).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../packages/core/src/random/index.js';
import { computeRoundResults } from '../packages/server/src/surveys/surveys.results.compute.js';
import { bumpResultsVersion } from '../packages/server/src/surveys/surveys.results.js';
import { DEMO_MARGINS, randomAnswers, templateDefinition } from '../packages/server/src/surveys/surveys.seed.js';
import { expectStatus, openRound, S, startSurveys, SURVEY } from '../packages/server/src/surveys/surveys.test-support.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
const N = Number(args.size);
const RUNS = Number(args.runs);
const ROUND = 'bench-2027';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const h = await startSurveys();
try {
  await openRound(h, ROUND);
  await expectStatus(h.staff('PUT', `${S}/${SURVEY}/rounds/${ROUND}/margins`, DEMO_MARGINS), 200);
  const definition = templateDefinition();
  const random = mulberry32(20270310);
  const db = h.database.handle.db;
  const seedStart = performance.now();
  const pool = Array.from({ length: 200 }, () => JSON.stringify(randomAnswers(definition, random)));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < N; i += 500) {
      const batch = Array.from({ length: Math.min(500, N - i) }, (_, j) => {
        const n = i + j;
        const mode = n % 5 === 0 ? 'web' : n % 5 === 1 ? 'invitation' : 'interviewer';
        return { id: `bench-${String(n).padStart(7, '0')}`, round_id: ROUND, survey_id: SURVEY, version: 1, mode, lang: 'fi', answers_json: pool[Math.floor(random() * pool.length)]!, received_on: '2027-03-10', respondent_id: mode === 'interviewer' ? `TEL-${n}` : null };
      });
      await trx.insertInto('survey_responses').values(batch).execute();
    }
  });
  const seedMs = performance.now() - seedStart;

  const results = `${S}/${SURVEY}/rounds/${ROUND}/results`;
  /** A failed request names its phase, how long it had waited and the socket's own error (ECONNRESET, a timeout…), so a failure says where it came from. */
  const timed = async (phase: string): Promise<{ ms: number; body: string }> => {
    const start = performance.now();
    try {
      const r = await h.staff('GET', results);
      const body = await r.text();
      if (r.status !== 200) throw new Error(`results: ${r.status} ${body}`);
      return { ms: performance.now() - start, body };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`${phase}: the results request failed after ${Math.round(performance.now() - start)} ms (${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`, { cause: error });
    }
  };

  // The worker thread starts on first use (from the TypeScript sources here): started before timing.
  await bumpResultsVersion(db, ROUND);
  await timed('warm-up');
  // Computed in the worker, each run on a new data version; /healthz polled meanwhile.
  const computed: number[] = [];
  const stalls: number[] = [];
  let sample = '';
  for (let r = 0; r < RUNS; r++) {
    await bumpResultsVersion(db, ROUND);
    let polling = true;
    let worst = 0;
    const poll = (async () => {
      while (polling) {
        const start = performance.now();
        await (await h.call('GET', '/healthz')).arrayBuffer();
        worst = Math.max(worst, performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const run = await timed(`computed ${r + 1}`);
    polling = false;
    await poll;
    computed.push(run.ms);
    stalls.push(worst);
    sample = run.body;
  }
  const cached: number[] = [];
  for (let r = 0; r < Math.max(5, RUNS); r++) cached.push((await timed(`cached ${r + 1}`)).ms);

  // Baseline: the same rows, the same aggregation, on this (the main) thread.
  const baseline: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const rows = await db.selectFrom('survey_responses').select(['mode', 'answers_json']).where('round_id', '=', ROUND).orderBy('id').execute();
    const round = await db.selectFrom('survey_rounds').select(['year']).where('id', '=', ROUND).executeTakeFirstOrThrow();
    computeRoundResults({ definition, margins: DEMO_MARGINS, modes: rows.map((x) => x.mode), answers: rows.map((x) => x.answers_json), meta: { round: ROUND, year: round.year, computedAt: new Date().toISOString() }, by: null, indicators: [] });
    baseline.push(performance.now() - start);
  }

  const parsed = JSON.parse(sample) as { groups: { group: string; respondents: number; weighted: boolean }[] };
  const figures = {
    database: h.database.kind,
    responses: N,
    groups: parsed.groups.map((g) => ({ group: g.group, respondents: g.respondents, weighted: g.weighted })),
    seedMs: Math.round(seedMs),
    computedMs: Math.round(median(computed)),
    healthzWorstWhileComputingMs: Math.round(Math.max(...stalls)),
    cachedMs: Math.round(median(cached) * 10) / 10,
    baselineMainThreadMs: Math.round(median(baseline)),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  if (args.json) console.log(JSON.stringify(figures, null, 2));
  else {
    const n = (v: number) => v.toLocaleString('en-US');
    console.log(`Survey results of ${n(N)} responses (${figures.groups.map((g) => `${g.group} ${n(g.respondents)}${g.weighted ? ' raked' : ''}`).join(', ')}), ${figures.database}, medians of ${RUNS} runs:`);
    console.log(`  through the server, computed (worker thread, then cached) ${n(figures.computedMs).padStart(8)} ms`);
    console.log(`  through the server, cached (same data version)           ${String(figures.cachedMs).padStart(8)} ms`);
    console.log(`  /healthz's longest wait while computing                  ${n(figures.healthzWorstWhileComputingMs).padStart(8)} ms`);
    console.log(`  baseline: read + aggregate on the main thread, no cache   ${n(figures.baselineMainThreadMs).padStart(8)} ms  (every request; the event loop blocked meanwhile)`);
    console.log(`  (writing the ${n(N)} rows took ${n(figures.seedMs)} ms; load average ${figures.loadAverage.join(' ')})`);
  }
} finally {
  await h.close();
}
