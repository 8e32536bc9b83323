// A Kohtaamo server for the browser tests that imports from vapaaehtoistyo.fi (issue 11, ADR
// 0027). The portal cannot be reached from here, so a loopback stand-in of its read API answers
// `GET /collection/task?page=N` and `/task/{id}` with the recorded responses the server's own
// test uses (packages/server/src/volunteering/fixtures/vapaaehtoistyo.recorded.json), and only
// with the Bearer key. The server is started with KOHTAAMO_VAPAAEHTOISTYO_URL and _KEY pointing
// at it, so its import job reads the portal at start-up: the real import path, not a seed. The
// runner waits until the board lists an imported task (window.KOHTAAMO_TEST_PORTAL_API).
// A server of its own: the main test server's board stays as the other tests expect it.
//
// The recording's tasks are dated in May–July 2027 (Unix seconds), read as of 20 May 2027 by the
// server's test, whose clock is set to that day. This server's clock is the real one, and the
// import skips a task whose end is past: served as recorded, the talkoot would leave the board
// (and the test) once its day had gone by. So the stand-in serves every `timeStamp…` moved by
// whole days from the recording's day to today: the same tasks, the same distances from now,
// whatever the date of the run.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { limitedKohtaamoServer } from './wtr-limited-server.mjs';

const RECORDED = new URL('../packages/server/src/volunteering/fixtures/vapaaehtoistyo.recorded.json', import.meta.url);
/** The day the recording is read as "now" (packages/server/src/volunteering/vapaaehtoistyo.test.ts). */
const RECORDED_ON = Date.UTC(2027, 4, 20);
const DAY_SECONDS = 86_400;

/**
 * The recorded responses with each `timeStamp…` number moved by the whole days from the
 * recording's day to `today` (null and absent ones as they are).
 * @template T
 * @param {T} value
 * @param {Date} today
 * @returns {T}
 */
export function recordedAsOf(value, today) {
  const days = Math.round((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - RECORDED_ON) / (DAY_SECONDS * 1000));
  /** @param {unknown} v @returns {unknown} */
  const move = (v) =>
    Array.isArray(v)
      ? v.map(move)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k.startsWith('timeStamp') && typeof x === 'number' ? x + days * DAY_SECONDS : move(x)]))
        : v;
  return /** @type {T} */ (move(value));
}

/**
 * @param {{ port: number, origins: string[] }} options the Kohtaamo server's port and allowed origins
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function portalImportingKohtaamoServer({ port, origins }) {
  const key = `wtr-portal-${process.pid}`;
  /** @type {import('node:http').Server | undefined} */
  let portal;
  /** @type {import('@web/test-runner').TestRunnerPlugin | undefined} */
  let kohtaamo;
  return {
    name: 'kohtaamo-portal-importing-server',
    async serverStart(args) {
      const recorded = recordedAsOf(/** @type {{ pages: Record<string, unknown>, tasks: Record<string, unknown> }} */ (JSON.parse(readFileSync(RECORDED, 'utf8'))), new Date());
      const stand = createServer((req, res) => {
        if (req.headers.authorization !== `Bearer ${key}`) {
          res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthorized"}');
          return;
        }
        const url = new URL(req.url ?? '/', 'http://portal.invalid');
        const body = url.pathname === '/collection/task' ? (recorded.pages[url.searchParams.get('page') ?? '1'] ?? { data: [] }) : url.pathname.startsWith('/task/') ? recorded.tasks[decodeURIComponent(url.pathname.slice(6))] : undefined;
        if (body === undefined) res.writeHead(404).end();
        else res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      });
      portal = stand;
      await new Promise((resolve) => stand.listen(0, '127.0.0.1', () => resolve(undefined)));
      const address = /** @type {import('node:net').AddressInfo} */ (stand.address());
      kohtaamo = limitedKohtaamoServer({
        port,
        origins,
        rateLimit: 'off',
        name: 'kohtaamo-portal-importing-server',
        env: { KOHTAAMO_VAPAAEHTOISTYO_URL: `http://127.0.0.1:${address.port}`, KOHTAAMO_VAPAAEHTOISTYO_KEY: key },
      });
      await kohtaamo.serverStart?.(args);
      // The import job runs in the server's first look at its jobs, just after it listens.
      const deadline = Date.now() + 180_000; // a wait, not a timing assertion: generous for a loaded machine (as the other servers')
      for (;;) {
        const board = await (await fetch(`http://127.0.0.1:${port}/api/v1/volunteering/opportunities`)).json();
        if (board.items?.some((/** @type {{ source: string }} */ o) => o.source === 'vapaaehtoistyo')) break;
        if (Date.now() > deadline) throw new Error('The portal-importing Kohtaamo server imported nothing within 180 s');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async serverStop() {
      await kohtaamo?.serverStop?.();
      await new Promise((resolve) => (portal ? portal.close(() => resolve(undefined)) : resolve(undefined)));
    },
  };
}
