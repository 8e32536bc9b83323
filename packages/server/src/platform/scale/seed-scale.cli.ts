#!/usr/bin/env node
/**
 * Writes city-scale data into a database, for measuring (issue 13): every module that has a
 * `seedScale` writes `--size` of its items over `--years` years, reproducibly from `--seed`.
 *
 *   npm run seed:scale -- --size 500000 --db sqlite --file /tmp/scale.sqlite
 *   npm run seed:scale -- --size 500000 --db postgresql --url postgres://… --schema scale_x
 *
 * Options: --size N (100000), --db sqlite|postgresql (sqlite), --file PATH (SQLite file,
 * created), --url URL (PostgreSQL; DATABASE_URL otherwise), --schema NAME (PostgreSQL schema,
 * created if missing), --seed N (13), --years N (5), --now ISO (now), --fresh (SQLite: delete
 * the file first; PostgreSQL: drop the schema first), --only NAME[,NAME] (only these modules
 * write: "feedback" for the reports alone).
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../db/database.js';
import { defaultModules } from '../../modules.js';
import { migrateToLatest } from '../migrate.js';
import type { DomainModule } from '../module.js';

export interface SeedScaleArgs {
  readonly size: number;
  readonly db: 'sqlite' | 'postgresql';
  readonly file?: string;
  readonly url?: string;
  readonly schema?: string;
  readonly seed: number;
  readonly years: number;
  readonly now: Date;
  readonly fresh: boolean;
  /** The modules that write (by name); all with a `seedScale` when absent. */
  readonly only?: readonly string[];
}

export function parseSeedScaleArgs(argv: readonly string[]): SeedScaleArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string', default: '100000' },
      db: { type: 'string', default: 'sqlite' },
      file: { type: 'string' },
      url: { type: 'string' },
      schema: { type: 'string' },
      seed: { type: 'string', default: '13' },
      years: { type: 'string', default: '5' },
      now: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const whole = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
    return n;
  };
  const kind = values.db === 'postgresql' || values.db === 'postgres' || values.db === 'pg' ? 'postgresql' : values.db === 'sqlite' ? 'sqlite' : null;
  if (kind === null) throw new Error(`--db must be sqlite or postgresql, not "${values.db}"`);
  if (values.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(values.schema)) throw new Error('--schema must be a lower-case identifier');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not an instant: "${values.now}"`);
  return {
    size: whole('size', values.size, 0),
    db: kind,
    ...(values.file !== undefined ? { file: values.file } : {}),
    ...(values.url !== undefined || process.env.DATABASE_URL ? { url: values.url ?? process.env.DATABASE_URL } : {}),
    ...(values.schema !== undefined ? { schema: values.schema } : {}),
    seed: whole('seed', values.seed, 0),
    years: whole('years', values.years, 1),
    now,
    fresh: values.fresh ?? false,
    ...(values.only !== undefined ? { only: values.only.split(',').map((n) => n.trim()).filter((n) => n !== '') } : {}),
  };
}

/** Opens (and with --fresh, empties) the database the arguments name, migrated. */
export async function openScaleDatabase(args: Pick<SeedScaleArgs, 'db' | 'file' | 'url' | 'schema' | 'fresh'>, modules: readonly DomainModule[]): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (args.db === 'sqlite') {
    const file = args.file ?? 'data/scale.sqlite';
    if (args.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    handle = openSqlite(file);
  } else {
    const url = args.url ?? 'postgres://postgres@127.0.0.1:5432/test';
    let target = url;
    if (args.schema !== undefined) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        if (args.fresh) await admin.query(`drop schema if exists "${args.schema}" cascade`);
        await admin.query(`create schema if not exists "${args.schema}"`);
      } finally {
        await admin.end();
      }
      const withPath = new URL(url);
      withPath.searchParams.set('options', `-c search_path=${args.schema}`);
      target = withPath.toString();
    }
    handle = await openPostgres(target);
  }
  await migrateToLatest(handle, modules);
  return handle;
}

/** Writes the data; returns one line per module. */
export async function seedScale(handle: DatabaseHandle, args: SeedScaleArgs, modules: readonly DomainModule[], log: (line: string) => void = () => undefined): Promise<string[]> {
  const lines: string[] = [];
  const unknown = (args.only ?? []).filter((name) => !modules.some((m) => m.name === name));
  if (unknown.length > 0) throw new Error(`--only names no module: ${unknown.join(', ')} (modules: ${modules.map((m) => m.name).join(', ')})`);
  for (const module of modules) {
    if (!module.seedScale) continue;
    if (args.only && !args.only.includes(module.name)) continue;
    const began = Date.now();
    let last = began;
    const line = await module.seedScale(handle.db, {
      size: args.size,
      seed: args.seed,
      years: args.years,
      now: args.now,
      progress: (written) => {
        if (Date.now() - last < 5000) return;
        last = Date.now();
        log(`${module.name}: ${written} written (${Math.round(written / ((Date.now() - began) / 1000))}/s)`);
      },
    });
    lines.push(`${module.name}: ${line} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  }
  return lines;
}

async function main(): Promise<void> {
  const args = parseSeedScaleArgs(process.argv.slice(2));
  const modules = defaultModules();
  const handle = await openScaleDatabase(args, modules);
  try {
    for (const line of await seedScale(handle, args, modules, (l) => console.error(l))) console.log(line);
    if (args.db === 'sqlite') {
      const file = args.file ?? 'data/scale.sqlite';
      const size = existsSync(file) ? statSync(file).size : 0;
      console.log(`SQLite file ${file}: ${(size / 1e6).toFixed(1)} MB`);
    }
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
