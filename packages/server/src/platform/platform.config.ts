import * as v from 'valibot';
import { ConfigError } from '../config.js';

/** A fixed-window limit: at most `max` requests per client in `windowSeconds`. */
export interface RateLimit {
  readonly max: number;
  readonly windowSeconds: number;
}

/** A point on the map, WGS84 degrees. */
export interface MapPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * The city the server serves: what the library must never hard-code. The demo (`--demo`) uses
 * Heinola's values (DEMO_CITY); a real city sets its own through the environment.
 */
export interface CityConfig {
  /** KOHTAAMO_CITY_NAME, e.g. "Heinolan kaupunki" (signs mails, names the service in Open311). */
  readonly name: string;
  /** KOHTAAMO_MAP_CENTRE "lat,lon": where maps open; null = no default (a widget attribute must say). */
  readonly mapCentre: MapPoint | null;
  /** KOHTAAMO_MAP_BBOX "west,south,east,north": where pins are accepted; null = anywhere. */
  readonly mapBbox: readonly [number, number, number, number] | null;
  /** KOHTAAMO_MAP_TILES: the XYZ tile URL template maps use. */
  readonly mapTiles: string;
}

export interface PlatformConfig {
  /** Personal data older than this is anonymised (KOHTAAMO_RETENTION_DAYS); null = off. A module's default applies when unset. */
  readonly retentionDays: number | null | undefined;
  /**
   * Rate limit for every module's scopes (KOHTAAMO_RATE_LIMIT), and per scope
   * (KOHTAAMO_RATE_LIMIT_<SCOPE>, e.g. KOHTAAMO_RATE_LIMIT_FEEDBACK); undefined = the module's default.
   */
  readonly rateLimit: RateLimit | null | undefined;
  readonly rateLimitByScope: Readonly<Record<string, RateLimit | null>>;
  /**
   * The header a trusted reverse proxy puts the client's address in (KOHTAAMO_TRUSTED_PROXY_HEADER,
   * e.g. "x-forwarded-for"); null = the TCP peer's address. Only set it behind such a proxy:
   * otherwise any client can pick its own address.
   */
  readonly trustedProxyHeader: string | null;
  /** Where mail goes (SMTP_URL, e.g. smtp://127.0.0.1:2525); null = kept in the outbox, not sent. */
  readonly smtpUrl: string | null;
  /** The From of the mails (SMTP_FROM); defaults to "<city name> <no-reply@localhost>". */
  readonly mailFrom: string;
  /**
   * The server's public address (KOHTAAMO_PUBLIC_URL, e.g. https://osallistu.heinola.fi): every
   * absolute URL the API writes (Open311 discovery, photo links) starts with it; never the
   * request's Host header. null = relative URLs only, where the protocol allows.
   */
  readonly publicUrl: string | null;
  readonly city: CityConfig;
  /**
   * The key of the server's HMACs (KOHTAAMO_SERVER_SECRET, at least 32 characters), the same in
   * every process; null = one made on first use and stored in the database (`server_secrets`).
   */
  readonly serverSecret: string | null;
  /** How often each process looks at the mail outbox, in ms (KOHTAAMO_OUTBOX_POLL_MS, 10 000). */
  readonly outboxPollMs: number;
  /** How often each process looks for due background jobs, in ms (KOHTAAMO_JOBS_POLL_MS, 60 000). */
  readonly jobsPollMs: number;
}

export const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Heinola's values, for the demo (`--demo`) and the tests. */
export const DEMO_CITY: CityConfig = {
  name: 'Heinolan kaupunki',
  mapCentre: { lat: 61.2056, lon: 26.0381 },
  mapBbox: [25.5, 60.95, 26.8, 61.5],
  mapTiles: DEFAULT_TILES,
};
export const DEMO_MAIL_FROM = 'Heinolan kaupunki <no-reply@heinola.fi>';

/** A city with nothing configured: a neutral name, no map area. */
export const UNCONFIGURED_CITY: CityConfig = { name: 'Kohtaamo', mapCentre: null, mapBbox: null, mapTiles: DEFAULT_TILES };

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 };

/** "10/10m" → 10 per 600 s; "off" or "0" → no limit. `name` is the variable, for the message. */
export function parseRateLimit(text: string, name = 'KOHTAAMO_RATE_LIMIT'): RateLimit | null {
  const value = text.trim().toLowerCase();
  if (value === 'off' || value === '0') return null;
  const match = /^(\d{1,6})\s*\/\s*(\d{1,6})\s*([smh]?)$/.exec(value);
  if (!match) throw new ConfigError(`Invalid configuration:\n  ${name}: use <count>/<window>, e.g. 10/10m (s, m or h), or off; got "${text}"`);
  const max = Number(match[1]);
  const windowSeconds = Number(match[2]) * UNIT_SECONDS[match[3] || 's']!;
  if (max < 1 || windowSeconds < 1) throw new ConfigError(`Invalid configuration:\n  ${name}: count and window must be at least 1`);
  return { max, windowSeconds };
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

export const WholeSchema = (name: string, min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\d{1,6}$/, `${name} must be a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.minValue(min, `${name} must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `${name} must be a whole number from ${min} to ${max}`),
  );

