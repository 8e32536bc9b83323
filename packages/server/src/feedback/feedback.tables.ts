import type { Generated, GeneratedAlways } from 'kysely';

/**
 * The feedback module's tables, added to the platform's `Database` interface by declaration
 * merging: the platform's files never name a domain's table.
 */
declare module '../db/database.types.js' {
  interface Database {
    feedback_categories: FeedbackCategoryTable;
    feedback: FeedbackTable;
    units: UnitTable;
    feedback_history: FeedbackHistoryTable;
    feedback_notes: FeedbackNoteTable;
    reply_templates: ReplyTemplateTable;
    feedback_category_attributes: FeedbackCategoryAttributeTable;
    feedback_category_notices: FeedbackCategoryNoticeTable;
    feedback_photos: FeedbackPhotoTable;
    feedback_followers: FeedbackFollowerTable;
    feedback_stats_epoch: FeedbackStatsEpochTable;
    feedback_stats_days: FeedbackStatsDaysTable;
    feedback_stats_classes: FeedbackStatsClassesTable;
    feedback_public_counts: FeedbackPublicCountsTable;
  }
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
  // 0006_feedback_stats_columns: derived from the timestamps (stats/report-times.ts)
  /** Version of the derived values below; null until they are filled (and after a timestamp changed). */
  stats_version: Generated<number | null>;
  /** Helsinki date of created_at. */
  received_on: Generated<string | null>;
  /** workingDayNumber(received_on). */
  received_wd: Generated<number | null>;
  /** The first answer: the first response, or the closing if earlier (null: none yet). */
  first_answer_at: Generated<string | null>;
  first_answer_on: Generated<string | null>;
  first_answer_seconds: Generated<number | null>;
  /** The smallest target in working days (n ≥ 1) the first answer met. */
  first_answer_target_wd: Generated<number | null>;
  closed_on: Generated<string | null>;
  close_seconds: Generated<number | null>;
}

/** One counter raised by triggers on every change the response-time figures can see (0006). */
export interface FeedbackStatsEpochTable {
  id: number;
  epoch: number | string | bigint;
}

/**
 * Counts per (measure, day, category, unit, value), kept by triggers (0007, ADR 0043): what the
 * response-time figures read instead of the reports. `unit_id` '' stands for none.
 */
export interface FeedbackStatsDaysTable {
  measure: string;
  day: string;
  category_id: string;
  unit_id: string;
  value: number;
  n: number | string;
  /** The value's duration class (migration 0008, ADR 0045), computed by the database. */
  cls: GeneratedAlways<number>;
}

/** Counts of durations per (measure f/c, month 'YYYY-MM', category, unit, class), kept by triggers on feedback_stats_days. */
export interface FeedbackStatsClassesTable {
  measure: string;
  month: string;
  category_id: string;
  unit_id: string;
  cls: number;
  n: number | string;
}

/** Published reports per (category, status), kept by triggers (0009, ADR 0046): the public list's total. */
export interface FeedbackPublicCountsTable {
  category_id: string;
  status: string;
  n: number | string;
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
  /** The photo's bytes (0005; base64 text before). */
  data: Buffer;
  sort_order: number;
  hidden: number;
  created_at: string;
}

/** A resident who said "this is mine too" about a feedback (0003). */
export interface FeedbackFollowerTable {
  id: string;
  feedback_id: string;
  email: string | null;
  /** The language of the updates mailed to `email` (0005). */
  lang: Generated<string>;
  created_at: string;
}
