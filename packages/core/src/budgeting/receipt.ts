/**
 * Ballot receipts: a code the voter gets when their ballot is stored, with which they can later
 * see that it was counted, while nobody (the city included) can learn from the code what they
 * voted. docs/adr/0011-budgeting-ballot-secrecy-and-receipts.md explains the model:
 * - the receipt code is random (80 bits from a CSPRNG), drawn at casting time and stored with
 *   the anonymised ballot only, never with the voter's participation record;
 * - who voted is stored apart as a keyed hash (HMAC-SHA-256 with a server secret) of the voter's
 *   identity, with nothing that links it to the ballot;
 * - when voting closes, the city publishes the sorted list of receipt codes of the counted
 *   ballots and its SHA-256 digest; the anonymised ballots (the `.pb` file) carry no codes.
 * A voter finds their code in the list; the list's length equals the number of counted ballots.
 *
 * Codes use Crockford's Base32 (no I, L, O, U) in groups of four with a mod-37 check symbol,
 * like the feedback tracking codes: "XXXX-XXXX-XXXX-XXXX-C". Codes whose check symbol would be
 * one of Crockford's five extra symbols are drawn again (codes/crockford.ts).
 */
import { crockfordCodes } from '../codes/crockford.js';

const codes = /* @__PURE__ */ crockfordCodes(16);

export const RECEIPT_CODE_PATTERN = codes.pattern;

/** A new receipt code from 80 random bits. `randomBytes` fills its array (crypto.getRandomValues). */
export function generateReceiptCode(randomBytes?: (array: Uint8Array) => Uint8Array): string {
  return codes.generate(randomBytes);
}

/**
 * What a person typed ("k7qm 2xd9 …", O for 0, I or L for 1, any case, with or without
 * hyphens) in the canonical form, or null when it is not a valid receipt code.
 */
export function normalizeReceiptCode(input: string): string | null {
  return codes.normalize(input);
}

/** The list a city publishes after the vote: every counted ballot's code once, sorted. */
export function publishedReceiptList(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort();
}

/**
 * Whether a code is in a published (sorted) list: the voter's check that their ballot was
 * counted. The typed code is normalised first; an invalid code is never counted.
 */
export function isReceiptCounted(published: readonly string[], typed: string): boolean {
  const code = normalizeReceiptCode(typed);
  if (code === null) return false;
  let lo = 0;
  let hi = published.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = published[mid]!;
    if (c === code) return true;
    if (c < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const hex = (buffer: ArrayBuffer): string => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * SHA-256 (hex) of the published list, one code a line, each line ending in "\n": published
 * with the list (and ideally announced before the results), so it cannot change afterwards.
 * `printf 'CODE1\nCODE2\n' | sha256sum` gives the same digest.
 */
export async function receiptListDigest(codes: Iterable<string>): Promise<string> {
  const text = publishedReceiptList(codes)
    .map((c) => `${c}\n`)
    .join('');
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The only form in which a voter's identity is stored: HMAC-SHA-256 (hex) of the identity under
 * the server's secret key. The same person always gets the same key (so the one-ballot check
 * works), and without the secret the stored keys cannot be tied back to people, not even by
 * trying every personal identity code. `identity` is trimmed and upper-cased first.
 */
export async function voterKey(secret: Uint8Array | string, identity: string): Promise<string> {
  const raw = typeof secret === 'string' ? new TextEncoder().encode(secret) : Uint8Array.from(secret);
  if (raw.length < 32) throw new RangeError('voterKey: the secret must be at least 32 bytes');
  const key = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(identity.trim().toUpperCase()));
  return hex(mac);
}
