/**
 * The one iCalendar (RFC 5545) writer of every domain: the `.ics` attached to a volunteering
 * confirmation or reminder, a booking's event, and a resource's busy-times feed. One VCALENDAR
 * with VEVENTs, written so that any calendar program opens it (tests parse it with ical.js).
 *
 * - Lines end in CRLF and are folded at 75 octets (UTF-8 bytes, never inside a character),
 *   continuation lines starting with one space (§3.1).
 * - TEXT values escape backslash, semicolon, comma and newline (§3.3.11).
 * - DTSTAMP is always UTC. DTSTART/DTEND are UTC ("…Z") or local time with TZID=Europe/Helsinki,
 *   in which case a VTIMEZONE with the EU summer-time rules is included (§3.6.5), so the file
 *   needs no outside time-zone database.
 * - UID is stable per sign-up or booking and SEQUENCE grows with each change, so a change or
 *   cancellation (METHOD:CANCEL, STATUS:CANCELLED) replaces the event already in a calendar.
 * - A feed names itself (X-WR-CALNAME) and marks busy times OPAQUE (TRANSP).
 */

/** An instant: a Date, or milliseconds since the epoch. */
export type IcsInstant = Date | number;
const at = (instant: IcsInstant): Date => (typeof instant === 'number' ? new Date(instant) : instant);

export interface IcsEvent {
  /** Globally unique and stable: "<signup or booking id>@<host>". */
  readonly uid: string;
  readonly start: IcsInstant;
  readonly end: IcsInstant;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  readonly url?: string;
  readonly organizer?: { readonly name: string; readonly email: string };
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Revision of the event: 0 first, +1 on each change. */
  readonly sequence?: number;
  /** Minutes before the start for a display alarm, if any. */
  readonly alarmMinutesBefore?: number;
  /** Busy-feed events are OPAQUE (they block the time); default: not written. */
  readonly transparency?: 'OPAQUE' | 'TRANSPARENT';
}

export interface IcsCalendar {
  readonly events: readonly IcsEvent[];
  /** When the file is written (DTSTAMP). */
  readonly stamp: IcsInstant;
  /** The calendar's name, for a feed (X-WR-CALNAME). */
  readonly name?: string;
  /** 'UTC' (default) or 'Europe/Helsinki'. */
  readonly timeZone?: 'UTC' | 'Europe/Helsinki';
  /** PUBLISH for information, CANCEL for a cancellation. */
  readonly method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  readonly prodId?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value: quoted when it holds ":", ";" or ","; double quotes cannot appear at all (§3.2). */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n\u0000-\u001f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds one content line at 75 octets, never splitting a UTF-8 sequence (§3.1). */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 20261205T080000Z */
export function icsUtc(instant: IcsInstant): string {
  const date = at(instant);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const helsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** 20261205T100000, the wall-clock time in Helsinki. */
export function icsHelsinkiLocal(instant: IcsInstant): string {
  const p = Object.fromEntries(helsinki.formatToParts(at(instant)).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/** The Europe/Helsinki zone: EET (+02) and EEST (+03), the EU rule since 1996 (last Sundays of March and October, 01:00 UTC). */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19960331T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19961027T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The calendar as text: CRLF line ends, folded lines, ending in CRLF. */
export function icsCalendar(calendar: IcsCalendar): string {
  const local = calendar.timeZone === 'Europe/Helsinki';
  const when = (name: string, date: IcsInstant) => (local ? `${name};TZID=Europe/Helsinki:${icsHelsinkiLocal(date)}` : `${name}:${icsUtc(date)}`);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId ?? '-//Kohtaamo//Kohtaamo//FI'}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${calendar.method ?? 'PUBLISH'}`,
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeIcsText(calendar.name)}`);
  if (local) lines.push(...HELSINKI_VTIMEZONE);
  for (const e of calendar.events) {
    if (!(at(e.end).getTime() > at(e.start).getTime())) throw new RangeError(`icsCalendar: event ${e.uid} ends before it starts`);
    lines.push('BEGIN:VEVENT', `UID:${escapeIcsText(e.uid)}`, `DTSTAMP:${icsUtc(calendar.stamp)}`, when('DTSTART', e.start), when('DTEND', e.end));
    lines.push(`SEQUENCE:${e.sequence ?? 0}`);
    lines.push(`STATUS:${e.status ?? (calendar.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED')}`);
    lines.push(`SUMMARY:${escapeIcsText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeIcsText(e.location)}`);
    if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lon.toFixed(6)}`);
    if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
    if (e.transparency) lines.push(`TRANSP:${e.transparency}`);
    if (e.organizer) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email.replace(/[\r\n:;]/g, '')}`);
    if (e.alarmMinutesBefore !== undefined && e.status !== 'CANCELLED' && calendar.method !== 'CANCEL') {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${Math.max(0, Math.round(e.alarmMinutesBefore))}M`, `DESCRIPTION:${escapeIcsText(e.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
