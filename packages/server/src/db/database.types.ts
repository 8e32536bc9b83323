/**
 * The tables, as Kysely sees them. The same types serve SQLite and PostgreSQL.
 *
 * Portable choices, made once for both databases:
 * - ids are text UUIDs made by the server (no sequences, no dialect-specific id types);
 * - instants are ISO 8601 UTC text ("2025-05-14T09:30:00.000Z"): SQLite has no date type,
 *   the text sorts in time order in both databases, it is exactly what the API answers, and no
 *   driver converts it to a local-time Date on the way in or out;
 * - booleans are integers 0/1: better-sqlite3 cannot bind JavaScript booleans.
 */
export interface Database {
  feedback_categories: FeedbackCategoryTable;
  feedback: FeedbackTable;
  idempotency_keys: IdempotencyKeyTable;
}

export interface FeedbackCategoryTable {
  /** Slug, the category's id in the API ("streets"). */
  id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: string;
  description_sv: string;
  description_en: string;
  sort_order: number;
}

export interface FeedbackTable {
  id: string;
  tracking_code: string;
  category_id: string;
  message: string;
  address: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** 1 when the resident agreed to be contacted (only ever with contact details), else 0. */
  contact_consent: number;
  lang: string;
  status: string;
  reply_text: string | null;
  replied_at: string | null;
  created_at: string;
  updated_at: string;
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

