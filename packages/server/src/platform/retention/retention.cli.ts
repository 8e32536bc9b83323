/**
 * Runs every module's retention once and exits:
 *   kohtaamo-server retention [--days N]
 *   node --conditions=source --import tsx packages/server/src/platform/retention/retention.cli.ts [--days N]
 *
 * The database comes from DATABASE_URL or KOHTAAMO_DB as for the server; the period from
 * --days, else KOHTAAMO_RETENTION_DAYS, else each module's default (feedback: 730 days). The
 * running server does the same every 6 hours. Prints one line per module, e.g.
 * "feedback: anonymised 3 item(s)." and exits 0; 1 with a message on stderr when the
 * configuration or the database is not usable.
 */
import { moduleContext } from '../../app.js';
import { ConfigError, loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { defaultModules } from '../../modules.js';
import { migrateToLatest } from '../migrate.js';
import { loadPlatformConfig } from '../platform.config.js';
import { runRetention } from '../runtime.js';

function fail(message: string): never {
  console.error(`Kohtaamo retention: ${message}`);
  process.exit(1);
}

async function run(argv: readonly string[]): Promise<void> {
  let config;
  let platform;
  try {
    config = loadConfig();
    platform = loadPlatformConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  const flag = argv.indexOf('--days');
  if (flag >= 0) {
    const value = argv[flag + 1] ?? '';
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1) fail('--days must be a whole number of days, at least 1');
    platform = { ...platform, retentionDays: Number(value) };
  } else if (argv.length > 0) {
    fail(`unknown arguments: ${argv.join(' ')} (usage: retention [--days N])`);
  }
  if (platform.retentionDays === null) fail('KOHTAAMO_RETENTION_DAYS is off and no --days was given; nothing to do');
  const modules = defaultModules();
  const handle = await openDatabase(config.database).catch((error: unknown) => fail(String(error)));
  try {
    await migrateToLatest(handle, modules);
    const ctx = moduleContext({ db: handle, config, modules, platform, logger: { error: (m, e) => console.error(m, e) } });
    const result = await runRetention(ctx, modules);
    for (const [name, count] of Object.entries(result)) console.log(`${name}: anonymised ${count} item(s).`);
  } finally {
    await handle.close();
  }
}

await run(process.argv.slice(2));
