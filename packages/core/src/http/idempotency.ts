/** The request header that makes a retried write safe (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A random UUID v4 for an Idempotency-Key. Built on getRandomValues, which (unlike
 * randomUUID) exists on pages served over plain HTTP too.
 */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Keys are UUIDs or other opaque tokens of 16 to 128 safe characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_\-.:]{16,128}$/;
