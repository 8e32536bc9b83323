import type { CompiledOpeningHours } from './opening-hours.js';
import { DAY_MS, MINUTE_MS, instantToWall } from './helsinki-time.js';
import { leavesMeet } from './space.logic.js';
import type { FormField, Resource, ResourceRules } from './space.schema.js';

/**
 * The booking rules, applied in this fixed order; the first that fails is the answer, so a
 * resident always hears the most basic problem first (a time that is not on the grid before
 * a time that is taken). Staff booking on someone's behalf skip the rules marked (resident).
 *
 *  1. resource.inactive    the resource takes no bookings now
 *  2. time.order           the end is after the start
 *  3. time.grid            start and end fall on the slot grid (local time)
 *  4. duration.min         at least the minimum duration
 *  5. duration.max         at most the maximum duration
 *  6. window.past          the start is not in the past
 *  7. window.lead          (resident) booked at least minLeadMinutes before the start
 *  8. window.ahead         (resident) not further ahead than bookableDaysAhead
 *  9. hours.closed         wholly within one open stretch of the opening hours (overnight ok)
 * 10. form.required        the booking form's required fields are filled
 * 11. capacity             attendees within the capacity of the spaces
 * 12. limit.active         (resident) at most maxActivePerPerson active bookings
 * 13. conflict.block       no staff block on any leaf space, buffers included
 * 14. conflict.booking     no other pending or confirmed booking on any leaf space, buffers included
 */
export const BOOKING_RULES = [
  'resource.inactive',
  'time.order',
  'time.grid',
  'duration.min',
  'duration.max',
  'window.past',
  'window.lead',
  'window.ahead',
  'hours.closed',
  'form.required',
  'capacity',
  'limit.active',
  'conflict.block',
  'conflict.booking',
] as const;
export type BookingRule = (typeof BOOKING_RULES)[number];

export interface BookingViolation {
  readonly rule: BookingRule;
  readonly params: Readonly<Record<string, string | number>>;
  /** The JSON pointer of the request field the rule is about. */
  readonly pointer: string;
}

/** A time a leaf space is taken: a booking (pending or confirmed) or a staff block. */
export interface Occupancy {
  readonly id?: string;
  /** Occupied from (start − buffer before) to (end + buffer after) of its own resource. */
  readonly start: number;
  readonly end: number;
  readonly leaves: readonly string[];
  readonly kind: 'booking' | 'block';
  readonly personKey?: string | null;
  readonly resourceId?: string;
  /** The booking's own start (for "active" = not yet started). */
  readonly bookingStart?: number;
}

export interface BookingCandidate {
  readonly start: number;
  readonly end: number;
  readonly personKey?: string | null;
  readonly attendees?: number;
  readonly fields?: Partial<Record<FormField, unknown>>;
  /** Staff on someone's behalf: the (resident) rules do not apply. */
  readonly staff?: boolean;
  /** When changing a booking: its id, so it does not clash with itself. */
  readonly replaces?: string;
}

export interface BookingContext {
  readonly resource: Pick<Resource, 'active' | 'rules' | 'form'>;
  readonly hours: CompiledOpeningHours;
  /** The leaf spaces the resource occupies (SpaceTree.leavesOfAll of its spaceIds). */
  readonly leaves: readonly string[];
  /** The capacity of the resource's spaces (the sum of the spaces it names). */
  readonly capacity: number;
  readonly now: number;
  /** Occupancies that may clash; any order. */
  readonly occupied: readonly Occupancy[];
}

/** The occupied interval of a booking: its time widened by its resource's buffers. */
export function occupancyOf(start: number, end: number, rules: Pick<ResourceRules, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>): { start: number; end: number } {
  return { start: start - rules.bufferBeforeMinutes * MINUTE_MS, end: end + rules.bufferAfterMinutes * MINUTE_MS };
}

