/**
 * Seats of a shift: who attends, who waits, who is refused, and who moves up when someone
 * cancels. Pure functions over counts of people (a group of 3 takes 3 seats); the server runs
 * them inside one write transaction per shift, so two sign-ups never see the same free seat.
 *
 * - A sign-up is placed as a whole: a group attends together, waits together or is refused.
 * - A seat hold (made when the sign-up form opens) reserves attending seats for a few minutes;
 *   it counts against the capacity for everyone else, and becomes the sign-up's own seats.
 * - The waiting list takes people up to its own capacity; beyond that the answer is a clear no.
 * - When seats free up, the waiting list is walked in order and each sign-up that fits is
 *   promoted ("first that fits"): a big group at the head does not keep seats empty for the
 *   smaller ones behind it, and keeps its place for the next free seats (ADR 0026).
 */

export type Placement = 'attending' | 'waiting' | 'refused';

export interface SeatCounts {
  /** People who can attend. */
  readonly capacity: number;
  /** People who may wait. */
  readonly waitingListCapacity: number;
  /** People attending now. */
  readonly attending: number;
  /** People waiting now. */
  readonly waiting: number;
  /** People in unexpired holds (everyone's, including the caller's own). */
  readonly held: number;
}

/** Attending seats still free for someone holding `ownHold` seats. */
export function freeSeats(counts: SeatCounts, ownHold = 0): number {
  return Math.max(0, counts.capacity - counts.attending - (counts.held - ownHold));
}

/** Where a sign-up of `groupSize` people goes now; `ownHold` seats are the caller's own hold. */
export function placeSignup(counts: SeatCounts, groupSize: number, ownHold = 0): Placement {
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new RangeError(`placeSignup: groupSize ${groupSize}`);
  if (groupSize <= freeSeats(counts, ownHold)) return 'attending';
  if (counts.waiting + groupSize <= counts.waitingListCapacity) return 'waiting';
  return 'refused';
}

/**
 * What a hold of `seats` would get: attending seats reserved ('attending'), or no reservation
 * because only the waiting list has room ('waiting'), or nothing ('refused').
 */
export function placeHold(counts: SeatCounts, seats: number): Placement {
  return placeSignup(counts, seats, 0);
}

export interface QueuedSignup {
  readonly id: string;
  readonly groupSize: number;
}

/**
 * Who moves from the waiting list to attending when `free` seats open: the queue (oldest first)
 * is walked and each sign-up that still fits is promoted. Returns the promoted ids, in order.
 */
export function promoteFromWaiting(free: number, queue: readonly QueuedSignup[]): string[] {
  const promoted: string[] = [];
  let left = free;
  for (const entry of queue) {
    if (left <= 0) break;
    if (entry.groupSize <= left) {
      promoted.push(entry.id);
      left -= entry.groupSize;
    }
  }
  return promoted;
}

/** 1-based positions on the waiting list, by sign-up id (the queue oldest first). */
export function waitingPositions(queue: readonly QueuedSignup[]): Map<string, number> {
  return new Map(queue.map((q, i) => [q.id, i + 1]));
}

/**
 * The result of a change of group size through the manage link: stays attending if the extra
 * people fit (or the group shrinks), else the change is refused (the person keeps the seats
 * they have; waiting sign-ups change size only if the waiting list has room).
 */
export function canResize(counts: SeatCounts, status: 'attending' | 'waiting', from: number, to: number): boolean {
  if (to <= from) return true;
  const extra = to - from;
  if (status === 'attending') return extra <= freeSeats(counts, 0);
  return counts.waiting + extra <= counts.waitingListCapacity;
}

export interface TimeSpan {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/** Whether two spans share any time; they are half-open, so one ending at 12:00 and the next starting at 12:00 do not. */
export function spansOverlap(a: Pick<TimeSpan, 'startsAt' | 'endsAt'>, b: Pick<TimeSpan, 'startsAt' | 'endsAt'>): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** The spans in `mine` (a person's other shifts) that overlap `candidate`, itself excluded. */
export function overlappingShifts<T extends TimeSpan>(candidate: TimeSpan, mine: readonly T[]): T[] {
  return mine.filter((s) => s.id !== candidate.id && spansOverlap(candidate, s));
}

/** Why a person may not take a role: too young. The record check is the organiser's, on the day. */
export function roleRefusal(role: { readonly minimumAge?: number | undefined } | undefined, age: number): { key: 'volunteering.role.tooYoung'; params: { minimumAge: number } } | null {
  if (role?.minimumAge !== undefined && age < role.minimumAge) return { key: 'volunteering.role.tooYoung', params: { minimumAge: role.minimumAge } };
  return null;
}

/** Volunteer hours of a shift for a group: length in hours × people, to a quarter hour. */
export function volunteerHours(startsAt: string, endsAt: string, people: number): number {
  const hours = Math.max(0, Date.parse(endsAt) - Date.parse(startsAt)) / 3_600_000;
  return Math.round(hours * people * 4) / 4;
}
