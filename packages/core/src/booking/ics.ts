/**
 * iCalendar (RFC 5545) text: one booking as an event a resident adds to their calendar, and a
 * resource's busy times as a subscribable feed with no personal data. Lines end in CRLF, are
 * folded at 75 octets (UTF-8, never inside a character), and TEXT values are escaped
 * (backslash, semicolon, comma, newline). Times are written in UTC ('Z'), which every calendar
 * shows in its own zone, so no VTIMEZONE is needed.
 */

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1): CRLF and one space before each continuation. */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An instant as an iCalendar UTC DATE-TIME, e.g. 20261027T160000Z. */
export function icsDateTime(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsEvent {
  readonly uid: string;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly location?: string;
  readonly description?: string;
  readonly url?: string;
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Busy-feed events are opaque and carry no text but "Varattu / Booked". */
  readonly transparency?: 'OPAQUE' | 'TRANSPARENT';
  readonly sequence?: number;
}

export interface IcsCalendar {
  readonly name?: string;
  readonly method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** DTSTAMP of every event: when the text was made. */
  readonly stamp: number;
  readonly events: readonly IcsEvent[];
}

function line(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

/** The whole iCalendar object, CRLF line ends included. */
export function icsCalendar(calendar: IcsCalendar): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kohtaamo//Space booking//FI', 'CALSCALE:GREGORIAN'];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name) lines.push(line('X-WR-CALNAME', escapeIcsText(calendar.name)));
  const stamp = icsDateTime(calendar.stamp);
  for (const event of calendar.events) {
    lines.push('BEGIN:VEVENT');
    lines.push(line('UID', event.uid));
    lines.push(`DTSTAMP:${stamp}`);
    lines.push(`DTSTART:${icsDateTime(event.start)}`);
    lines.push(`DTEND:${icsDateTime(event.end)}`);
    lines.push(line('SUMMARY', escapeIcsText(event.summary)));
    if (event.location) lines.push(line('LOCATION', escapeIcsText(event.location)));
    if (event.description) lines.push(line('DESCRIPTION', escapeIcsText(event.description)));
    if (event.url) lines.push(line('URL', event.url));
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.transparency) lines.push(`TRANSP:${event.transparency}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
