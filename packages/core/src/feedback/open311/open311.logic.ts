import type { FeedbackStatusValue } from '../feedback.schema.js';
import type { Open311NewRequest, Open311RequestFilters, Open311Status } from './open311.schema.js';

/**
 * Pure Open311 logic shared by the server and the client: status mappings, W3C datetimes,
 * the GET requests window, form encoding and category ids.
 */

/** The base path the Kohtaamo server serves GeoReport v2 under. */
export const OPEN311_BASE_PATH = '/open311/v2';
export const OPEN311_SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/** GeoReport v2 knows two statuses: received, allocated and in handling are open; done and rejected closed. */
export const OPEN311_STATUS_OF: Readonly<Record<FeedbackStatusValue, Open311Status>> = {
  received: 'open',
  allocated: 'open',
  in_handling: 'open',
  done: 'closed',
  rejected: 'closed',
};

/** Kohtaamo statuses that count as each Open311 status (for the `status` filter). */
export function feedbackStatusesFor(status: Open311Status): FeedbackStatusValue[] {
  return (Object.keys(OPEN311_STATUS_OF) as FeedbackStatusValue[]).filter((s) => OPEN311_STATUS_OF[s] === status);
}

/**
 * The CitySDK `detailed_status` of Helsinki's API: RECEIVED (nothing done yet), IN_PROCESS
 * (handling started: a unit or handler has it), PROCESSED (resolved), REJECTED. Helsinki's
 * PUBLIC_WORKS_* values belong to its Public Works system and are not used.
 */
export const DETAILED_STATUS_OF: Readonly<Record<FeedbackStatusValue, string>> = {
  received: 'RECEIVED',
  allocated: 'IN_PROCESS',
  in_handling: 'IN_PROCESS',
  done: 'PROCESSED',
  rejected: 'REJECTED',
};

/**
 * The status values of the 6Aika `request_history` log (received, allocated, handling, done).
 * It has no "rejected": 6Aika considers handled → done the path for that, so a rejection is
 * logged as done, and its public reply says why.
 */
export const HISTORY_STATUS_OF: Readonly<Record<FeedbackStatusValue, string>> = {
  received: 'received',
  allocated: 'allocated',
  in_handling: 'handling',
  done: 'done',
  rejected: 'done',
};

/**
 * Reads a Kohtaamo status back from an Open311 request: the detailed status when the server
 * gave one we know (it may be a comma list: the first known value wins), else open → received
 * and closed → done.
 */
export function feedbackStatusFromOpen311(status: Open311Status, detailed?: string | null): FeedbackStatusValue {
  for (const value of (detailed ?? '').split(',').map((s) => s.trim().toUpperCase())) {
    if (value === 'RECEIVED' || value === 'PUBLIC_WORKS_NEW') return 'received';
    if (value === 'IN_PROCESS' || value === 'PUBLIC_WORKS_IN_PROGRESS') return 'in_handling';
    if (value === 'PROCESSED' || value === 'ARCHIVED' || value.startsWith('PUBLIC_WORKS_COMPLETED')) return 'done';
    if (value === 'REJECTED' || value === 'PUBLIC_WORKS_INTERRUPTED') return 'rejected';
  }
  return status === 'closed' ? 'done' : 'received';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The offset of a time zone from UTC at an instant, in minutes (Helsinki: +120 or +180). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((local - whole) / 60_000);
}

/**
 * An instant as the W3C datetime GeoReport v2 asks for, with the time zone offset written out:
 * "2026-05-14T12:30:00+03:00" for Europe/Helsinki (whole seconds, as the spec's examples).
 */
