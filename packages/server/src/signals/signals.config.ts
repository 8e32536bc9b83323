import * as v from 'valibot';
import { ConfigError } from '../config.js';

/** A fixed-window limit: at most `max` submissions per client in `windowSeconds`. */
export interface RateLimit {
  readonly max: number;
  readonly windowSeconds: number;
}

export interface SignalsConfig {
  /** The city's target for a first response, in working days (KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS). */
  readonly responseTargetWorkingDays: number;
  /** Feedback older than this is anonymised (KOHTAAMO_RETENTION_DAYS); null = never. */
  readonly retentionDays: number | null;
  /** Submissions per client (KOHTAAMO_RATE_LIMIT); null = no limit. */
  readonly rateLimit: RateLimit | null;
  /**
   * The header a trusted reverse proxy puts the client's address in (KOHTAAMO_TRUSTED_PROXY_HEADER,
   * e.g. "x-forwarded-for"); null = the TCP peer's address. Only set it behind such a proxy:
   * otherwise any client can pick its own address.
   */
  readonly trustedProxyHeader: string | null;
  /** Where mail goes (SMTP_URL, e.g. smtp://127.0.0.1:2525); null = kept in the outbox, not sent. */
  readonly smtpUrl: string | null;
  /** The From of the mails (SMTP_FROM). */
  readonly mailFrom: string;
}

export const DEFAULT_RESPONSE_TARGET_WORKING_DAYS = 5;
export const DEFAULT_RETENTION_DAYS = 730;
export const DEFAULT_RATE_LIMIT = '10/10m';
export const DEFAULT_MAIL_FROM = 'Heinolan kaupunki <no-reply@heinola.fi>';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 };

/** "10/10m" → 10 per 600 s; "off" or "0" → no limit. */
export function parseRateLimit(text: string): RateLimit | null {
  const value = text.trim().toLowerCase();
  if (value === 'off' || value === '0') return null;
  const match = /^(\d{1,6})\s*\/\s*(\d{1,6})\s*([smh]?)$/.exec(value);
  if (!match) throw new ConfigError(`Invalid configuration:\n  KOHTAAMO_RATE_LIMIT: use <count>/<window>, e.g. 10/10m (s, m or h), or off; got "${text}"`);
  const max = Number(match[1]);
  const windowSeconds = Number(match[2]) * UNIT_SECONDS[match[3] || 's']!;
  if (max < 1 || windowSeconds < 1) throw new ConfigError('Invalid configuration:\n  KOHTAAMO_RATE_LIMIT: count and window must be at least 1');
  return { max, windowSeconds };
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

const WholeSchema = (name: string, min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\d{1,6}$/, `${name} must be a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.minValue(min, `${name} must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `${name} must be a whole number from ${min} to ${max}`),
  );

/** Reads the signals settings from the environment; throws a ConfigError naming each bad value. */
export function loadSignalsConfig(env: Readonly<Record<string, string | undefined>> = process.env): SignalsConfig {
  const problems: string[] = [];
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    if (blank(text)) return fallback;
    const parsed = v.safeParse(WholeSchema(name, min, max), text);
    if (parsed.success) return parsed.output;
    problems.push(`${name}: ${parsed.issues[0].message}`);
    return fallback;
  };
  const target = whole('KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS', DEFAULT_RESPONSE_TARGET_WORKING_DAYS, 1, 365);
  const retentionText = env.KOHTAAMO_RETENTION_DAYS?.trim().toLowerCase();
  const retentionDays = retentionText === 'off' ? null : whole('KOHTAAMO_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, 36_500);
  let rateLimit: RateLimit | null = null;
  try {
    rateLimit = parseRateLimit(blank(env.KOHTAAMO_RATE_LIMIT) ? DEFAULT_RATE_LIMIT : env.KOHTAAMO_RATE_LIMIT!);
  } catch (error) {
    problems.push((error as Error).message.replace(/^Invalid configuration:\n\s*/, ''));
  }
  const header = env.KOHTAAMO_TRUSTED_PROXY_HEADER?.trim().toLowerCase();
  if (header && !/^[a-z0-9-]+$/.test(header)) problems.push('KOHTAAMO_TRUSTED_PROXY_HEADER: a header name such as x-forwarded-for');
  const smtp = env.SMTP_URL?.trim();
  if (smtp && !/^smtps?:\/\//.test(smtp)) problems.push('SMTP_URL: an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525');
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    responseTargetWorkingDays: target,
    retentionDays,
    rateLimit,
    trustedProxyHeader: header || null,
    smtpUrl: smtp || null,
    mailFrom: env.SMTP_FROM?.trim() || DEFAULT_MAIL_FROM,
  };
}
