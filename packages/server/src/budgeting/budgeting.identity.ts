import { createHmac, timingSafeEqual } from 'node:crypto';
import { generateReceiptCode, voterKey } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { hmacHex, serverSecret } from '../platform/secrets/server-secrets.js';
import type { BallotRetry } from './budgeting.repository.js';

/**
 * Eligibility to vote, and the only form in which a voter is stored (ADR 0011, ADR 0019).
 *
 * The city's identity service (strong identification is outside Kohtaamo) hands the voter's
 * browser a compact JWS signed with HMAC-SHA-256 under a key it shares with this server
 * (KOHTAAMO_BUDGETING_IDENTITY_KEY, at least 32 characters):
 *
 *   header  {"alg":"HS256","typ":"JWT"}
 *   payload {"sub": "<a stable identifier of the person, e.g. the personal identity code>",
 *            "aud": "kohtaamo-budgeting" (KOHTAAMO_BUDGETING_IDENTITY_AUDIENCE),
 *            "exp": <seconds since 1970; at most an hour ahead>,
 *            "round": "<round id>" (optional: the token is good for that round only)}
 *
 * The service issues a token only to a person entitled to vote (age, municipality of
 * residence). The server never stores `sub`: only HMAC(voter key, "id:" + sub).
 */
export interface IdentityClaims {
  readonly sub: string;
  readonly aud: string | readonly string[];
  readonly exp: number;
  readonly round?: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs claims as the identity service would (tests, and a reference for the city's integration). */
export function signIdentityToken(claims: IdentityClaims, key: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const mac = createHmac('sha256', key).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64url(mac)}`;
}

/**
 * The `sub` of a valid token, or null: three base64url parts, alg HS256 exactly (never "none"),
 * a signature that matches in constant time, the audience, not expired, the round if it names one.
 */
export function verifyIdentityToken(token: string, key: string, expect: { audience: string; round: string; now: Date }): string | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return null;
  const [head, body, signature] = parts as [string, string, string];
  let header: unknown;
  let claims: Partial<IdentityClaims>;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<IdentityClaims>;
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || (header as { alg?: unknown }).alg !== 'HS256') return null;
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (typeof claims !== 'object' || claims === null) return null;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expect.audience)) return null;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= expect.now.getTime()) return null;
  if (claims.round !== undefined && claims.round !== expect.round) return null;
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '' || claims.sub.length > 200) return null;
  return claims.sub;
}

/**
 * Voter keys: HMAC-SHA-256 (core `voterKey`) under a key of the budgeting module, derived from
 * the operator's KOHTAAMO_SERVER_SECRET, or, when none is configured, made once and kept in
 * `server_secrets` (ADR 0019 says why a real vote must configure it). Codes and identities
 * live in separate name spaces ("code:", "id:"); an assisted ballot by identity uses "id:"
 * too, so a person who voted online cannot vote again in person.
 */
export function voterHasher(db: Kysely<Database>, configured: string | null): (identity: string) => Promise<string> {
  let key: Promise<string> | undefined;
  return async (identity) => {
    key ??= (configured ? Promise.resolve(hmacHex(configured, 'kohtaamo budgeting voter key')) : serverSecret(db, 'budgeting-voter')).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return voterKey(await key, identity);
  };
}

export const codeIdentity = (code: string) => `code:${code}`;
export const personIdentity = (sub: string) => `id:${sub}`;

/**
 * What a cast with the client's retry key (its Idempotency-Key) keeps and answers (ADR 0031):
 * the tag kept with the participation, HMAC(server key, voter key + retry key), and the receipt
 * code derived from the same two under another label (a byte stream of eight HMAC blocks, of
 * which the receipt draw takes 16 bytes per try). Without the retry key, which only the voter's
 * browser had and which is never stored, the tag and the receipt cannot be tied to each other.
 */
export async function ballotRetry(hash: (identity: string) => Promise<string>, voter: string, retryKey: string): Promise<BallotRetry> {
  const tag = await hash(`retry:${voter}:${retryKey}`);
  const blocks = await Promise.all(Array.from({ length: 8 }, (_, i) => hash(`receipt:${voter}:${retryKey}:${i}`)));
  const stream = Uint8Array.from(blocks.join('').match(/../g)!.map((h) => parseInt(h, 16)));
  let at = 0;
  const receipt = generateReceiptCode((array) => {
    if (at + array.length > stream.length) throw new Error('ballotRetry: the derived bytes ran out');
    array.set(stream.subarray(at, at + array.length));
    at += array.length;
    return array;
  });
  return { tag, receipt };
}
