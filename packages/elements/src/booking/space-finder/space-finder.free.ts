// The finder's free-time search (issue 12, `<kohtaamo-space-finder>`): the question "what is free
// on this day from this time for this long" and the first free start of each space in the answer.
// A module of its own (issue 7): a page whose visitors never ask for a day never loads it; the
// finder imports it when a day is first asked (or set by its `date` attribute). Its answer's
// schema comes with it.
import { BOOKING_FREE_PATH, FreeViewSchema, type FinderFilter, type FreeView, type HttpClient } from '@kohtaamo/core';

export type Slot = FreeView['items'][number];

/** The day, time and length a person asked for (as typed: the defaults fill what is empty). */
export interface FreeQuestion {
  readonly date: string;
  readonly time: string;
  readonly minutes: string;
}

/** Asks the server for the first free start of each space that passes the filter: resource id → slot. */
export async function findFree(http: HttpClient, ask: FreeQuestion, f: FinderFilter): Promise<Map<string, Slot>> {
  const query: Record<string, string> = { date: ask.date, time: ask.time || '00:00', minutes: ask.minutes || '60' };
  if (f.unitId) query.unit = f.unitId;
  if (f.purpose) query.purpose = f.purpose;
  if (f.minCapacity) query.minCapacity = String(f.minCapacity);
  if (f.minAreaM2) query.minArea = String(f.minAreaM2);
  if (f.stepFree) query.stepFree = 'true';
  if (f.accessibleToilet) query.accessibleToilet = 'true';
  if (f.inductionLoop) query.inductionLoop = 'true';
  const answer = await http.request(BOOKING_FREE_PATH, FreeViewSchema, { searchParams: query });
  return new Map(answer.items.map((i) => [i.resourceId, i]));
}

/** A free slot as the list says it: its day ("ti 3.12.") and its times ("10.00"), in Helsinki time. */
export function slotWords(slot: Slot, intl: string): { date: string; from: string; to: string } {
  const format = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { ...options, timeZone: 'Europe/Helsinki' }).format(Date.parse(iso));
  const time = (iso: string) => format(iso, { hour: '2-digit', minute: '2-digit' });
  return { date: format(slot.start, { weekday: 'short', day: 'numeric', month: 'numeric' }), from: time(slot.start), to: time(slot.end) };
}
