import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { escapeIcsText, foldIcsLine, icsCalendar } from '../calendar/ics.js';
import { parseWall } from './helsinki-time.js';

test('a booking as .ics: CRLF lines, folded at 75 octets, parsed back by ical.js', () => {
  const summary = 'Kokoushuone Päijänne; Heinolan kirjasto, 2. krs — ääkköset ja pitkä nimi joka taittuu varmasti useammalle riville';
  const text = icsCalendar({
    method: 'PUBLISH',
    stamp: Date.UTC(2026, 9, 1, 9),
    events: [{ uid: 'b-123@kohtaamo.heinola.fi', start: parseWall('2026-10-27T18:00'), end: parseWall('2026-10-27T19:30'), summary, location: 'Kauppakatu 1, Heinola', description: 'Rivi 1\nRivi 2', url: 'https://kohtaamo.example/varaus?code=ABC', status: 'CONFIRMED' }],
  });
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  assert.equal(event.summary, summary);
  assert.equal(event.location, 'Kauppakatu 1, Heinola');
  assert.equal(event.description, 'Rivi 1\nRivi 2');
  assert.equal(event.uid, 'b-123@kohtaamo.heinola.fi');
  assert.equal(event.startDate.toJSDate().getTime(), Date.UTC(2026, 9, 27, 16));
  assert.equal(event.endDate.toJSDate().getTime(), Date.UTC(2026, 9, 27, 17, 30));
});

test('property: any text survives escaping and folding through ical.js', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
      const summary = raw.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
      const text = icsCalendar({ stamp: 0, events: [{ uid: 'x', start: 0, end: 3_600_000, summary }] });
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      assert.equal(event.summary, summary);
    }),
    { numRuns: 300 },
  );
});

test('escaping and folding by hand', () => {
  assert.equal(escapeIcsText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
  const folded = foldIcsLine('X:' + 'ä'.repeat(60));
  assert.deepEqual(folded.split('\r\n ').map((p) => new TextEncoder().encode(p).length), [74, 48]);
});
