import { resolve } from 'node:path';
import * as v from 'valibot';

/** Where the data lives: a SQLite file (the default) or a PostgreSQL database. */
export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgresql'; readonly url: string };

export interface ServerConfig {
  /** TCP port; 0 lets the operating system choose a free one. */
  readonly port: number;
  /** Interface to listen on; undefined means every interface. */
  readonly host: string | undefined;
  readonly database: DatabaseConfig;
  /**
   * Origins of the sites that embed the widgets from another origin (CORS allow-list),
   * e.g. "https://www.heinola.fi". `*` allows any origin. The server's own origin always works.
   */
  readonly origins: readonly string[];
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_SQLITE_FILE = './data/kohtaamo.sqlite';

const blankToUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

const PortSchema = v.pipe(
  v.optional(v.string(), String(DEFAULT_PORT)),
  v.transform((text) => blankToUndefined(text) ?? String(DEFAULT_PORT)),
  v.regex(/^\d{1,5}$/, 'PORT must be a whole number from 0 to 65535'),
  v.transform(Number),
  v.maxValue(65535, 'PORT must be a whole number from 0 to 65535'),
);

/** An origin as a browser sends it: scheme, host and optional port, no path. */
function isOrigin(text: string): boolean {
  if (text === '*') return true;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

const OriginsSchema = v.pipe(
  v.optional(v.string(), ''),
  v.transform((text) =>
    text
      .split(',')
      .map((part) => part.trim().replace(/\/+$/, ''))
      .filter((part) => part !== ''),
  ),
  v.check(
    (list) => list.every(isOrigin),
    'KOHTAAMO_ORIGINS must be a comma-separated list of origins such as https://www.heinola.fi (scheme, host and port only), or *',
  ),
);

const DatabaseUrlSchema = v.pipe(
  v.string(),
  v.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// connection string'),
);

/** The environment variables the server reads, checked all at once so every mistake is reported. */
export const EnvSchema = v.object({
  PORT: PortSchema,
  HOST: v.optional(v.string()),
  KOHTAAMO_DB: v.optional(v.string()),
  DATABASE_URL: v.optional(v.string()),
  KOHTAAMO_ORIGINS: OriginsSchema,
});

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables. DATABASE_URL (PostgreSQL) wins over
 * KOHTAAMO_DB (a SQLite file, relative to `cwd`). Throws a ConfigError naming every bad value.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): ServerConfig {
  const parsed = v.safeParse(EnvSchema, {
    PORT: env.PORT,
    HOST: blankToUndefined(env.HOST),
    KOHTAAMO_DB: blankToUndefined(env.KOHTAAMO_DB),
    DATABASE_URL: blankToUndefined(env.DATABASE_URL),
    KOHTAAMO_ORIGINS: env.KOHTAAMO_ORIGINS,
  });
  if (!parsed.success) {
    const lines = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? 'environment'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const out = parsed.output;
  let database: DatabaseConfig;
  if (out.DATABASE_URL !== undefined) {
    const url = v.safeParse(DatabaseUrlSchema, out.DATABASE_URL);
    if (!url.success) throw new ConfigError(`Invalid configuration:\n  DATABASE_URL: ${url.issues[0].message}`);
    database = { kind: 'postgresql', url: url.output };
  } else {
    const file = out.KOHTAAMO_DB ?? DEFAULT_SQLITE_FILE;
    database = { kind: 'sqlite', file: file === ':memory:' ? file : resolve(cwd, file) };
  }
  return { port: out.PORT, host: out.HOST, database, origins: out.KOHTAAMO_ORIGINS };
}

/** A connection string safe to print: the password is replaced by "***". */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:***@');
  }
}

/** How the database is named in logs and in the start-up line. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === 'sqlite' ? `SQLite ${config.file}` : `PostgreSQL ${redactUrl(config.url)}`;
}
