#!/usr/bin/env node
// The public booking figures at city scale (issue 13), beside the same run's baseline: on a
// database written by `npm run seed:scale -- --only booking` (SQLite file or PostgreSQL
// schema), the app in this process, `GET /api/v1/booking/figures?from=…&months=…` sent one
// after another. For each request: its time and the longest the event loop was held during it
// (the largest gap between the ticks of a 1 ms interval timer, so on a loaded machine it
// includes the scheduler's delays too), and how long the event loop was busy in all
// (performance.eventLoopUtilization's active time: work on the main thread, threads apart). Modes:
//   - baseline: the computation before the change (booking.figures.reference.ts) in a handler;
//   - computed: the route as it is, a fresh app each time (nothing kept yet);
//   - kept: the same app again (the answer kept; on PostgreSQL, with no data version, computed);
//   - 304: with If-None-Match.
// Usage: node --conditions=source --import tsx bench/booking-figures.ts --db sqlite --file /tmp/b.sqlite
//        (or --db postgresql [--url …] --schema scale_booking) [--from 2023-01] [--months 36] [--runs 3: each mode twice that, half probed]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Hono } from 'hono';
import { createApp } from '../packages/server/src/app.js';
import { openPostgres, openSqlite, type DatabaseHandle } from '../packages/server/src/db/database.js';
import { createBookingModule } from '../packages/server/src/booking/booking.module.js';
import { closeFiguresWorker } from '../packages/server/src/booking/booking.figures.js';
import { referenceFigures } from '../packages/server/src/booking/booking.figures.reference.js';
import { createBookingRepository } from '../packages/server/src/booking/booking.repository.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    file: { type: 'string', default: 'data/scale.sqlite' },
    url: { type: 'string', default: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' },
    schema: { type: 'string' },
    from: { type: 'string', default: '2023-01' },
    months: { type: 'string', default: '36' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const path = `/api/v1/booking/figures?from=${values.from}&months=${values.months}`;

let handle: DatabaseHandle;
if (values.db === 'sqlite') handle = openSqlite(values.file!);
else {
  const url = new URL(values.url!);
  if (values.schema) url.searchParams.set('options', `-c search_path=${values.schema}`);
  handle = await openPostgres(url.toString());
}
const newApp = () => createApp({ db: handle, config: { origins: [] }, modules: [createBookingModule()], platform: { rateLimit: null }, logger: { error: (m, e) => console.error(m, e) } });

const repository = createBookingRepository({ db: handle.db, kind: handle.kind, clock: () => new Date(), secret: 'bench', publicUrl: null, cityName: 'Heinola' });
const baseline = new Hono();
baseline.get('/api/v1/booking/figures', async (c) => c.json(await referenceFigures(handle.db, repository, c.req.query('from')!, Number(c.req.query('months')))));

const confirmed = await handle.db.selectFrom('booking_bookings').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'confirmed').executeTakeFirst();
console.log(`booking figures ${path} on ${values.db} (${Number(confirmed?.n)} confirmed bookings), load ${loadavg()[0]!.toFixed(1)}`);

// The event loop's longest stall: the largest gap between two ticks of a 1 ms timer. The timer
// is busy work of its own, so the busy time is measured on other runs, without it.
let last = 0;
let maxGap = 0;
let probe: NodeJS.Timeout | undefined;

async function measure(label: string, fetchers: (() => Response | Promise<Response>)[], expect = 200): Promise<string> {
  const times: number[] = [];
  const held: number[] = [];
  const busy: number[] = [];
  let bytes = 0;
  for (const [i, fetcher] of fetchers.entries()) {
    const probing = i % 2 === 0;
    await new Promise((r) => setTimeout(r, 20));
    if (probing) {
      last = performance.now();
      maxGap = 0;
      probe = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 1);
    }
    const t0 = performance.now();
    const elu = performance.eventLoopUtilization();
    const response = await fetcher();
    const body = await response.text();
    times.push(performance.now() - t0);
    if (probing) {
      clearInterval(probe);
      // The gap still open when the answer came counts too.
      held.push(Math.max(maxGap, performance.now() - last));
    } else busy.push(performance.eventLoopUtilization(elu).active);
    if (response.status !== expect) throw new Error(`${label}: ${response.status} ${body.slice(0, 200)}`);
    bytes = body.length;
  }
  const range = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}`;
  const line = `${label.padEnd(10)} request ${range(times).padStart(9)} ms   event loop held ${range(held).padStart(9)} ms, busy ${range(busy).padStart(9)} ms   (${fetchers.length} runs, half of them probed, ${bytes} bytes)`;
  console.log(line);
  return line;
}

const expected = await (await baseline.request(path)).text();
const times = <T>(make: () => T): T[] => Array.from({ length: 2 * runs }, make);
await measure('baseline', times(() => () => baseline.request(path)));
// A first request starts the worker thread (not measured).
const warm = newApp();
const answer = await (await warm.request(path)).text();
if (answer !== expected) throw new Error('the figures differ from the baseline');
// Each its own app, built before the measuring and warmed by a request for one month long
// ago (Hono compiles its router on the first request): nothing of the period kept.
const fresh = times(() => newApp());
for (const a of fresh) await a.request('/api/v1/booking/figures?from=2000-01&months=1');
await measure('computed', fresh.map((a) => () => a.request(path)));
const app = newApp();
const first = await app.request(path);
const etag = first.headers.get('etag')!;
await measure('kept', times(() => () => app.request(path)));
await measure('304', times(() => () => app.request(path, { headers: { 'If-None-Match': etag } })), 304);
await closeFiguresWorker(handle.db);
await handle.close();
