/**
 * Codes that a person can read aloud on the phone and type without mistakes: feedback tracking
 * codes, ballot receipts, and the manage codes of sign-ups and bookings to come.
 *
 * Douglas Crockford's Base32 (https://www.crockford.com/base32.html): 32 symbols without
 * I, L, O and U; reading accepts i/l as 1 and o as 0, ignores spaces, hyphens and case. Each
 * data symbol carries 5 random bits, and a last symbol is Crockford's mod-37 check symbol,
 * which catches every single wrong symbol and every swap of two neighbours. The data is shown
 * in groups of four, then the check: "XXXX-XXXX-C".
 *
 * Crockford's five extra check symbols (* ~ $ = U) are hard to read aloud and to type, so codes
 * whose check would be one of them are never issued (5 in 37 draws are made again): every
 * symbol of an issued code is from the 32-symbol alphabet.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_ALPHABET = CROCKFORD_ALPHABET + '*~$=U';
const SYMBOL = '[0-9A-HJKMNP-TV-Z]';

export interface CrockfordCodes {
  /** Anchored pattern of the canonical form, e.g. /^XXXX-XXXX-C$/. */
  readonly pattern: RegExp;
  /** A new code from 5 × `dataLength` random bits; `randomBytes` fills its array (crypto.getRandomValues). */
  generate(randomBytes?: (array: Uint8Array) => Uint8Array): string;
  /** What a person typed in the canonical form, or null (wrong length, unknown symbol, wrong check). */
  normalize(input: string): string | null;
}

/** The mod-37 check symbol of data symbols (all from the 32-symbol alphabet). */
export function crockfordCheckSymbol(data: string): string {
  let remainder = 0;
  for (const ch of data) remainder = (remainder * 32 + CROCKFORD_ALPHABET.indexOf(ch)) % 37;
  return CHECK_ALPHABET[remainder]!;
}

/** Codes of `dataLength` data symbols (a multiple of 4) and one check symbol. */
export function crockfordCodes(dataLength: number): CrockfordCodes {
  if (!Number.isInteger(dataLength) || dataLength <= 0 || dataLength % 4 !== 0) {
    throw new RangeError(`crockfordCodes: dataLength must be a positive multiple of 4, not ${dataLength}`);
  }
  const groups = dataLength / 4;
  const pattern = new RegExp(`^(?:${SYMBOL}{4}-){${groups}}${SYMBOL}$`);
  const format = (data: string): string => {
    let out = '';
    for (let i = 0; i < dataLength; i += 4) out += `${data.slice(i, i + 4)}-`;
    return out + crockfordCheckSymbol(data);
  };
  return {
    pattern,
    generate(randomBytes = (a) => globalThis.crypto.getRandomValues(a)) {
      for (;;) {
        const bytes = randomBytes(new Uint8Array(dataLength));
        let data = '';
        for (const b of bytes) data += CROCKFORD_ALPHABET[b & 31];
        if (CROCKFORD_ALPHABET.includes(crockfordCheckSymbol(data))) return format(data);
      }
    },
    normalize(input) {
      const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
      if (compact.length !== dataLength + 1) return null;
      const data = compact.slice(0, dataLength);
      const check = compact.slice(dataLength);
      for (const ch of data) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
      if (crockfordCheckSymbol(data) !== check || !CROCKFORD_ALPHABET.includes(check)) return null;
      return format(data);
    },
  };
}
