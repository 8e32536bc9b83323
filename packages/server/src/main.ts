/**
 * Starts the Kohtaamo server:
 *   node --conditions=source --import tsx packages/server/src/main.ts [--demo]
 *
 * Environment: PORT (8787; 0 picks a free port), HOST, KOHTAAMO_DB (SQLite file,
 * ./data/kohtaamo.sqlite), DATABASE_URL (PostgreSQL; wins over KOHTAAMO_DB), KOHTAAMO_ORIGINS
 * (comma-separated CORS allow-list). `--demo` seeds every module's demo data with Heinola as
 * the demo city (KOHTAAMO_CITY_NAME and the map settings default to Heinola's).
 * With --demo, KOHTAAMO_DEMO_STAFF_TOKEN (if set) becomes a token of a demo administrator, for
 * trying the staff inbox (demo/staff.html) and for the browser tests; without --demo it is ignored.
 *
 * Prints one line to stdout once it listens, e.g.
 *   Kohtaamo demo: http://localhost:8787/ (SQLite /path/data/kohtaamo.sqlite)
 * Exits 1 with a message on stderr when the configuration or the database is not usable.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { answerClientErrors } from './http/client-error.js';
import { createApp, moduleContext } from './app.js';
import { ConfigError, describeDatabase, loadConfig, redactUrl, type ServerConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { defaultModules } from './modules.js';
import { migrateToLatest } from './platform/migrate.js';
import type { DomainModule } from './platform/module.js';
import { loadPlatformConfig, type PlatformConfig } from './platform/platform.config.js';
import { startRuntime } from './platform/runtime.js';
import { seedDemoStaff } from './platform/staff/demo-staff.js';
import { loadAuthConfig } from './platform/auth/auth.config.js';

/** How long in-flight requests get to finish on SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  console.error(`Kohtaamo: ${message}`);
  process.exit(1);
}

function databaseError(config: ServerConfig, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return config.database.kind === 'sqlite'
    ? `cannot open the SQLite database ${config.database.file}: ${reason}`
    : `cannot use the PostgreSQL database ${redactUrl(config.database.url)}: ${reason}`;
}

async function main(argv: readonly string[]): Promise<void> {
  const demo = argv.includes('--demo');
  let config: ServerConfig;
  let platform: PlatformConfig;
  let modules: DomainModule[];
  try {
    config = loadConfig();
    platform = loadPlatformConfig(process.env, { demo });
    modules = defaultModules();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }

  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
    await migrateToLatest(handle, modules);
  } catch (error) {
    fail(databaseError(config, error));
  }

  // The demo's sign-up forms are on Heinolan Latu ry's page, so the manage link of a sign-up's
  // mails opens that page (the default, the front page, has no sign-up form to read the code).
  const env = demo && !process.env.KOHTAAMO_VOLUNTEERING_MANAGE_URL?.trim() ? { ...process.env, KOHTAAMO_VOLUNTEERING_MANAGE_URL: `${platform.publicUrl ?? ''}/heinolan-latu.html#kohtaamo-manage={code}` } : process.env;
  const appOptions = { db: handle, config, modules, platform, env };
  let app;
  try {
    app = createApp(appOptions);
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  const ctx = moduleContext(appOptions);
  try {
    if (demo) {
      for (const module of modules) for (const line of (await module.seedDemo?.(ctx)) ?? []) console.error(`Kohtaamo demo: ${module.name}: ${line}`);
      // The demo's staff token (tests, a local try-out of the inbox); ignored without --demo.
      const demoToken = process.env.KOHTAAMO_DEMO_STAFF_TOKEN?.trim();
      if (demoToken) await seedDemoStaff(handle.db, demoToken, new Date(), loadAuthConfig(process.env, platform.publicUrl).tokenDays);
    } else {
      for (const module of modules) {
        for (const notice of (await module.startupNotices?.(ctx)) ?? []) console.error(`Kohtaamo: NOTICE: ${module.name}: ${notice}`);
      }
    }
  } catch (error) {
    fail(databaseError(config, error));
  }

  // Mail from the outbox (SMTP_URL), every module's retention (KOHTAAMO_RETENTION_DAYS), the
  // clean-ups and module jobs: each job in one process at a time, once per interval (runtime.ts).
  const runtime = startRuntime(ctx, modules);
  const server = serve({ fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) });
  answerClientErrors(server);
  server.once('error', (error) => fail(`cannot listen on port ${config.port}: ${error.message}`));
  server.once('listening', () => {
    const { port } = server.address() as AddressInfo;
    const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
    const label = demo ? 'Kohtaamo demo' : 'Kohtaamo server';
    console.log(`${label}: http://${host.includes(':') ? `[${host}]` : host}:${port}/ (${describeDatabase(config.database)})`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`Kohtaamo: ${signal} received, finishing requests in flight…`);
    const force = setTimeout(() => {
      console.error('Kohtaamo: requests did not finish in time; exiting.');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      runtime
        .stop()
        .then(() => handle.close())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error('Kohtaamo: closing the database failed:', error);
          process.exit(1);
        });
    });
    // Keep-alive connections with no request in flight would hold close() open.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

await main(process.argv.slice(2));
