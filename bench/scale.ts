#!/usr/bin/env node
// City scale (issue 13): the feedback server over N generated reports, on SQLite and on
// PostgreSQL, beside the same run's baseline (the pre-issue-13 stats computation, which read
// every report of the period into JavaScript, on the same data and the same load):
//   - the stats answer's latency: the default period (12 weeks) and the longest (2 years),
//     computed (a period not asked before) and cached (asked again);
//   - a mixed load (status lookups, public list pages, stats, submissions, /healthz) from
//     8 concurrent clients: p50/p99 of each, and the server's event-loop delay p99
//     (monitorEventLoopDelay, in the server process, during the load);
//   - the database size per 100,000 reports, and how fast the generator wrote them.
// The server runs in a child process (its event loop measured alone); it is the app of
// src/app.ts with the registry's modules, from the TypeScript sources.
// Usage: npm run bench:scale -- [--size 50000] [--db sqlite|postgresql|both] [--seconds 8] [--keep]
//        [--file F | --schema S] [--modes baseline,new] [--server-prof DIR]
//   PostgreSQL: DATABASE_URL or postgres://postgres@127.0.0.1:5432/test, in a schema
//   scale_bench_<pid> dropped afterwards; SQLite: a file in a temp folder deleted afterwards.
//   --file (SQLite) or --schema (PostgreSQL, in DATABASE_URL's database) measures data seeded
//   before with `npm run seed:scale -- --only feedback` (--size must say how many), kept
//   afterwards: a 500,000-report seeding takes 6-15 minutes, so it is made once.
//   --modes: which servers to measure (both by default); --server-prof: a CPU profile of each
//   server process (node --cpu-prof) written into DIR.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { addDays, FeedbackStatsQuerySchema } from '@kohtaamo/core';
import * as v from 'valibot';
import { createApp } from '../packages/server/src/app.js';
import { openPostgres, openSqlite, type DatabaseHandle } from '../packages/server/src/db/database.js';
import { defaultModules } from '../packages/server/src/modules.js';
import { openScaleDatabase, seedScale } from '../packages/server/src/platform/scale/seed-scale.cli.js';
import { resolvePeriod } from '../packages/server/src/feedback/stats/feedback-stats.repository.js';
import { referenceStats } from '../packages/server/src/feedback/stats/stats.reference.js';

const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
type Kind = 'sqlite' | 'postgresql';
type Mode = 'new' | 'baseline';
interface ServeConfig {
  readonly kind: Kind;
  readonly file?: string;
  readonly url?: string;
  readonly mode: Mode;
}

// ---------------------------------------------------------------- the server process
async function serveMode(config: ServeConfig): Promise<void> {
  const handle: DatabaseHandle = config.kind === 'sqlite' ? openSqlite(config.file!) : await openPostgres(config.url!);
  const app = createApp({
    db: handle,
    config: { origins: [] },
    modules: defaultModules(),
    platform: { rateLimit: null },
    logger: { error: (m, e) => console.error(m, e) },
  });
  let fetcher = app.fetch;
  if (config.mode === 'baseline') {
    // The stats as before issue 13: every report of the period and the backlog into
    // JavaScript, working days report by report, on the event loop; no cache.
    const outer = new Hono();
    outer.get('/api/v1/feedback/stats', async (c) => {
      const query = v.parse(FeedbackStatsQuerySchema, c.req.query());
      const now = new Date();
      const period = resolvePeriod(query, now);
      const figures = await referenceStats(handle.db, { ...period, now, targetWorkingDays: 5, category: query.category, unit: query.unit });
      return c.json(figures);
    });
    outer.route('/', app as unknown as Hono);
    fetcher = outer.fetch;
  }
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const server = serve({ fetch: fetcher, port: 0, hostname: '127.0.0.1' });
  server.once('listening', () => process.send!({ port: (server.address() as { port: number }).port }));
  process.on('message', (m: { cmd: string }) => {
    if (m.cmd === 'reset') {
      delay.reset();
      process.send!({ ok: true });
    } else if (m.cmd === 'report') {
      process.send!({ p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 });
    } else if (m.cmd === 'stop') {
      server.close();
      void handle.close().then(() => process.exit(0));
    }
  });
}

/**
 * A control: a Node process with nothing to do, its event-loop delay measured as the server's
 * (resolution 5 ms) during the same load. Above it, the delay is the server's own work; up to
 * it, the machine's (a process waiting for one of the shared cores).
 */
