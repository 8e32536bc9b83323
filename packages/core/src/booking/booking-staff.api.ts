import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { createQueueStore, type QueueStore } from '../forms/queue.store.js';
import { ALL_SCOPES, CITY_ORGANISATION, PLATFORM_DOMAIN, type Grant } from '../staff/grant.schema.js';
import { BOOKING_PATHS } from './space.schema.js';

/**
 * The staff side of space booking as <kohtaamo-space-console> reads it (ADR 0039): the handling
 * queue on core's generic queue store, one booking in full, approve, deny with a reason, a
 * booking on someone's behalf and a block. Answers are read loosely (the server may add fields).
 */
export const StaffBookingSchema = v.looseObject({
  id: v.string(),
  resourceId: v.string(),
  unitId: v.string(),
  seriesId: v.nullable(v.string()),
  status: v.picklist(['pending', 'confirmed', 'denied', 'cancelled']),
  start: v.string(),
  end: v.string(),
  name: v.nullable(v.string()),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  organisation: v.nullable(v.string()),
  purpose: v.nullable(v.string()),
  attendees: v.nullable(v.number()),
  onBehalf: v.boolean(),
  denyReason: v.nullable(v.string()),
  version: v.number(),
  createdAt: v.string(),
});
export type StaffBooking = v.InferOutput<typeof StaffBookingSchema>;

export const StaffBookingPageSchema = v.object({ items: v.array(StaffBookingSchema), total: v.number(), next: v.nullable(v.string()) });

/** A staff booking on someone's behalf: the booking with its manage code, to hand to the person. */
export const OnBehalfCreatedSchema = v.looseObject({ ...StaffBookingSchema.entries, manageCode: v.string() });
export type OnBehalfCreated = v.InferOutput<typeof OnBehalfCreatedSchema>;

export const BlockCreatedSchema = v.object({ id: v.string() });

export const StaffBlockSchema = v.looseObject({ id: v.string(), spaceId: v.string(), start: v.string(), end: v.string(), reason: v.string() });
export type StaffBlock = v.InferOutput<typeof StaffBlockSchema>;
export const StaffBlockListSchema = v.object({ items: v.array(StaffBlockSchema) });

const Names = v.object({ fi: v.string(), sv: v.string(), en: v.string() });
/** The register (GET /api/v1/booking/units) as the console reads it: units, their spaces and resources. */
export const ConsoleRegisterSchema = v.object({
  items: v.array(
    v.looseObject({
      id: v.string(),
      name: Names,
      spaces: v.array(v.looseObject({ id: v.string(), parentId: v.nullable(v.string()), name: Names })),
      resources: v.array(v.looseObject({ id: v.string(), name: Names, spaceIds: v.array(v.string()) })),
    }),
  ),
});
export type ConsoleUnit = v.InferOutput<typeof ConsoleRegisterSchema>['items'][number];

/**
 * The units a person handles bookings of, from their grants (ADR 0015): "all" for the city's
 * administrator or a grant of the whole booking domain, else the scopes of their booking
 * handler grants. The server checks every request again; this only chooses what to show.
 */
export function bookingUnitsOf(grants: readonly Pick<Grant, 'organisation' | 'domain' | 'scope' | 'role'>[]): 'all' | string[] {
  const city = grants.filter((g) => g.organisation === CITY_ORGANISATION);
  if (city.some((g) => (g.domain === PLATFORM_DOMAIN && g.role === 'admin' && g.scope === ALL_SCOPES) || (g.domain === 'booking' && g.role === 'handler' && g.scope === ALL_SCOPES))) return 'all';
  return [...new Set(city.filter((g) => g.domain === 'booking' && g.role === 'handler').map((g) => g.scope))].sort();
}

/** The console's queue filters ("" is any). */
export interface BookingQueueFilters {
  readonly unit: string;
  readonly status: string;
  readonly resource: string;
  /** A Helsinki date: bookings starting that day (the day's view). */
  readonly date: string;
}

export interface BookOnBehalfInput {
  readonly start: string;
  readonly end: string;
  readonly name: string;
  readonly email: string;
  readonly organisation?: string;
  readonly phone?: string;
  readonly purpose?: string;
  readonly lang?: 'fi' | 'sv' | 'en';
}

const S = BOOKING_PATHS.staff;
const enc = encodeURIComponent;

export function createBookingStaffApi(http: HttpClient, locale: () => string = () => 'fi') {
  const headers = () => ({ 'Accept-Language': locale() });
  return {
    units(signal?: AbortSignal) {
      return http.request(BOOKING_PATHS.units, ConsoleRegisterSchema, signal ? { signal } : {});
    },
    list(query: Record<string, string>, signal?: AbortSignal) {
      return http.request(`${S}/bookings`, StaffBookingPageSchema, { searchParams: query, headers: headers(), ...(signal ? { signal } : {}) });
    },
    get(id: string, signal?: AbortSignal) {
      return http.request(`${S}/bookings/${enc(id)}`, StaffBookingSchema, { headers: headers(), ...(signal ? { signal } : {}) });
    },
    approve(id: string, version: number) {
      return http.request(`${S}/bookings/${enc(id)}/approve`, StaffBookingSchema, { method: 'POST', json: { version }, headers: headers() });
    },
    deny(id: string, reason: string, version: number) {
      return http.request(`${S}/bookings/${enc(id)}/deny`, StaffBookingSchema, { method: 'POST', json: { reason, version }, headers: headers() });
    },
    cancel(id: string) {
      return http.request(`${S}/bookings/${enc(id)}/cancel`, StaffBookingSchema, { method: 'POST', headers: headers() });
    },
    bookOnBehalf(resourceId: string, input: BookOnBehalfInput) {
      return http.request(`${S}/resources/${enc(resourceId)}/bookings`, OnBehalfCreatedSchema, { method: 'POST', json: input, headers: headers() });
    },
    block(spaceId: string, input: { start: string; end: string; reason: string }) {
      return http.request(`${S}/spaces/${enc(spaceId)}/blocks`, BlockCreatedSchema, { method: 'POST', json: input, headers: headers() });
    },
    blocks(unit: string, date: string, signal?: AbortSignal) {
      return http.request(`${S}/blocks`, StaffBlockListSchema, { searchParams: { unit, date }, headers: headers(), ...(signal ? { signal } : {}) });
    },
  };
}
export type BookingStaffApi = ReturnType<typeof createBookingStaffApi>;

export type BookingQueueStore = QueueStore<StaffBooking, BookingQueueFilters, StaffBooking>;

/** The console's queue: the generic queue store over the staff booking API (pending requests first). */
export function createBookingQueueStore(staff: () => BookingStaffApi, filters: Partial<BookingQueueFilters> = {}, pageSize = 25): BookingQueueStore {
  return createQueueStore<StaffBooking, BookingQueueFilters, StaffBooking>({
    filters: { unit: '', status: 'pending', resource: '', date: '', ...filters },
    idOf: (item) => item.id,
    async list(f, cursor, signal) {
      const query: Record<string, string> = { limit: String(pageSize) };
      for (const [key, value] of Object.entries(f)) if (value) query[key] = value;
      if (cursor) query.cursor = cursor;
      return staff().list(query, signal);
    },
    read: (id, signal) => staff().get(id, signal),
    rowOf: (detail) => detail,
  });
}
