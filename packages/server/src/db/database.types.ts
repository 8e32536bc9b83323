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
  organisations: OrganisationTable;
  grants: GrantTable;
  invitations: InvitationTable;
  sign_ins: SignInTable;
  platform_jobs: PlatformJobTable;
  server_secrets: ServerSecretTable;
}

/** One named background job shared by every server process (0003): who holds it, when it runs next. */
export interface PlatformJobTable {
  name: string;
  next_run_at: string;
  leased_until: string | null;
  lease_token: string | null;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_error: string | null;
  runs: Generated<number>;
}

/** A secret the server made once and every process shares (0004), e.g. "rate-limit-hmac". */
export interface ServerSecretTable {
  name: string;
  value: string;
  created_at: string;
}

/** The city ("city") and associations (platform 0003). */
export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  disabled_at: string | null;
}

/** (person, organisation, domain, scope, role): what a person may do (platform 0003, ADR 0015). */
export interface GrantTable {
  id: string;
  person_id: string;
  organisation_id: string;
  domain: string;
  /** "*" (the whole domain) or an id inside it (a category, a round). */
  scope: string;
  role: string;
  /** "admin", "oidc", "invitation", "migration". */
  source: string;
  created_at: string;
  revoked_at: string | null;
}

/** A single-use invitation to an organisation, stored as the SHA-256 of its link's token (platform 0003). */
export interface InvitationTable {
  id: string;
  token_hash: string;
  email: string;
  name: string | null;
  organisation_id: string;
  domain: string;
  scope: string;
  role: string;
  lang: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  person_id: string | null;
}

/** A staff sign-in through OpenID Connect under way, then its one-time hand-off code (platform 0003). */
export interface SignInTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string | null;
  created_at: string;
  expires_at: string;
  handoff_hash: string | null;
  person_id: string | null;
}

/** A person: a member of the city's staff or of an association (0001; 0003 added the organisation). */
export interface StaffUserTable {
  id: string;
  name: string;
  email: string;
  /** 0.1 only, no longer read since platform 0003 moved it into grants; new rows say 'handler'. */
  role: string;
  /** 0.1 only, no longer read (see `role`); new rows say '[]'. */
  categories: string;
  created_at: string;
  disabled_at: string | null;
  /** The person's own organisation. */
  organisation_id: Generated<string>;
  /** The `sub` of the city's OpenID Connect provider, once they signed in through it. */
  oidc_subject: string | null;
}

/** A staff bearer token, stored only as the SHA-256 (hex) of the token (0002). */
export interface StaffTokenTable {
  token_hash: string;
  staff_id: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  /** "token" (admin-issued, for automation) or "session" (a sign-in). */
  kind: Generated<string>;
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
  /** JSON array of attachments ({ filename, contentType, contentBase64 }), or null (0004). */
  attachments: Generated<string | null>;
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
