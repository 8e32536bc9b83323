import type { ColumnType, Generated } from 'kysely';

/**
 * The budgeting module's tables, added to the platform's `Database` interface by declaration
 * merging: the platform's files never name a domain's table. ADR 0011 and ADR 0019 explain
 * why who voted (`budgeting_participation`) and what was voted (`budgeting_ballots`) share no
 * column but the round or budget id.
 */
declare module '../db/database.types.js' {
  interface Database {
    budgeting_rounds: BudgetingRoundTable;
    budgeting_budgets: BudgetingBudgetTable;
    budgeting_proposals: BudgetingProposalTable;
    budgeting_rules_log: BudgetingRulesLogTable;
    budgeting_voting_codes: BudgetingVotingCodeTable;
    budgeting_participation: BudgetingParticipationTable;
    budgeting_ballots: BudgetingBallotTable;
    budgeting_results: BudgetingResultTable;
    budgeting_results_rounds: BudgetingResultRoundTable;
    budgeting_proposal_images: BudgetingProposalImageTable;
  }
}

/** A round: its texts, phase dates and the rule of which budgets a voter may vote in. */
export interface BudgetingRoundTable {
  id: string;
  title_fi: string;
  title_sv: string;
  title_en: string;
  description_fi: string;
  description_sv: string;
  description_en: string;
  proposals_open_at: string;
  proposals_close_at: string;
  voting_open_at: string;
  voting_close_at: string;
  results_at: string;
  implementation_at: string;
  /** 'one': a voter votes in one budget of the round; 'all': in each. */
  voter_may_vote_in: string;
  /** An officer closed the vote (ISO instant), or null. */
  closed_at: string | null;
  /** When the receipt list and the results were published, or null. */
  results_published_at: string | null;
  /** When the voter registry's hashes were deleted by retention, or null. */
  registry_purged_at: string | null;
  /** An officer asked for the results of a large vote: the tally job computes them (or null). */
  tally_requested_at: string | null;
  created_at: string;
}

/** A budget of a round (an area or a theme) and, once set, its frozen rules. */
export interface BudgetingBudgetTable {
  id: string;
  round_id: string;
  kind: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  amount: number;
  /** BudgetRules (core) as JSON, projects included; null until an officer sets them. */
  rules_json: string | null;
  /** The officer's settings the rules were made from (RulesSetting), JSON, or null. */
  setting_json: string | null;
  sort_order: number;
}

export interface BudgetingProposalTable {
  id: string;
  round_id: string;
  budget_id: string;
  title: string;
  description: string;
  lang: string;
  estimated_cost: number;
  address: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
  cost_estimate: number | null;
  public_reason: string | null;
  merged_into: string | null;
  reviewed_at: string | null;
  reviewer_id: string | null;
  implementation_status: string | null;
  implementation_progress: number | null;
  implementation_note: string | null;
  implementation_updated_at: string | null;
  created_at: string;
  /** The proposer's image (budgeting_proposal_images.id) and its text alternative, or null (0004). */
  image_id: ColumnType<string | null, string | null | undefined, string | null>;
  image_alt: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An image uploaded for a proposal: metadata stripped, as bytes; taken by at most one proposal (0004). */
export interface BudgetingProposalImageTable {
  id: string;
  round_id: string;
  content_type: string;
  byte_size: number;
  data: Buffer;
  created_at: string;
}

/** Every change of a budget's rules, and every refused attempt after voting opened. */
export interface BudgetingRulesLogTable {
  /** A sequence: the order of the log. */
  id: Generated<number>;
  round_id: string;
  budget_id: string | null;
  at: string;
  actor_id: string | null;
  /** 'set' | 'projects-updated' | 'refused' */
  action: string;
  /** What was asked (JSON). */
  detail: string;
}

/** A single-use voting code: only its keyed hash. */
export interface BudgetingVotingCodeTable {
  code_hash: string;
  round_id: string;
  /** The day it was issued (Helsinki date). */
  issued_on: string;
  issued_by: string | null;
}

/** Who voted: a keyed hash of the voter, the day. Never the ballot id, the receipt or the time. */
export interface BudgetingParticipationTable {
  round_id: string;
  /** The budget id under 'all', the round id under 'one': one row per (voter, slot). */
  slot: string;
  voter_key: string;
  voted_on: string;
  /**
   * HMAC(server key, "retry:" + voter key + ":" + the client's retry key), or null when the ballot
   * was cast without one (ADR 0031). Says nothing of the ballot without the retry key, which is
   * never stored.
   */
  retry_tag: ColumnType<string | null, string | null | undefined, never>;
}

/** What was voted: random id, the choices, the receipt code. No voter key, no time, no sequence. */
export interface BudgetingBallotTable {
  id: string;
  budget_id: string;
  /** [{ project, points? }] sorted by project. */
  choices_json: string;
  receipt_code: string;
}

/** The tally of a budget: computed after the vote closes, published by an officer. */
export interface BudgetingResultTable {
  budget_id: string;
  round_id: string;
  /** The result document (JSON) as published. */
  result_json: string;
  computed_at: string;
  /** The budget's Pabulib file, made with the result (ADR 0055); null for results computed before. */
  export_pb: ColumnType<string | null, string | null | undefined, string | null>;
}

/** What a computation of a round's results keeps beside them (ADR 0055): its receipts, made once. */
export interface BudgetingResultRoundTable {
  round_id: string;
  ballots: number;
  receipts_sha256: string;
  /** The published receipt list (sorted codes), as JSON. */
  receipts_json: string;
  computed_at: string;
}
