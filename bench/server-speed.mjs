#!/usr/bin/env node
// Requests per second of the Kohtaamo server, each beside a bare Node `http` server answering
// the same bytes, measured in this one run by the same load generator on loopback
// (bench/load.mjs: 32 keep-alive connections, 3 s per figure in three slices taking turns with
// the bare server, after a 1 s warm-up):
//   - GET the status of a report by its tracking code, the public list, the categories, /healthz;
//   - POST a new report (a durable write: acknowledged after its commit; SQLite WAL with
//     synchronous=FULL, and PostgreSQL when one answers at DATABASE_URL or the local test one).
// The server runs from its compiled JavaScript (packages/server/dist, built first) with plain node.
// Usage: npm run bench:server   (node bench/server-speed.mjs [--json] [--seconds N])
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { load } from './load.mjs';

const processes = [];
const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 3;
const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);

const loadAtStart = loadavg().map((n) => n.toFixed(2)).join(' ');
const build = spawnSync(process.execPath, [join(root, 'packages/server/scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

// Never hang: the whole run has a deadline (a stuck child or load generator ends it with an error).
const deadline = setTimeout(() => {
  console.error('bench/server-speed.mjs: took longer than 4 minutes, giving up');
  for (const child of processes) child.kill('SIGKILL');
  process.exit(1);
}, 240_000);
deadline.unref();

/** Starts a node process, writes `input` to its stdin (and closes it), resolves once `ready` matches its stdout. */
function startProcess(file, argv, env, ready, input = '') {
  const child = spawn(process.execPath, [file, ...argv], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  processes.push(child);
  child.stdin.end(input);
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      const match = ready.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it listened:\n${err}`)));
  });
}

const startKohtaamo = (env) =>
  startProcess(join(root, 'packages/server/dist/bin/main.js'), ['--demo'], { PORT: '0', HOST: '127.0.0.1', KOHTAAMO_RATE_LIMIT: 'off', SMTP_URL: '', ...env }, /http:\/\/[^:]+:(\d+)\//);

const submission = (i) =>
  JSON.stringify({ category: 'parks', message: `Penkki on rikki, mittaus ${i}.`, location: { address: 'Kirkkopuisto' }, lang: 'fi' });
const WRITE = { method: 'POST', path: '/api/v1/feedback', headers: { 'content-type': 'application/json' } };

async function capture(port, method, path, headers = {}, body) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const keep = {};
  for (const name of ['content-type', 'cache-control', 'etag', 'location', 'x-content-type-options', 'vary']) {
    const value = response.headers.get(name);
    if (value !== null) keep[name] = value;
  }
  return { status: response.status, headers: keep, body: bytes.toString('base64'), bytes };
}

/**
 * Kohtaamo and the bare server take turns (ROUNDS slices each, alternating), so a change in
 * the machine's load during the run (other processes on a shared machine) weighs on both alike.
 */
const ROUNDS = 3;

async function measure(label, kohtaamoPort, barePort, request) {
  const run = (port, durationMs, warmupMs) =>
    load({
      url: `http://127.0.0.1:${port}${request.path}`,
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      ...(request.method === 'POST' ? { body: submission } : {}),
      durationMs,
      warmupMs,
    });
  const slice = (seconds * 1000) / ROUNDS;
  const totals = { kohtaamo: 0, bare: 0 };
  const statuses = {};
  for (let round = 0; round < ROUNDS; round++) {
    // The first slice of each warms up longer (the JIT, the caches), uncounted.
    const warmup = round === 0 ? 1000 : 200;
    const kohtaamo = await run(kohtaamoPort, slice, warmup);
    const bare = await run(barePort, slice, warmup);
    totals.kohtaamo += kohtaamo.requestsPerSecond / ROUNDS;
    totals.bare += bare.requestsPerSecond / ROUNDS;
    for (const [status, n] of Object.entries(kohtaamo.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  }
  return { label, kohtaamo: Math.round(totals.kohtaamo), bare: Math.round(totals.bare), share: totals.kohtaamo / totals.bare, statuses };
}

const results = [];
const dir = mkdtempSync(join(tmpdir(), 'kohtaamo-bench-'));
try {
  const server = await startKohtaamo({ KOHTAAMO_DB: join(dir, 'bench.sqlite') });
  const list = await capture(server.port, 'GET', '/api/v1/feedback');
  const code = /"trackingCode":"([^"]+)"/.exec(list.bytes.toString('utf8'))?.[1];
  if (!code) throw new Error('no published report in the demo data');
  const reads = [
    ['status lookup', `/api/v1/feedback/${code}`],
    ['public list', '/api/v1/feedback'],
    ['categories', '/api/v1/feedback/categories'],
    ['/healthz', '/healthz'],
  ];
  const routes = {};
  for (const [, path] of reads) {
    const answer = await capture(server.port, 'GET', path);
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
    routes[`GET ${path}`] = answer;
  }
  const written = await capture(server.port, WRITE.method, WRITE.path, WRITE.headers, submission(0));
  if (written.status !== 201) throw new Error(`POST ${WRITE.path}: ${written.status} ${written.bytes.toString('utf8')}`);
  routes[`POST ${WRITE.path}`] = written;

  const bare = await startProcess(join(root, 'bench/bare-server.mjs'), [], {}, /listening (\d+)/, JSON.stringify({ routes }));
  for (const [label, path] of reads) results.push(await measure(label, server.port, bare.port, { path }));
  results.push(await measure('durable write, SQLite', server.port, bare.port, WRITE));

  // PostgreSQL, in a schema of its own, when a server answers.
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  const schema = `speed_bench_${process.pid}`;
  let reachable = false;
  try {
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    reachable = true;
  } catch (error) {
    log(`(PostgreSQL not reachable at ${url.replace(/:[^:@/]*@/, ':***@')}: ${error.message}; its row is left out)`);
  }
  if (reachable) {
    try {
      const pgUrl = new URL(url);
      pgUrl.searchParams.set('options', `-c search_path=${schema}`);
      const pgServer = await startKohtaamo({ DATABASE_URL: pgUrl.toString() });
      results.push(await measure('durable write, PostgreSQL', pgServer.port, bare.port, WRITE));
      pgServer.child.kill('SIGTERM');
    } finally {
      await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
      await admin.end();
    }
  }
} finally {
  for (const child of processes) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  const num = (n) => n.toLocaleString('en-US').padStart(10);
  console.log(`\n${pad('route', 28)}${'req/s'.padStart(10)}${'bare req/s'.padStart(12)}${'%'.padStart(8)}   answers`);
  for (const r of results) {
    console.log(`${pad(r.label, 28)}${num(r.kohtaamo)}  ${num(r.bare)}${(r.share * 100).toFixed(1).padStart(8)}   ${Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ')}`);
  }
  console.log(`\n${seconds} s per figure (${ROUNDS} slices taking turns with the bare server) after a warm-up, 32 keep-alive connections on loopback, Node ${process.version}, load average ${loadAtStart} at the start, ${loadavg().map((n) => n.toFixed(2)).join(' ')} at the end.`);
}
