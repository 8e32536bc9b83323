// A second Kohtaamo server for the browser tests, with a LOW submission rate limit
// (KOHTAAMO_RATE_LIMIT=2/10m), so a test can see the form's "too many submissions" notice
// against a real 429. The main test server runs with the limit off (its tests post a lot).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {{ port: number, origins: string[], rateLimit?: string, name?: string, env?: Record<string, string> }} options
 *   `rateLimit` (default `2/10m`); `name` tells two such servers apart in the runner; `env` adds
 *   settings (the portal's URL and key of scripts/wtr-portal-server.mjs).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function limitedKohtaamoServer({ port, origins, rateLimit = '2/10m', name = 'kohtaamo-limited-server', env = {} }) {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let dataDir = '';
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    async serverStart() {
      dataDir = mkdtempSync(join(tmpdir(), 'kohtaamo-wtr-limited-'));
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts', '--demo'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          KOHTAAMO_DB: join(dataDir, 'kohtaamo.sqlite'),
          KOHTAAMO_ORIGINS: origins.join(','),
          KOHTAAMO_RATE_LIMIT: rateLimit,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      const deadline = Date.now() + 180_000; // a start-up wait, not a timing assertion: generous for a loaded machine
      for (;;) {
        const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
        if (code !== undefined) throw new Error(`The rate-limited Kohtaamo server exited (${code}):\n${output}`);
        try {
          if ((await fetch(`${url}/healthz`)).ok) break;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`The rate-limited Kohtaamo server did not start within 180 s:\n${output}`);
      }
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