function onGrid(instant: number, slotMinutes: number): boolean {
  if (instant % MINUTE_MS !== 0) return false;
  return instantToWall(instant).minutes % slotMinutes === 0;
}

const filled = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';

/** The first rule a booking breaks, or null when it may be made. */
export function validateBooking(context: BookingContext, candidate: BookingCandidate): BookingViolation | null {
  const { resource, now } = context;
  const rules = resource.rules;
  const { start, end } = candidate;
  const resident = candidate.staff !== true;
  const minutes = (end - start) / MINUTE_MS;
  if (!resource.active) return { rule: 'resource.inactive', params: {}, pointer: '/resourceId' };
  if (!(end > start)) return { rule: 'time.order', params: {}, pointer: '/end' };
  if (!onGrid(start, rules.slotMinutes)) return { rule: 'time.grid', params: { minutes: rules.slotMinutes }, pointer: '/start' };
  if (!onGrid(end, rules.slotMinutes)) return { rule: 'time.grid', params: { minutes: rules.slotMinutes }, pointer: '/end' };
  if (minutes < rules.minMinutes) return { rule: 'duration.min', params: { minutes: rules.minMinutes }, pointer: '/end' };
  if (minutes > rules.maxMinutes) return { rule: 'duration.max', params: { minutes: rules.maxMinutes }, pointer: '/end' };
  if (start < now) return { rule: 'window.past', params: {}, pointer: '/start' };
  if (resident && start < now + rules.minLeadMinutes * MINUTE_MS) return { rule: 'window.lead', params: { minutes: rules.minLeadMinutes }, pointer: '/start' };
  if (resident && start > now + rules.bookableDaysAhead * DAY_MS) return { rule: 'window.ahead', params: { days: rules.bookableDaysAhead }, pointer: '/start' };
  if (!context.hours.covers(start, end)) return { rule: 'hours.closed', params: {}, pointer: '/start' };
  for (const field of resource.form.required) {
    if (!filled(candidate.fields?.[field])) return { rule: 'form.required', params: { field }, pointer: `/${field}` };
  }
  if (candidate.attendees !== undefined && context.capacity > 0 && candidate.attendees > context.capacity) {
    return { rule: 'capacity', params: { capacity: context.capacity }, pointer: '/attendees' };
  }
  if (resident && rules.maxActivePerPerson !== null && candidate.personKey) {
    let active = 0;
    for (const o of context.occupied) {
      if (o.kind === 'booking' && o.personKey === candidate.personKey && !(candidate.replaces !== undefined && o.id === candidate.replaces) && (o.bookingStart ?? o.end) > now) active++;
    }
    if (active >= rules.maxActivePerPerson) return { rule: 'limit.active', params: { max: rules.maxActivePerPerson }, pointer: '/email' };
  }
  const mine = occupancyOf(start, end, rules);
  for (const kind of ['block', 'booking'] as const) {
    for (const o of context.occupied) {
      if (o.kind !== kind || (candidate.replaces !== undefined && o.id === candidate.replaces)) continue;
      if (o.start < mine.end && mine.start < o.end && leavesMeet(o.leaves, context.leaves)) {
        return { rule: kind === 'block' ? 'conflict.block' : 'conflict.booking', params: {}, pointer: '/start' };
      }
    }
  }
  return null;
}

/** The price of a booking in euro cents, after a discount group's percentage. */
export function priceOf(resource: Pick<Resource, 'price'>, minutes: number, discountGroup?: string): number {
  const base = Math.round((resource.price.centsPerHour * minutes) / 60);
  const group = resource.price.discountGroups.find((g) => g.id === discountGroup);
  return group ? Math.round((base * (100 - group.percent)) / 100) : base;
}

/** Whether a resident may still cancel or change a booking that starts at `start`. */
export function canStillCancel(rules: Pick<ResourceRules, 'cancellationDeadlineHours'>, start: number, now: number): boolean {
  return now <= start - rules.cancellationDeadlineHours * 3_600_000;
}
