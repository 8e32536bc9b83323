// Browser tests of the elements (packages/elements/src/**/*.test.ts) in Debian's Chromium.
//
// The elements talk to the REAL Kohtaamo server: this config starts it (`--demo`, a throw-away
// SQLite file, a free port, CORS open to this runner's origin) before the first test, waits for
// /healthz, tells the test pages its URL (window.KOHTAAMO_TEST_API) and stops it at the end.
// A second free port is probed and closed again: nothing listens there, so a request to it is
// refused for real (window.KOHTAAMO_TEST_DEAD_API), which is how the tests take the network down.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { limitedKohtaamoServer } from './scripts/wtr-limited-server.mjs';
import { portalImportingKohtaamoServer } from './scripts/wtr-portal-server.mjs';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const LOOPBACK = '127.0.0.1';

/** A TCP port that nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

const testPort = Number(process.env.WTR_PORT) || (await freePort());
const apiPort = await freePort();
const deadPort = await freePort();
const apiUrl = `http://${LOOPBACK}:${apiPort}`;
const deadUrl = `http://${LOOPBACK}:${deadPort}`;
// A second server with a low submission rate limit (scripts/wtr-limited-server.mjs).
const limitedPort = await freePort();
const limitedUrl = `http://${LOOPBACK}:${limitedPort}`;
// A third server that allows only another site (KOHTAAMO_ORIGINS=https://cms.example.fi): the
// test page's origin is refused, as on an embedding site the operator has not listed yet.
const foreignPort = await freePort();
const foreignUrl = `http://${LOOPBACK}:${foreignPort}`;
// A fourth server that imported vapaaehtoistyo.fi's tasks from a loopback stand-in of the portal
// at start-up (scripts/wtr-portal-server.mjs): the board shows them beside the local ones.
const portalPort = await freePort();
const portalUrl = `http://${LOOPBACK}:${portalPort}`;
// A staff token of the demo administrator, made up for this run: the server registers it
// because it starts with --demo (KOHTAAMO_DEMO_STAFF_TOKEN is ignored without --demo). The
// inbox tests sign in with it (window.KOHTAAMO_TEST_STAFF_TOKEN).
const staffToken = `kst_wtr_${randomBytes(24).toString('base64url')}`;
/** An Open311 API key issued on the test server by the admin command (window.KOHTAAMO_TEST_OPEN311_KEY). */
let open311Key = '';

/** Starts the reference server as a child process for the length of the test run. */
function kohtaamoServer() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let dataDir = '';
  let output = '';

  return {
    name: 'kohtaamo-server',
    async serverStart() {
      dataDir = mkdtempSync(join(tmpdir(), 'kohtaamo-wtr-'));
      child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts', '--demo'],
        {
          env: {
            ...process.env,
            PORT: String(apiPort),
            HOST: LOOPBACK,
            KOHTAAMO_DB: join(dataDir, 'kohtaamo.sqlite'),
            KOHTAAMO_ORIGINS: [`http://localhost:${testPort}`, `http://${LOOPBACK}:${testPort}`].join(','),
            // The element tests post many reports from one address: no submission rate limit here.
            KOHTAAMO_RATE_LIMIT: 'off',
            KOHTAAMO_DEMO_STAFF_TOKEN: staffToken,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => child?.once('exit', resolve));

      const deadline = Date.now() + 180_000; // a start-up wait, not a timing assertion: generous for a loaded machine
      for (;;) {
        const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
        if (code !== undefined) throw new Error(`The Kohtaamo server exited (${code}) before it was ready:\n${output}`);
        try {
          const response = await fetch(`${apiUrl}/healthz`);
          if (response.ok) break;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`The Kohtaamo server did not answer /healthz within 180 s:\n${output}`);
      }
      // The key is printed once, alone on stdout, by the same admin command a city would use.
      open311Key = execFileSync(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/server/src/admin.ts', 'api-key', 'issue', '--name', 'web-test-runner'],
        { env: { ...process.env, KOHTAAMO_DB: join(dataDir, 'kohtaamo.sqlite') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      ).trim();
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child?.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['packages/elements/src/**/*.test.ts'],
  port: testPort,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  // The elements wait on a real server and on real refused connections: give them time.
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [
    kohtaamoServer(),
    limitedKohtaamoServer({ port: limitedPort, origins: [`http://localhost:${testPort}`, `http://${LOOPBACK}:${testPort}`] }),
    limitedKohtaamoServer({ port: foreignPort, origins: ['https://cms.example.fi'], rateLimit: 'off', name: 'kohtaamo-foreign-origin-server' }),
    portalImportingKohtaamoServer({ port: portalPort, origins: [`http://localhost:${testPort}`, `http://${LOOPBACK}:${testPort}`] }),
    // The dev server reads this tsconfig as it is (no `extends`): it must set the decorator options.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)), target: 'es2022' }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <script>
      // nanostores reads process.env.NODE_ENV, which browsers do not have.
      window.process = { env: { NODE_ENV: 'development' } };
      window.KOHTAAMO_TEST_API = ${JSON.stringify(apiUrl)};
      window.KOHTAAMO_TEST_DEAD_API = ${JSON.stringify(deadUrl)};
      window.KOHTAAMO_TEST_LIMITED_API = ${JSON.stringify(limitedUrl)};
      window.KOHTAAMO_TEST_FOREIGN_API = ${JSON.stringify(foreignUrl)};
      window.KOHTAAMO_TEST_PORTAL_API = ${JSON.stringify(portalUrl)};
      window.KOHTAAMO_TEST_STAFF_TOKEN = ${JSON.stringify(staffToken)};
      window.KOHTAAMO_TEST_OPEN311_KEY = ${JSON.stringify(open311Key)};
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
