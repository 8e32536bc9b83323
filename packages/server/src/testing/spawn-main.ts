import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../config.js';

export const MAIN_PATH = fileURLToPath(new URL('../main.ts', import.meta.url));
const SERVER_PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The start-up line of main.ts: "Kohtaamo demo: http://localhost:8787/ (SQLite …)". */
export const STARTUP_LINE = /^Kohtaamo (demo|server): (http:\/\/\S+\/) \((SQLite|PostgreSQL) .+\)$/;

export interface SpawnedMain {
  readonly child: ChildProcess;
  /** The URL from the start-up line. */
  readonly url: string;
  /** Everything printed to stdout so far, line by line. */
  readonly stdout: string[];
  readonly stderr: () => string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment for a child main.ts: this process's, minus anything that would pick the database or port. */
export function childEnv(database: DatabaseConfig | null, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'KOHTAAMO_DB', 'PORT', 'HOST', 'KOHTAAMO_ORIGINS', 'NODE_TEST_CONTEXT']) delete env[name];
  // Signals settings of the shell never leak into a test's server (mail, limits, retention).
  for (const name of ['SMTP_URL', 'SMTP_FROM', 'KOHTAAMO_RATE_LIMIT', 'KOHTAAMO_RETENTION_DAYS', 'KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS', 'KOHTAAMO_TRUSTED_PROXY_HEADER']) delete env[name];
  if (database?.kind === 'sqlite') env.KOHTAAMO_DB = database.file;
  if (database?.kind === 'postgresql') env.DATABASE_URL = database.url;
  // Test servers post many reports from one address: no submission rate limit unless a test sets one.
  return { ...env, PORT: '0', KOHTAAMO_RATE_LIMIT: 'off', ...extra };
}

/** Runs main.ts to its end (for starts that must fail); returns its exit code and output. */
export async function runMainToExit(env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', MAIN_PATH, ...args], {
    cwd: SERVER_PACKAGE_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/**
 * Starts the real main.ts as a child process and resolves once it prints its start-up line.
 * Rejects if the process exits first. No timers: how fast the machine is does not matter.
 */
export async function spawnMain(env: NodeJS.ProcessEnv, args: string[] = []): Promise<SpawnedMain> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', MAIN_PATH, ...args], {
    cwd: SERVER_PACKAGE_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        const match = STARTUP_LINE.exec(line);
        if (match) resolve(match[2]!);
      }
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`main.ts exited (code ${code}, signal ${signal}) before it listened:\n${stderr}`)),
    );
  });
  return { child, url, stdout, stderr: () => stderr, exited };
}
