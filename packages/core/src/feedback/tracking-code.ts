/**
 * Tracking codes that a resident can read aloud on the phone and type without mistakes:
 * eight Crockford Base32 symbols (40 random bits) and a mod-37 check symbol, shown as
 * "XXXX-XXXX-C" (codes/crockford.ts explains the alphabet and the check).
 */
import { crockfordCodes } from '../codes/crockford.js';

const codes = /* @__PURE__ */ crockfordCodes(8);
export const TRACKING_CODE_PATTERN = codes.pattern;

/** A new code from 40 random bits. `randomBytes` fills its array (crypto.getRandomValues). */
export function generateTrackingCode(randomBytes?: (array: Uint8Array) => Uint8Array): string {
  return codes.generate(randomBytes);
}

/**
 * Reads what a person typed ("k7qm 2xd9 r", "K7QM-2XD9-R", with O for 0) into the canonical
 * form, or null when it is not a valid code (wrong length, unknown symbol, wrong check).
 */
export function normalizeTrackingCode(input: string): string | null {
  return codes.normalize(input);
}
