/**
 * Tracking codes that a resident can read aloud on the phone and type without mistakes.
 *
 * Douglas Crockford's Base32 (https://www.crockford.com/base32.html): 32 symbols without
 * I, L, O and U; decoding reads i/l as 1 and o as 0, ignores hyphens and case. Eight symbols
 * carry 40 random bits, and a ninth is Crockford's mod-37 check symbol, which catches every
 * single wrong symbol and every swap of two neighbours. Shown as "XXXX-XXXX-C".
 *
 * Crockford's five extra check symbols (* ~ $ = U) are hard to read aloud and to type, so codes
 * whose check would be one of them are never issued (5 in 37 draws are made again): every
 * symbol of an issued code is from the 32-symbol alphabet.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_ALPHABET = ALPHABET + '*~$=U';
const DATA_LENGTH = 8;

export const TRACKING_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

function checkSymbol(data: string): string {
  let remainder = 0;
  for (const ch of data) remainder = (remainder * 32 + ALPHABET.indexOf(ch)) % 37;
  return CHECK_ALPHABET[remainder]!;
}

function format(data: string): string {
  return `${data.slice(0, 4)}-${data.slice(4, 8)}-${checkSymbol(data)}`;
}

/** A new code from 40 random bits. `randomBytes` fills its array (crypto.getRandomValues). */
export function generateTrackingCode(
  randomBytes: (array: Uint8Array) => Uint8Array = (a) => globalThis.crypto.getRandomValues(a),
): string {
  for (;;) {
    const bytes = randomBytes(new Uint8Array(DATA_LENGTH));
    let data = '';
    for (const b of bytes) data += ALPHABET[b & 31];
    if (ALPHABET.includes(checkSymbol(data))) return format(data);
  }
}

/**
 * Reads what a person typed ("k7qm 2xd9 r", "K7QM-2XD9-R", with O for 0) into the canonical
 * form, or null when it is not a valid code (wrong length, unknown symbol, wrong check).
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== DATA_LENGTH + 1) return null;
  const data = compact.slice(0, DATA_LENGTH);
  const check = compact.slice(DATA_LENGTH);
  for (const ch of data) if (!ALPHABET.includes(ch)) return null;
  if (checkSymbol(data) !== check || !ALPHABET.includes(check)) return null;
  return format(data);
}
