/**
 * Anonymises old feedback once and exits:
 *   kohtaamo-server retention [--days N]
 *   node --conditions=source --import tsx packages/server/src/signals/retention.cli.ts [--days N]
 *
 * The database comes from DATABASE_URL or KOHTAAMO_DB as for the server; the period from
 * --days, else KOHTAAMO_RETENTION_DAYS (730). The running server does the same every 6 hours.
 * Prints "Anonymised N feedback received before <instant>." and exits 0; 1 with a message on
 * stderr when the configuration or the database is not usable.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { anonymiseExpired } from './retention.js';
import { loadSignalsConfig } from './signals.config.js';

function fail(message: string): never {
  console.error(`Kohtaamo retention: ${message}`);
  process.exit(1);
}

async function run(argv: readonly string[]): Promise<void> {
  let days: number | null;
  let config;
  try {
    config = loadConfig();
    days = loadSignalsConfig().retentionDays;
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  const flag = argv.indexOf('--days');
  if (flag >= 0) {
    const value = argv[flag + 1] ?? '';
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1) fail('--days must be a whole number of days, at least 1');
    days = Number(value);
  } else if (argv.length > 0) {
    fail(`unknown arguments: ${argv.join(' ')} (usage: retention [--days N])`);
  }
  if (days === null) fail('KOHTAAMO_RETENTION_DAYS is off and no --days was given; nothing to do');
  const handle = await openDatabase(config.database).catch((error: unknown) => fail(String(error)));
  try {
    await migrateToLatest(handle);
    const result = await anonymiseExpired(handle.db, { retentionDays: days });
    console.log(`Anonymised ${result.anonymised} feedback received before ${result.cutoff}.`);
  } finally {
    await handle.close();
  }
}

await run(process.argv.slice(2));
