/**
 * The surveys module's tables, added to the platform's `Database` interface by declaration
 * merging. ADR 0024 explains why the answers (`survey_responses`), the use of invitation
 * tokens (`survey_tokens`) and the offers of help (`survey_help_offers`) share no column but
 * the round id, and why responses carry a day, never a time.
 */
declare module '../db/database.types.js' {
  interface Database {
    surveys: SurveyTable;
    survey_versions: SurveyVersionTable;
    survey_rounds: SurveyRoundTable;
    survey_responses: SurveyResponseTable;
    survey_tokens: SurveyTokenTable;
    survey_drafts: SurveyDraftTable;
    survey_help_offers: SurveyHelpOfferTable;
    survey_texts: SurveyTextTable;
    survey_indicators: SurveyIndicatorTable;
    survey_indicator_values: SurveyIndicatorValueTable;
    survey_results_state: SurveyResultsStateTable;
    survey_results_cache: SurveyResultsCacheTable;
  }
}

export interface SurveyTable {
  id: string;
  created_at: string;
}

/** A version of a survey's definition: frozen once saved (a change is the next version). */
export interface SurveyVersionTable {
  survey_id: string;
  version: number;
  definition_json: string;
  fingerprint: string;
  created_at: string;
  created_by: string | null;
}

export interface SurveyRoundTable {
  id: string;
  survey_id: string;
  version: number;
  title_fi: string;
  title_sv: string;
  title_en: string;
  /** Comma-separated modes: web, invitation, interviewer, import. */
  modes: string;
  web_limit: string;
  year: number;
  /** draft | open | closed */
  status: string;
  closes_at: string | null;
  opened_at: string | null;
  closed_at: string | null;
  /** SurveyMargins (core) as JSON, or null. */
  margins_json: string | null;
  /** The published results (JSON), or null. */
  results_json: string | null;
  results_published_at: string | null;
  created_at: string;
}

/** One response: a random id, the answers, the mode, the day. No IP, no user agent, no token, no time. */
export interface SurveyResponseTable {
  id: string;
  round_id: string;
  survey_id: string;
  version: number;
  mode: string;
  lang: string;
  answers_json: string;
  /** The Helsinki date (YYYY-MM-DD) the response came: timestamps are coarsened to the day. */
  received_on: string;
  /** The vendor's respondent id (interviewer and import modes), else null. */
  respondent_id: string | null;
}

/** A single-use invitation token: only its SHA-256, and the day it was used. Never the response. */
export interface SurveyTokenTable {
  token_hash: string;
  round_id: string;
  issued_on: string;
  used_on: string | null;
}

/** A draft saved on the server under a resume code (only its SHA-256 is kept); expires. */
export interface SurveyDraftTable {
  code_hash: string;
  round_id: string;
  answers_json: string;
  page: string | null;
  expires_at: string;
  updated_on: string;
}

/** "I could…": an offer of help with consent and contact details. Personal data: retention removes it. */
export interface SurveyHelpOfferTable {
  id: string;
  round_id: string;
  lang: string;
  text: string;
  name: string;
  email: string | null;
  phone: string | null;
  consent_on: string;
  created_on: string;
}

/** A free text of a response under moderation (ADR 0033): its own random id; only `published` ones are public. */
export interface SurveyTextTable {
  id: string;
  round_id: string;
  /** For staff only (never served publicly): to find a response's texts. */
  response_id: string;
  /** The question id, or `<question>.other`. */
  question: string;
  lang: string;
  /** sample | open */
  sample: string;
  text: string;
  /** pending | published | hidden */
  state: string;
  /** Raised by each moderation: a stale moderation is refused. */
  version: number;
  received_on: string;
  moderated_on: string | null;
  moderated_by: string | null;
}

/** A survey figure declared a strategy indicator, with a target and its year. */
export interface SurveyIndicatorTable {
  id: string;
  survey_id: string;
  label_fi: string;
  label_sv: string;
  label_en: string;
  question: string;
  row_id: string | null;
  /** mean | share | nps */
  measure: string;
  /** For `share`: the answer values counted, as a JSON array. */
  values_json: string | null;
  target: number;
  target_year: number;
  direction: string;
  created_at: string;
  updated_at: string;
}

/** An indicator's value in a round with published results. */
export interface SurveyIndicatorValueTable {
  indicator_id: string;
  round_id: string;
  year: number;
  estimate: number;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  /** 1 when the sample was weighted to margins. */
  weighted: number;
  computed_at: string;
}

/** A round's data version: raised by every write that changes its results (responses, margins). ADR 0034. */
export interface SurveyResultsStateTable {
  round_id: string;
  version: number;
}

/** Results computed off the request path, stamped with the data version they were computed from. */
export interface SurveyResultsCacheTable {
  round_id: string;
  /** '' for the whole round, else the demographic question of a breakdown. */
  by_key: string;
  version: number;
  results_json: string;
  computed_at: string;
}
