/**
 * The booking module's tables (issue 12), added to the platform's `Database` interface by
 * declaration merging. Overlap is enforced on `booking_occupancy`: one row per leaf space of
 * each live booking and block, with its occupied time in epoch milliseconds (ADR 0029).
 */
declare module '../db/database.types.js' {
  interface Database {
    booking_units: BookingUnitTable;
    booking_spaces: BookingSpaceTable;
    booking_resources: BookingResourceTable;
    booking_bookings: BookingBookingTable;
    booking_blocks: BookingBlockTable;
    booking_occupancy: BookingOccupancyTable;
    booking_occupancy_guard: { guard: string };
    booking_rounds: BookingRoundTable;
    booking_applications: BookingApplicationTable;
    booking_data_version: BookingDataVersionTable;
  }
}

export interface BookingUnitTable {
  id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  address: string;
  lat: number | null;
  lon: number | null;
  /** OpeningHours (core) as JSON. */
  opening_hours: string;
  updated_at: string;
}

export interface BookingSpaceTable {
  id: string;
  unit_id: string;
  parent_id: string | null;
  name_fi: string;
  name_sv: string;
  name_en: string;
  area_m2: number;
  capacity: number;
  /** Purpose[] as JSON. */
  purposes: string;
  /** Accessibility as JSON. */
  accessibility: string;
  access: string;
  updated_at: string;
}

export interface BookingResourceTable {
  id: string;
  unit_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  /** The rest of the Resource (core) as JSON: spaceIds, rules, price, form, openingHours, description. */
  definition: string;
  active: number;
  updated_at: string;
}

export interface BookingBookingTable {
  id: string;
  resource_id: string;
  unit_id: string;
  series_id: string | null;
  status: string;
  start_at: string;
  end_at: string;
  /** Personal data, removed by retention. */
  name: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  purpose: string | null;
  description: string | null;
  attendees: number | null;
  discount_group: string | null;
  price_cents: number;
  lang: string;
  /** A keyed hash of the e-mail address: counts active bookings per person. */
  person_key: string | null;
  /** SHA-256 of the manage code; the code itself is only in the resident's mail and screen. */
  manage_code_hash: string | null;
  on_behalf_by: string | null;
  handled_by: string | null;
  handled_at: string | null;
  deny_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  anonymised_at: string | null;
}

export interface BookingBlockTable {
  id: string;
  unit_id: string;
  space_id: string;
  start_at: string;
  end_at: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export interface BookingOccupancyTable {
  /** The booking's or block's id. */
  owner_id: string;
  leaf_id: string;
  /** Occupied time (buffers included) in epoch milliseconds, [start_ms, end_ms). */
  start_ms: number;
  end_ms: number;
}

export interface BookingRoundTable {
  id: string;
  unit_id: string;
  name: string;
  period_start: string;
  period_end: string;
  deadline_at: string;
  /** open → allocating → allocated, once. */
  status: string;
  created_by: string | null;
  created_at: string;
  allocated_by: string | null;
  allocated_at: string | null;
}

export interface BookingApplicationTable {
  id: string;
  round_id: string;
  resource_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  organisation: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  purpose: string | null;
  lang: string;
  status: string;
  reason: string | null;
  series_id: string | null;
  accepted_count: number;
  /** JSON: [{ date, start, end, rule, params }] of the occurrences the series code refused. */
  rejected_occurrences: string;
  created_at: string;
  anonymised_at: string | null;
}

/**
 * The data version of what the public figures read: one row (id 1), raised by triggers in every
 * writer's transaction that changes a booking's times, status or place, or the register (ADR 0071).
 */
export interface BookingDataVersionTable {
  id: number;
  /** bigint: a string on PostgreSQL. */
  version: number | string;
}