function idleMode(): void {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  process.send!({ port: 0 });
  process.on('message', (m: { cmd: string }) => {
    if (m.cmd === 'reset') {
      delay.reset();
      process.send!({ ok: true });
    } else if (m.cmd === 'report') {
      process.send!({ p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 });
    } else if (m.cmd === 'stop') process.exit(0);
  });
}

// ---------------------------------------------------------------- the measuring process
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))]!;
};
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

class Server {
  #replies: ((m: Record<string, number>) => void)[] = [];
  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {
    child.on('message', (m: Record<string, number>) => this.#replies.shift()?.(m));
  }
  static async start(config: ServeConfig | 'idle', profileDir?: string): Promise<Server> {
    const args = config === 'idle' ? ['--idle'] : ['--serve', JSON.stringify(config)];
    const execArgv = profileDir === undefined || config === 'idle' ? process.execArgv : [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profileDir}`];
    const child = fork(fileURLToPath(import.meta.url), args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    return new Server(child, `http://127.0.0.1:${port}`);
  }
  ask(cmd: string): Promise<Record<string, number>> {
    return new Promise((resolve) => {
      this.#replies.push(resolve);
      this.child.send({ cmd });
    });
  }
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ cmd: 'stop' });
    await exited;
  }
}

async function timed(url: string, init?: RequestInit): Promise<number> {
  const began = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status}`);
  return performance.now() - began;
}

const submission = (i: number) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ category: i % 2 ? 'streets' : 'parks', message: `Kuoppa ajoradassa, mittaus ${i}.`, location: { address: 'Kauppakatu 1' }, lang: 'fi' }),
});

const STATS_QUERIES = ['', '?category=streets', '?category=parks', '?unit=library', '?category=streets&unit=street-green'];

/**
 * Stats latency: computed (each run a period not asked before, so no cache and no answer from
 * before a change can serve it) and cached (the last one asked again).
 */
async function statsLatency(server: Server, from: string, to: string, runs: number, cachedRuns: number): Promise<{ computed: number; cached: number }> {
  const computed: number[] = [];
  let url = '';
  for (let i = 0; i < runs; i++) {
    url = `${server.base}/api/v1/feedback/stats?from=${addDays(from, i)}&to=${to}`;
    computed.push(await timed(url));
  }
  const cached: number[] = [];
  for (let i = 0; i < cachedRuns; i++) cached.push(await timed(url));
  return { computed: percentile(computed, 0.5), cached: percentile(cached, 0.5) };
}

/**
 * CPU ticks (1/100 s) of each PostgreSQL process on this machine, by pid (an empty map where
 * /proc cannot be read or the database runs elsewhere): the database's own work during the load.
 */
function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return ticks;
}

async function mixedLoad(server: Server, codes: string[], seconds: number, twoYears: string): Promise<{ latencies: Record<string, number[]>; failed: Record<string, number>; loop: Record<string, number>; idleLoop: Record<string, number>; postgresCpu: number }> {
  const latencies: Record<string, number[]> = { status: [], list: [], stats: [], submit: [], healthz: [] };
  const failed: Record<string, number> = {};
  const kinds: [string, number][] = [['status', 40], ['list', 20], ['stats', 15], ['submit', 10], ['healthz', 15]];
  const total = kinds.reduce((s, [, w]) => s + w, 0);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = () => {
    let r = random() * total;
    for (const [kind, weight] of kinds) if ((r -= weight) < 0) return kind;
    return 'status';
  };
  let cursor: string | null = null;
  let n = 0;
  const idle = await Server.start('idle');
  await server.ask('reset');
  await idle.ask('reset');
  const ticksBefore = postgresTicks();
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const kind = pick();
      let t: number;
      const began = performance.now();
      try {
        switch (kind) {
          case 'status':
            t = await timed(`${server.base}/api/v1/feedback/${codes[Math.floor(random() * codes.length)]}`);
            break;
          case 'list': {
            const began = performance.now();
            const response = await fetch(`${server.base}/api/v1/feedback?pageSize=20${cursor && random() < 0.7 ? `&cursor=${cursor}` : ''}`);
            const body = (await response.json()) as { next?: string | null };
            cursor = body.next ?? null;
            t = performance.now() - began;
            break;
          }
          case 'stats': {
            const query = random() < 0.1 ? twoYears : STATS_QUERIES[Math.floor(random() * STATS_QUERIES.length)]!;
            t = await timed(`${server.base}/api/v1/feedback/stats${query}`);
            break;
          }
          case 'submit':
            t = await timed(`${server.base}/api/v1/feedback`, submission(n++));
            break;
          default:
            t = await timed(`${server.base}/healthz`);
        }
      } catch {
        // A stalled server drops kept-alive connections (the baseline does): counted, timed.
        failed[kind] = (failed[kind] ?? 0) + 1;
        t = performance.now() - began;
      }
      latencies[kind]!.push(t);
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  let postgresCpu = 0;
  for (const [pid, ticks] of postgresTicks()) postgresCpu += (ticks - (ticksBefore.get(pid) ?? 0)) / 100;
  const loop = await server.ask('report');
  const idleLoop = await idle.ask('report');
  await idle.stop();
  return { latencies, failed, loop, idleLoop, postgresCpu };
}

async function databaseSize(handle: DatabaseHandle, kind: Kind, file: string | undefined, schema: string | undefined): Promise<number> {
  if (kind === 'sqlite') {
    const sqlite = new SqliteDatabase(file!);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    return statSync(file!).size;
  }
  const { rows } = await sql<{ bytes: string }>`select sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)::regclass))::text as bytes from pg_tables where schemaname = ${schema!}`.execute(handle.db);
  return Number(rows[0]?.bytes ?? 0);
}

interface MeasureOptions {
  readonly seconds: number;
  readonly keep: boolean;
  /** Data seeded before: a SQLite file or a PostgreSQL schema, measured as they are and kept. */
  readonly seeded?: string;
  readonly modes: readonly Mode[];
  readonly serverProf?: string;
}

async function measure(kind: Kind, size: number, options: MeasureOptions): Promise<void> {
  const { seconds } = options;
  const seeded = options.seeded;
  const keep = options.keep || seeded !== undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kohtaamo-scale-'));
  const file = kind === 'sqlite' && seeded !== undefined ? seeded : join(dir, 'scale.sqlite');
  const schema = kind === 'postgresql' && seeded !== undefined ? seeded : `scale_bench_${process.pid}`;
  const url = (() => {
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return u.toString();
  })();
  const modules = defaultModules();
  const now = new Date();
  const args = { size, db: kind, file, url: PG_URL, schema, seed: 13, years: 5, now, fresh: seeded === undefined } as const;
  const handle = await openScaleDatabase(args, modules);
  try {
    const began = performance.now();
    // Only the feedback reports: the other domains' items are measured by bench:scale-domains,
    // and the size per 100,000 reports is then the reports' own.
    if (seeded === undefined) await seedScale(handle, { ...args, only: ['feedback'] }, modules, (line) => console.error(`  ${line}`));
    const seedSeconds = (performance.now() - began) / 1000;
    await sql`${sql.raw(kind === 'postgresql' ? 'vacuum analyze' : 'analyze')}`.execute(handle.db);
    const bytes = await databaseSize(handle, kind, file, schema);
    const codes = (await handle.db.selectFrom('feedback').select('tracking_code').orderBy('created_at', 'desc').limit(5000).execute()).map((r) => r.tracking_code);
    const period2y = resolvePeriod({ from: undefined, to: undefined }, now);
    const twoYearsFrom = addDays(period2y.to, -729); // the longest period the API takes
    const twoYears = `?from=${twoYearsFrom}&to=${period2y.to}`;

    console.log(`\n${kind}: ${size.toLocaleString('en')} reports over 5 years (seed 13); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (seeded === undefined) console.log(`  generator: ${seedSeconds.toFixed(1)} s (${Math.round(size / seedSeconds).toLocaleString('en')} reports/s with their histories)`);
    else console.log(`  seeded before: ${seeded}`);
    console.log(`  database size: ${(bytes / 1e6).toFixed(1)} MB, ${((bytes / 1e6) * (100_000 / size)).toFixed(1)} MB per 100,000 reports`);

    const results: Record<Mode, { stats12w: { computed: number; cached: number }; stats2y: { computed: number; cached: number }; load: Awaited<ReturnType<typeof mixedLoad>> }> = {} as never;
    for (const mode of options.modes) {
      const server = await Server.start({ kind, ...(kind === 'sqlite' ? { file } : { url }), mode }, options.serverProf);
      try {
        await timed(`${server.base}/healthz`);
        // The baseline has no cache: a repeat computes again (few repeats at a large size).
        const repeats = mode === 'baseline' && size > 200_000 ? 1 : 3;
        const stats12w = await statsLatency(server, period2y.from, period2y.to, repeats, mode === 'baseline' ? repeats : 10);
        const stats2y = await statsLatency(server, twoYearsFrom, period2y.to, repeats, mode === 'baseline' ? repeats : 10);
        const load = await mixedLoad(server, codes, seconds, twoYears);
        results[mode] = { stats12w, stats2y, load };
      } finally {
        await server.stop();
      }
    }
    const column = (m: (typeof results)['new'] | undefined, f: (m: (typeof results)['new']) => string) => (m === undefined ? '' : f(m)).padStart(14);
    const row = (label: string, f: (m: (typeof results)['new']) => string) => console.log(`  ${label.padEnd(44)} ${column(results.baseline, f)} ${column(results.new, f)}`);
    console.log(`  ${''.padEnd(44)} ${'baseline'.padStart(14)} ${'now'.padStart(14)}`);
    row('stats, 12 weeks, computed (ms)', (m) => ms(m.stats12w.computed));
    row('stats, 12 weeks, cached (ms)', (m) => ms(m.stats12w.cached));
    row('stats, 2 years, computed (ms)', (m) => ms(m.stats2y.computed));
    row('stats, 2 years, cached (ms)', (m) => ms(m.stats2y.cached));
    console.log(`  mixed load, ${seconds} s, 8 clients: p50 / p99 ms (requests)`);
    for (const kind2 of ['healthz', 'status', 'list', 'stats', 'submit']) {
      row(`  ${kind2}`, (m) => `${ms(percentile(m.load.latencies[kind2]!, 0.5))} / ${ms(percentile(m.load.latencies[kind2]!, 0.99))} (${m.load.latencies[kind2]!.length}${m.load.failed[kind2] ? `, ${m.load.failed[kind2]} failed` : ''})`);
    }
    row('  event-loop delay p99 / max (ms)', (m) => `${ms(m.load.loop.p99!)} / ${ms(m.load.loop.max!)}`);
    row('  an idle process beside it: p99 / max (ms)', (m) => `${ms(m.load.idleLoop.p99!)} / ${ms(m.load.idleLoop.max!)}`);
    // Any PostgreSQL on this machine (another helper's tests too): the database's CPU seconds.
    if (kind === 'postgresql') row('  PostgreSQL processes: CPU seconds', (m) => m.load.postgresCpu.toFixed(1));
    console.log(`  load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await handle.close();
    if (!keep) {
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgresql') {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
    } else {
      if (seeded !== undefined) rmSync(dir, { recursive: true, force: true });
      console.log(`  kept: ${kind === 'sqlite' ? file : `schema ${schema}`}`);
    }
  }
}

if (process.argv[2] === '--idle') {
  idleMode();
} else if (process.argv[2] === '--serve') {
  await serveMode(JSON.parse(process.argv[3]!) as ServeConfig);
} else {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '50000' },
      db: { type: 'string', default: 'both' },
      seconds: { type: 'string', default: '8' },
      keep: { type: 'boolean', default: false },
      file: { type: 'string' },
      schema: { type: 'string' },
      modes: { type: 'string', default: 'baseline,new' },
      'server-prof': { type: 'string' },
    },
  });
  const size = Number(values.size);
  const seconds = Number(values.seconds);
  const kinds: Kind[] = values.db === 'both' ? ['sqlite', 'postgresql'] : [values.db === 'sqlite' ? 'sqlite' : 'postgresql'];
  console.log(`bench:scale — ${size.toLocaleString('en')} reports; Node ${process.version}; ${new Date().toISOString()}`);
  const modes = values.modes.split(',').filter((m): m is Mode => m === 'baseline' || m === 'new');
  for (const kind of kinds) {
    const seeded = kind === 'sqlite' ? values.file : values.schema;
    await measure(kind, size, { seconds, keep: values.keep ?? false, modes, ...(seeded !== undefined ? { seeded } : {}), ...(values['server-prof'] !== undefined ? { serverProf: values['server-prof'] } : {}) });
  }
}
