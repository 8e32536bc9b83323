import type { Generated } from 'kysely';

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
  units: UnitTable;
  feedback_history: FeedbackHistoryTable;
  feedback_notes: FeedbackNoteTable;
  reply_templates: ReplyTemplateTable;
  staff_users: StaffUserTable;
  staff_tokens: StaffTokenTable;
  api_keys: ApiKeyTable;
  feedback_category_attributes: FeedbackCategoryAttributeTable;
  feedback_category_notices: FeedbackCategoryNoticeTable;
  feedback_photos: FeedbackPhotoTable;
  feedback_followers: FeedbackFollowerTable;
  email_outbox: EmailOutboxTable;
  rate_limit_hits: RateLimitHitTable;
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
  /** The unit responsible for the category's feedback (0002), or null. */
  unit_id: Generated<string | null>;
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
  // 0002_feedback_handling
  /** The responsible unit, copied from the category when the feedback arrives. */
  unit_id: Generated<string | null>;
  /** The staff user handling it (staff_users.id), or null. */
  assigned_to: Generated<string | null>;
  /** Moderation: 'pending' (not reviewed), 'published' or 'hidden'. */
  visibility: Generated<string>;
  /** Optimistic concurrency: raised by every staff change; the ETag of the staff answer. */
  version: Generated<number>;
  /** The public text after moderation (personal details redacted); null = not reviewed yet. */
  public_message: Generated<string | null>;
  /** When it was closed (done or rejected), or null. */
  closed_at: Generated<string | null>;
  /** The first status change or reply by staff (not the automatic acknowledgement), or null. */
  first_response_at: Generated<string | null>;
  // 0003_feedback_resident
  /** WGS84 point of the pin, or null. */
  lat: Generated<number | null>;
  lon: Generated<number | null>;
  /** JSON of the answers to the category's attributes ({ code: string | string[] }), or null. */
  attributes: Generated<string | null>;
  // 0004_feedback_signals
  /** When the retention job anonymised it (contact details and free text cleared), or null. */
  anonymised_at: Generated<string | null>;
}

/** A city unit that handles the feedback of some categories (0002). */
export interface UnitTable {
  id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  email: string | null;
  /** The automatic acknowledgement a resident sees on submission; null = the generic text. */
  acknowledgement_fi: string | null;
  acknowledgement_sv: string | null;
  acknowledgement_en: string | null;
}

/** One row per status a feedback has had, the initial 'received' included (0002). */
export interface FeedbackHistoryTable {
  id: string;
  feedback_id: string;
  status: string;
  at: string;
  /** The staff user who made the change; null for the resident's submission or the system. */
  actor_id: string | null;
  /** The staff user's name at the time (kept for the record; never in a public answer). */
  actor_name: string | null;
  /** The public reply given with this change, if any. */
  public_reply: string | null;
}

/** Internal notes of the staff: never in any public answer (0002). */
export interface FeedbackNoteTable {
  id: string;
  feedback_id: string;
  author_id: string | null;
  text: string;
  created_at: string;
}

/** Reply templates a handler picks from (category null: for every category) (0002). */
export interface ReplyTemplateTable {
  id: string;
  category_id: string | null;
  title_fi: string;
  title_sv: string;
  title_en: string;
  text_fi: string;
  text_sv: string;
  text_en: string;
  sort_order: number;
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


/** An Open311 attribute (extra question) of a category (0003). */
export interface FeedbackCategoryAttributeTable {
  category_id: string;
  code: string;
  /** string | number | datetime | text | singlevaluelist | multivaluelist */
  datatype: string;
  /** 0: informational only (Open311 variable=false), no answer expected. */
  variable: number;
  required: number;
  sort_order: number;
  description_fi: string;
  description_sv: string;
  description_en: string;
  /** JSON: [{ key, name: { fi, sv, en } }] for the list datatypes, else []. */
  values_json: string;
}

/** A notice shown with a category, e.g. "for emergencies call 112" (0003). */
export interface FeedbackCategoryNoticeTable {
  id: string;
  category_id: string;
  text_fi: string;
  text_sv: string;
  text_en: string;
  /** 1: the form cannot be sent while the notice applies. */
  blocking: number;
  when_attribute: string | null;
  /** JSON array of answer keys that show the notice, with when_attribute. */
  when_values_json: string | null;
  sort_order: number;
}

/** A photo of a feedback: metadata stripped, bytes as base64 text (0003). */
export interface FeedbackPhotoTable {
  id: string;
  feedback_id: string | null;
  content_type: string;
  byte_size: number;
  data_base64: string;
  sort_order: number;
  hidden: number;
  created_at: string;
}

/** A resident who said "this is mine too" about a feedback (0003). */
export interface FeedbackFollowerTable {
  id: string;
  feedback_id: string;
  email: string | null;
  created_at: string;
}

/** A mail waiting to be sent, or sent (0004). */
export interface EmailOutboxTable {
  id: string;
  feedback_id: string | null;
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