/** Reads a whole number setting; pushes a problem and returns undefined when it is bad. */
export function readWhole(env: Readonly<Record<string, string | undefined>>, name: string, min: number, max: number, problems: string[]): number | undefined {
  const text = env[name];
  if (blank(text)) return undefined;
  const parsed = v.safeParse(WholeSchema(name, min, max), text);
  if (parsed.success) return parsed.output;
  problems.push(`${name}: ${parsed.issues[0].message}`);
  return undefined;
}

function parseNumbers(text: string, count: number): number[] | null {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== count || parts.some((p) => !/^-?\d{1,3}(\.\d+)?$/.test(p))) return null;
  return parts.map(Number);
}

/**
 * Reads the platform's settings from the environment; throws a ConfigError naming each bad
 * value. `demo` makes Heinola's city settings the defaults.
 */
export function loadPlatformConfig(env: Readonly<Record<string, string | undefined>> = process.env, options: { demo?: boolean } = {}): PlatformConfig {
  const problems: string[] = [];
  const base = options.demo ? DEMO_CITY : UNCONFIGURED_CITY;
  const retentionText = env.KOHTAAMO_RETENTION_DAYS?.trim().toLowerCase();
  const retentionDays = retentionText === 'off' ? null : readWhole(env, 'KOHTAAMO_RETENTION_DAYS', 1, 36_500, problems);
  const limit = (name: string): RateLimit | null | undefined => {
    if (blank(env[name])) return undefined;
    try {
      return parseRateLimit(env[name]!, name);
    } catch (error) {
      problems.push((error as Error).message.replace(/^Invalid configuration:\n\s*/, ''));
      return undefined;
    }
  };
  const rateLimit = limit('KOHTAAMO_RATE_LIMIT');
  const rateLimitByScope: Record<string, RateLimit | null> = {};
  for (const name of Object.keys(env)) {
    const match = /^KOHTAAMO_RATE_LIMIT_([A-Z0-9_]+)$/.exec(name);
    if (!match) continue;
    const parsed = limit(name);
    if (parsed !== undefined) rateLimitByScope[match[1]!.toLowerCase().replace(/_/g, '-')] = parsed;
  }
  const header = env.KOHTAAMO_TRUSTED_PROXY_HEADER?.trim().toLowerCase();
  if (header && !/^[a-z0-9-]+$/.test(header)) problems.push('KOHTAAMO_TRUSTED_PROXY_HEADER: a header name such as x-forwarded-for');
  const smtp = env.SMTP_URL?.trim();
  if (smtp && !/^smtps?:\/\//.test(smtp)) problems.push('SMTP_URL: an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525');

  let publicUrl: string | null = null;
  const publicText = env.KOHTAAMO_PUBLIC_URL?.trim();
  if (publicText) {
    try {
      const url = new URL(publicText);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      publicUrl = url.toString().replace(/\/+$/, '');
    } catch {
      problems.push('KOHTAAMO_PUBLIC_URL: the server’s public address, e.g. https://osallistu.example.fi');
    }
  }

  let mapCentre = base.mapCentre;
  if (!blank(env.KOHTAAMO_MAP_CENTRE)) {
    const numbers = parseNumbers(env.KOHTAAMO_MAP_CENTRE!, 2);
    if (numbers && Math.abs(numbers[0]!) <= 90 && Math.abs(numbers[1]!) <= 180) mapCentre = { lat: numbers[0]!, lon: numbers[1]! };
    else problems.push('KOHTAAMO_MAP_CENTRE: "lat,lon" in degrees, e.g. 61.2056,26.0381');
  }
  let mapBbox = base.mapBbox;
  if (!blank(env.KOHTAAMO_MAP_BBOX)) {
    const n = parseNumbers(env.KOHTAAMO_MAP_BBOX!, 4);
    if (n && n[0]! < n[2]! && n[1]! < n[3]! && n.every((x, i) => Math.abs(x) <= (i % 2 === 0 ? 180 : 90))) mapBbox = [n[0]!, n[1]!, n[2]!, n[3]!];
    else problems.push('KOHTAAMO_MAP_BBOX: "west,south,east,north" in degrees, e.g. 25.5,60.95,26.8,61.5');
  }
  const tiles = env.KOHTAAMO_MAP_TILES?.trim();
  if (tiles && !/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/.test(tiles)) problems.push('KOHTAAMO_MAP_TILES: an XYZ URL template with {z}, {x} and {y}');
  const secret = env.KOHTAAMO_SERVER_SECRET?.trim();
  if (secret && secret.length < 32) problems.push('KOHTAAMO_SERVER_SECRET: at least 32 characters of random text (e.g. openssl rand -base64 32)');
  const outboxPollMs = readWhole(env, 'KOHTAAMO_OUTBOX_POLL_MS', 10, 3_600_000, problems) ?? 10_000;
  const jobsPollMs = readWhole(env, 'KOHTAAMO_JOBS_POLL_MS', 10, 3_600_000, problems) ?? 60_000;
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  const city: CityConfig = {
    name: env.KOHTAAMO_CITY_NAME?.trim() || base.name,
    mapCentre,
    mapBbox,
    mapTiles: tiles || base.mapTiles,
  };
  return {
    retentionDays,
    rateLimit,
    rateLimitByScope,
    trustedProxyHeader: header || null,
    smtpUrl: smtp || null,
    mailFrom: env.SMTP_FROM?.trim() || (options.demo ? DEMO_MAIL_FROM : `${city.name} <no-reply@localhost>`),
    publicUrl,
    city,
    serverSecret: secret || null,
    outboxPollMs,
    jobsPollMs,
  };
}
