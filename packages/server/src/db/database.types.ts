import type { Generated } from 'kysely';

/**
 * The platform's tables, as Kysely sees them; each domain module adds its own to this interface
 * by declaration merging, in its `<domain>.tables.ts` (see feedback/feedback.tables.ts). The same
 * types serve SQLite and PostgreSQL.
 *
 * Portable choices, made once for both databases:
 * - ids are text UUIDs made by the server (no sequences, no dialect-specific id types);
 * - instants are ISO 8601 UTC text ("2025-05-14T09:30:00.000Z"): SQLite has no date type,
 *   the text sorts in time order in both databases, it is exactly what the API answers, and no
 *   driver converts it to a local-time Date on the way in or out;
 * - booleans are integers 0/1: better-sqlite3 cannot bind JavaScript booleans.
 */
export interface Database {
  idempotency_keys: IdempotencyKeyTable;
  staff_users: StaffUserTable;
  staff_tokens: StaffTokenTable;
  api_keys: ApiKeyTable;
  email_outbox: EmailOutboxTable;
  rate_limit_hits: RateLimitHitTable;
}

/** A member of the city's staff (0002). */
export interface StaffUserTable {
  id: string;
  name: string;
  email: string;
  /** 'admin' (everything) or 'handler' (the categories listed). */
  role: string;
  /** JSON array of the category ids a handler handles; ignored for an admin. */
  categories: string;
  created_at: string;
  disabled_at: string | null;
}

/** A staff bearer token, stored only as the SHA-256 (hex) of the token (0002). */
export interface StaffTokenTable {
  token_hash: string;
  staff_id: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** An Open311 API key, stored only as the SHA-256 (hex) of the key (0002). */
export interface ApiKeyTable {
  key_hash: string;
  name: string;
  created_at: string;
  revoked_at: string | null;
}

export interface IdempotencyKeyTable {
  /** What the key belongs to ("POST /api/v1/feedback"): one key may not serve two operations. */
  scope: string;
  key: string;
  /** SHA-256 (hex) of the canonical JSON of the first request's body. */
  request_hash: string;
  /**
   * The stored answer. Null only inside the transaction that claims the key, before the
   * answer is known; that transaction either fills them in or rolls back, so a committed row
   * always has them.
   */
  response_status: number | null;
  response_body: string | null;
  created_at: string;
}

/** A mail waiting to be sent, or sent (platform 0001, 0002). */
export interface EmailOutboxTable {
  id: string;
  /** The module that queued it ("feedback"). */
  domain: Generated<string>;
  /** What the mail is about in that module (a feedback id); its retention removes it. */
  subject_id: string | null;
  /** One mail per event, e.g. "reply:<feedback_history.id>". */
  dedupe_key: string;
  to_address: string;
  lang: string;
  subject: string;
  body_text: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_until: Generated<string | null>;
  claim_token: Generated<string | null>;
  sent_at: Generated<string | null>;
  failed_at: Generated<string | null>;
  last_error: Generated<string | null>;
}

/** Submissions of one client (hashed address) in one fixed window (0004). */
export interface RateLimitHitTable {
  bucket: string;
  window_start: string;
  hits: number;
  expires_at: string;
}
