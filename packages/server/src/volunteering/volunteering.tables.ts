import type { Generated } from 'kysely';

/**
 * The volunteering module's tables (issue 11), added to the platform's `Database` interface by
 * declaration merging. An opportunity's texts and details are one JSON document (they are read
 * and written whole); what the module queries on (organisation, area, times, seats, status) are
 * columns. Personal data of a sign-up is in its own columns, blanked by retention, while the
 * counts and hours stay for statistics.
 */
declare module '../db/database.types.js' {
  interface Database {
    volunteering_opportunities: VolunteeringOpportunityTable;
    volunteering_shifts: VolunteeringShiftTable;
    volunteering_holds: VolunteeringHoldTable;
    volunteering_signups: VolunteeringSignupTable;
    volunteering_proposals: VolunteeringProposalTable;
    volunteering_imported: VolunteeringImportedTable;
    volunteering_offer_handling: VolunteeringOfferHandlingTable;
  }
}

export interface VolunteeringOpportunityTable {
  id: string;
  organisation_id: string;
  kind: string;
  status: string;
  area: string;
  /** OpportunityFields without kind, area and status (title, description, themes, location, …). */
  content_json: string;
  created_at: string;
  updated_at: string;
  /** Raised by one with each coordinator's edit of the opportunity's own fields (not its shifts'); an edit names the version it was made on (If-Match, ADR 0060). */
  version: Generated<number>;
}

export interface VolunteeringShiftTable {
  id: string;
  opportunity_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  minimum_attendees: number;
  waiting_list_capacity: number;
  max_group_size: number;
  roles_json: string;
  status: string;
  reminder_sent_at: string | null;
  created_at: string;
  /** Raised by one with each coordinator's edit; an edit names the version it was made on (If-Match, ADR 0060). */
  version: Generated<number>;
}

export interface VolunteeringHoldTable {
  id: string;
  shift_id: string;
  seats: number;
  expires_at: string;
  created_at: string;
}

export interface VolunteeringSignupTable {
  id: string;
  shift_id: string;
  /** attending | waiting | cancelled */
  status: string;
  group_size: number;
  /** When the sign-up came. */
  queued_at: string;
  /** Its place in the shift's order of arrival (1, 2, …), given under the shift's lock: the waiting list's order. */
  queue_no: number;
  name: string;
  email: string;
  phone: string;
  age: number | null;
  role_id: string | null;
  guardian_name: string;
  guardian_consent_at: string | null;
  lang: string;
  /** SHA-256 of the manage code (80 random bits); null once anonymised. */
  manage_code_hash: string | null;
  /** Revision of the calendar event sent (SEQUENCE). */
  sequence: number;
  checked_in: number;
  hours: number | null;
  hours_approved: number;
  /** Law 148/2014: only that an extract of the criminal record was seen, when and by whom. */
  record_seen_at: string | null;
  record_seen_by: string | null;
  anonymised_at: string | null;
  /** When the reminder before the shift was queued for this sign-up (migration 0004). */
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface VolunteeringProposalTable {
  id: string;
  status: string;
  what: string;
  description: string;
  where_text: string;
  area: string;
  lat: number | null;
  lon: number | null;
  starts_at: string;
  ends_at: string;
  expected_people: number;
  supplies_json: string;
  proposer_name: string;
  proposer_email: string;
  organisation_name: string;
  lang: string;
  decline_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  opportunity_id: string | null;
  anonymised_at: string | null;
  created_at: string;
}

/** Tasks imported from vapaaehtoistyo.fi: the board's Opportunity as JSON, replaced at each import. */
export interface VolunteeringImportedTable {
  id: string;
  external_id: string;
  area: string;
  starts_at: string | null;
  opportunity_json: string;
  imported_at: string;
}

/** A contact offer of another module marked handled by a city coordinator (ADR 0054). */
export interface VolunteeringOfferHandlingTable {
  offer_id: string;
  handled_at: string;
  handled_by: string;
}
