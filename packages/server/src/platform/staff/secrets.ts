import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 (hex) of a token or key: only this is stored, so a copy of the database grants nothing. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * A new secret: a prefix naming what it is ("kst" staff token, "kss" sign-in session, "kak" API
 * key, "kin" invitation, "kho" sign-in hand-off code) and 32 random
 * bytes in base64url (256 bits, so a plain hash is enough: nothing to brute-force).
 */
export function newSecret(prefix: 'kst' | 'kss' | 'kak' | 'kin' | 'kho'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
