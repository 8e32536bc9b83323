import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { escapeIcsText, foldIcsLine, icsCalendar, icsHelsinkiLocal } from '../calendar/ics.js';

const event = {
  uid: 's0123@osallistu.heinola.fi',
  start: new Date('2026-06-06T07:00:00Z'),
  end: new Date('2026-06-06T10:30:00Z'),
  summary: 'Roskatalkoot: Kirkkokatu, puisto; tervetuloa!',
  description: 'Tuo hanskat.\nKeppejä, säkkejä ja kahvia on paikalla. Hyvää kesää kaikille vapaaehtoisille ja heidän ystävilleen Heinolassa ja muualla.',
  location: 'Kirkkopuisto, Kirkkokatu 1, Heinola',
  geo: { lat: 61.2055, lon: 26.0381 },
  url: 'https://osallistu.heinola.fi/vapaaehtoistyo/hallinta?koodi=ABCD-EFGH',
  organizer: { name: 'Heinolan Latu ry: Liisa', email: 'latu@example.fi' },
  sequence: 2,
  alarmMinutesBefore: 120,
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, vevent: new ICAL.Event(component.getFirstSubcomponent('vevent')!) };
}

test('a UTC event parses with ical.js with every property intact', () => {
  const text = icsCalendar({ events: [event], stamp: new Date('2026-06-01T12:00:00Z') });
  const { component, vevent } = parse(text);
  assert.equal(component.getFirstPropertyValue('version'), '2.0');
  assert.equal(component.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(vevent.uid, event.uid);
  assert.equal(vevent.summary, event.summary);
  assert.equal(vevent.description, event.description);
  assert.equal(vevent.location, event.location);
  assert.equal(vevent.sequence, 2);
  assert.equal(vevent.startDate.toJSDate().toISOString(), '2026-06-06T07:00:00.000Z');
  assert.equal(vevent.endDate.toJSDate().toISOString(), '2026-06-06T10:30:00.000Z');
  assert.equal(vevent.startDate.zone.tzid, 'UTC');
  const ve = component.getFirstSubcomponent('vevent')!;
  assert.equal(ve.getFirstPropertyValue('dtstamp')!.toString(), '2026-06-01T12:00:00Z');
  assert.deepEqual(ve.getFirstPropertyValue('geo'), [61.2055, 26.0381]);
  assert.equal(ve.getFirstProperty('organizer')!.getParameter('cn'), 'Heinolan Latu ry: Liisa');
  assert.equal((ve.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(), -7200);
});

test('TZID=Europe/Helsinki with its VTIMEZONE gives the same instants in summer and in winter', () => {
  for (const [start, end, local] of [
    ['2026-06-06T07:00:00Z', '2026-06-06T10:30:00Z', '20260606T100000'], // EEST, +03
    ['2026-12-05T08:00:00Z', '2026-12-05T10:00:00Z', '20261205T100000'], // EET, +02
    ['2026-03-29T00:30:00Z', '2026-03-29T02:00:00Z', '20260329T023000'], // across the spring change
  ] as const) {
    const text = icsCalendar({ events: [{ ...event, start: new Date(start), end: new Date(end) }], stamp: new Date('2026-01-01T00:00:00Z'), timeZone: 'Europe/Helsinki' });
    assert.match(text, new RegExp(`\r\nDTSTART;TZID=Europe/Helsinki:${local}\r\n`));
    const { component } = parse(text);
    const tz = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(tz, 'Europe/Helsinki');
    const { vevent: resolved } = parse(text);
    assert.equal(resolved.startDate.toJSDate().toISOString(), new Date(start).toISOString(), `${start}`);
    assert.equal(resolved.endDate.toJSDate().toISOString(), new Date(end).toISOString(), `${end}`);
    assert.equal(resolved.startDate.zone.tzid, 'Europe/Helsinki');
    ICAL.TimezoneService.remove('Europe/Helsinki');
  }
});

test('lines end in CRLF and none is longer than 75 octets, multi-byte characters never split', () => {
  const long = { ...event, summary: 'Ääkkösiä ja emojeja 🌲🌲🌲 '.repeat(10), description: 'ö'.repeat(300) };
  const text = icsCalendar({ events: [long], stamp: new Date(), timeZone: 'Europe/Helsinki' });
  assert.ok(text.endsWith('\r\n'));
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  assert.ok(!text.includes('\uFFFD'));
  const { vevent } = parse(text);
  assert.equal(vevent.summary, long.summary);
  assert.equal(vevent.description, long.description);
});

test('folding and escaping by the letter of RFC 5545', () => {
  assert.equal(escapeIcsText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  const folded = foldIcsLine(`SUMMARY:${'x'.repeat(100)}`);
  const [first, second] = folded.split('\r\n');
  assert.equal(first!.length, 75);
  assert.equal(second, ` ${'x'.repeat(33)}`);
  assert.equal(foldIcsLine('SHORT:x'), 'SHORT:x');
  assert.equal(icsHelsinkiLocal(new Date('2026-10-25T00:59:59Z')), '20261025T035959');
  assert.equal(icsHelsinkiLocal(new Date('2026-10-25T01:00:00Z')), '20261025T030000');
});

test('a cancellation is METHOD:CANCEL with STATUS:CANCELLED and no alarm', () => {
  const text = icsCalendar({ events: [{ ...event, sequence: 3 }], stamp: new Date(), method: 'CANCEL' });
  const { component, vevent } = parse(text);
  assert.equal(component.getFirstPropertyValue('method'), 'CANCEL');
  assert.equal(component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(vevent.sequence, 3);
  assert.equal(component.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm'), null);
  assert.throws(() => icsCalendar({ events: [{ ...event, end: event.start }], stamp: new Date() }), RangeError);
});
