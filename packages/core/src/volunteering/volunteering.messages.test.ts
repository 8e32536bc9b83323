import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../i18n/locale.js';
import type { Message } from '../i18n/translate.js';
import { volunteeringMessages, volunteeringText } from './volunteering.messages.js';
import { volunteeringProposeMessages } from './volunteering-propose.messages.js';
import { volunteeringConsoleMessages } from './volunteering-console.messages.js';
import { volunteeringConsoleSignInMessages } from './volunteering-console-sign-in.messages.js';
import { volunteeringBoardMessages } from './volunteering-board.messages.js';
import { volunteeringBoardCalendarMessages } from './volunteering-board-calendar.messages.js';
import { volunteeringConsoleDetailMessages } from './volunteering-console-detail.messages.js';

const forms = (m: Message) => (typeof m === 'string' ? [m] : [m.one ?? '', m.other]);
const placeholders = (m: Message) => [...new Set(forms(m).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

for (const [name, catalogs] of [['volunteering', volunteeringMessages], ['the proposal form', volunteeringProposeMessages], ['the console', volunteeringConsoleMessages], ['the console’s sign-in', volunteeringConsoleSignInMessages], ['the board', volunteeringBoardMessages], ['the board’s calendar', volunteeringBoardCalendarMessages], ['the console’s detail', volunteeringConsoleDetailMessages]] as const)
test(`${name}: Finnish, Swedish and English have the same keys, plural parameters and placeholders`, () => {
  const keys = Object.keys(catalogs.fi).sort();
  for (const locale of LOCALES) {
    const catalog = catalogs[locale] as Record<string, Message>;
    assert.deepEqual(Object.keys(catalog).sort(), keys, locale);
    for (const key of keys) {
      const m = catalog[key]!;
      const fi = (catalogs.fi as Record<string, Message>)[key]!;
      for (const f of forms(m)) assert.ok(f.trim().length > 0, `${locale} ${key}`);
      assert.deepEqual(placeholders(m), placeholders(fi), `${locale} ${key}`);
      assert.equal(typeof m, typeof fi, `${locale} ${key}`);
      if (typeof m !== 'string' && typeof fi !== 'string') assert.equal(m.plural, fi.plural, `${locale} ${key}`);
    }
  }
});

test('real plurals: 1 paikka / 3 paikkaa, 1 plats / 3 platser, 1 place / 3 places', () => {
  assert.equal(volunteeringText('fi', 'volunteering.seats.left', { seats: 1 }), '1 paikka vapaana');
  assert.equal(volunteeringText('fi', 'volunteering.seats.left', { seats: 3 }), '3 paikkaa vapaana');
  assert.equal(volunteeringText('sv', 'volunteering.seats.left', { seats: 1 }), '1 plats ledig');
  assert.equal(volunteeringText('sv', 'volunteering.seats.left', { seats: 3 }), '3 platser lediga');
  assert.equal(volunteeringText('en', 'volunteering.seats.left', { seats: 1 }), '1 place left');
  assert.equal(volunteeringText('en', 'volunteering.seats.left', { seats: 0 }), '0 places left');
  assert.equal(volunteeringText('en', 'volunteering.signup.overlap', { count: 2, shifts: 'A, B' }), 'You have already signed up for 2 shifts at the same time: A, B.');
  assert.equal(volunteeringText('fi', 'volunteering.mail.people', { people: 1 }), '1 henkilö');
  assert.equal(volunteeringText('fi', 'volunteering.mail.people', { people: 4 }), '4 henkeä');
});