export function toW3cDateTime(instant: Date | string, timeZone = 'Europe/Helsinki'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  const offset = timeZoneOffsetMinutes(date, timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * W3C datetimes as GeoReport v2 accepts them in start_date and end_date: a complete date
 * ("2026-05-14", read as midnight in the given time zone), or a date and time with a time zone
 * designator ("…T12:30Z", "…T12:30:00+03:00", "…T12:30:00.5-05:00"). A time without a zone is
 * refused: the spec says the zone must be included.
 */
const W3C_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function isW3cDateTime(text: string): boolean {
  return parseW3cDateTime(text) !== null;
}

/** Parses a W3C datetime into an instant, or null when it is not one. */
export function parseW3cDateTime(text: string, timeZone = 'Europe/Helsinki'): Date | null {
  const match = W3C_DATETIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac === undefined ? 0 : Math.round(Number(frac) * 1000);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null; // 2026-02-31
  if (zone === undefined) {
    // A date alone: midnight where the city is.
    const offset = timeZoneOffsetMinutes(new Date(asUtc), timeZone);
    const guess = new Date(asUtc - offset * 60_000);
    return new Date(asUtc - timeZoneOffsetMinutes(guess, timeZone) * 60_000);
  }
  if (zone === 'Z') return new Date(asUtc);
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return new Date(asUtc - offset * 60_000);
}

/** The longest span GET requests covers: the spec's default window and its limit. */
export const OPEN311_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type WindowResult =
  | { readonly ok: true; readonly start: Date; readonly end: Date }
  | { readonly ok: false; readonly reason: 'reversed' | 'tooLong' };

/**
 * The requested_datetime window of GET requests. Neither date: the most recent 90 days. Only
 * start_date: 90 days from it. Only end_date: the 90 days before it. Both: that range, which
 * may not span more than 90 days.
 */
export function requestWindow(start: Date | null, end: Date | null, now: Date): WindowResult {
  const span = OPEN311_WINDOW_DAYS * DAY_MS;
  if (start === null && end === null) return { ok: true, start: new Date(now.getTime() - span), end: now };
  if (start !== null && end === null) return { ok: true, start, end: new Date(start.getTime() + span) };
  if (start === null && end !== null) return { ok: true, start: new Date(end.getTime() - span), end };
  if (end!.getTime() < start!.getTime()) return { ok: false, reason: 'reversed' };
  if (end!.getTime() - start!.getTime() > span) return { ok: false, reason: 'tooLong' };
  return { ok: true, start: start!, end: end! };
}

/**
 * A comma delimited list parameter, given once or "declared multiple times": the values in
 * order, trimmed, empty ones dropped, each once.
 */
export function splitList(value: string | readonly string[] | undefined): string[] {
  const all = (typeof value === 'string' ? [value] : (value ?? [])).flatMap((v) => v.split(','));
  return [...new Set(all.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** The body of POST requests, form encoded as the spec shows (attribute[code][]=v for lists). */
export function encodeOpen311Request(request: Open311NewRequest, extra: Readonly<Record<string, string>> = {}): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') form.append(name, String(value));
  };
  put('service_code', request.serviceCode);
  put('lat', request.lat);
  put('long', request.long);
  put('address_string', request.addressString);
  put('address_id', request.addressId);
  put('email', request.email);
  put('device_id', request.deviceId);
  put('account_id', request.accountId);
  put('first_name', request.firstName);
  put('last_name', request.lastName);
  put('phone', request.phone);
  put('description', request.description);
  put('media_url', request.mediaUrl);
  put('title', request.title);
  for (const [code, value] of Object.entries(request.attributes ?? {})) {
    if (typeof value === 'string') form.append(`attribute[${code}]`, value);
    else for (const item of value) form.append(`attribute[${code}][]`, item);
  }
  return form;
}

/**
 * Reads the `attribute[code]=value` and `attribute[code][]=value` fields of a POST body: one
 * string per code, or a list for the [] form (a multivaluelist).
 */
export function decodeOpen311Attributes(form: Iterable<[string, string]>): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(name);
    if (!match) continue;
    const code = match[1]!;
    if (match[2]) {
      const list = attributes[code];
      attributes[code] = Array.isArray(list) ? [...list, value] : list === undefined ? [value] : [list, value];
    } else if (attributes[code] === undefined) {
      attributes[code] = value;
    }
  }
  return attributes;
}

/** The query string of GET requests for a client's filters. */
export function open311FilterParams(filters: Open311RequestFilters): Record<string, string> {
  const params: Record<string, string> = {};
  const instant = (value: Date | string) => toW3cDateTime(value, 'UTC').replace('+00:00', 'Z');
  if (filters.serviceRequestIds?.length) params['service_request_id'] = filters.serviceRequestIds.join(',');
  if (filters.serviceCodes?.length) params['service_code'] = filters.serviceCodes.join(',');
  if (filters.startDate !== undefined) params['start_date'] = instant(filters.startDate);
  if (filters.endDate !== undefined) params['end_date'] = instant(filters.endDate);
  if (filters.statuses?.length) params['status'] = filters.statuses.join(',');
  if (filters.updatedAfter !== undefined) params['updated_after'] = instant(filters.updatedAfter);
  if (filters.updatedBefore !== undefined) params['updated_before'] = instant(filters.updatedBefore);
  if (filters.near) {
    params['lat'] = String(filters.near.lat);
    params['long'] = String(filters.near.long);
    params['radius'] = String(filters.near.radius);
  }
  if (filters.page !== undefined) params['page'] = String(filters.page);
  if (filters.pageSize !== undefined) params['page_size'] = String(filters.pageSize);
  if (filters.extensions) params['extensions'] = 'true';
  if (filters.locale) params['locale'] = filters.locale;
  return params;
}

/**
 * A Kohtaamo category id for an Open311 service code. Category ids are lower-case slugs; a
 * code that already is one is kept ("171", "streets"), any other ("DMV66", "Roads/Potholes") is
 * written as "x-" and the hex of its UTF-8 bytes, which `serviceCodeFromCategoryId` reverses.
 */
export function categoryIdForServiceCode(code: string): string {
  if (/^[a-z0-9][a-z0-9-]*$/.test(code) && !code.startsWith('x-') && code.length <= 64) return code;
  const hex = [...new TextEncoder().encode(code)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `x-${hex}`;
}

export function serviceCodeFromCategoryId(id: string): string {
  if (!/^x-(?:[0-9a-f]{2})+$/.test(id)) return id;
  const bytes = new Uint8Array((id.length - 2) / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(id.slice(2 + i * 2, 4 + i * 2), 16);
  return new TextDecoder().decode(bytes);
}

/**
 * A short title for a request (the CitySDK `title`): the first line of the text, cut at a word
 * boundary to at most `max` characters with an ellipsis.
 */
export function titleFromText(text: string, max = 60): string {
  const line = text.trim().split(/\r?\n/)[0]!.trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Splits a full name into GeoReport's first_name and last_name: the last word is the family
 * name, the rest the given names ("Anna Maria Virtanen" → "Anna Maria" + "Virtanen").
 */
export function splitName(name: string): { firstName?: string; lastName?: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return { firstName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
}

/** first_name and last_name back into one name. */
export function joinName(firstName?: string | null, lastName?: string | null): string | undefined {
  const name = [firstName, lastName].map((s) => (s ?? '').trim()).filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}
