import type { Locale } from '@kohtaamo/core';

/** What middleware puts on the Hono context for the handlers after it. */
export interface AppEnv {
  Variables: {
    /** The language of this answer, from Accept-Language. */
    locale: Locale;
    /** The request's Idempotency-Key, checked; null when the request has none. */
    idempotencyKey: string | null;
    /** The request body as JSON before validation (what the idempotency hash is made of). */
    jsonInput: unknown;
  };
}
