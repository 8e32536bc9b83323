import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BOOKING_PATHS, dayOf, isoDate, parseWall, weekdayOf } from '@kohtaamo/core';
import '../../define/kohtaamo-space-console.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoSpaceConsole } from './space-console.js';
import { $, arrowToOption, clearField, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

const staffToken = () => window.KOHTAAMO_TEST_STAFF_TOKEN;
const LANGS = ['fi', 'sv', 'en'] as const;

/** A weekday `weeks` weeks ahead (the school gym is open 17–22 on weekdays), as YYYY-MM-DD. */
function weekdayAhead(weeks: number, weekday = 3): string {
  let day = dayOf(Date.now()) + 7 * weeks;
  while (weekdayOf(day) !== weekday) day++;
  return isoDate(day);
}
const instant = (date: string, time: string) => new Date(parseWall(`${date}T${time}`)).toISOString();

/** A resident's request for the whole gym (it needs handling), sent as their browser would. */
async function request(date: string, start: string, end: string, who: string): Promise<{ id: string }> {
  const response = await fetch(`${liveApi()}${BOOKING_PATHS.bookings}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ resourceId: 'school-gym', start: instant(date, start), end: instant(date, end), name: who, email: `${who.replace(/\W/g, '').toLowerCase()}@example.fi`, organisation: `${who} ry` }),
  });
  expect(response.status).to.equal(201);
  const made = (await response.json()) as { id: string; status: string };
  expect(made.status).to.equal('pending');
  return made;
}

async function staffRead(id: string): Promise<{ status: string; denyReason: string | null }> {
  const response = await fetch(`${liveApi()}${BOOKING_PATHS.staff}/bookings/${id}`, { headers: { Authorization: `Bearer ${staffToken()}` } });
  return (await response.json()) as { status: string; denyReason: string | null };
}

const consoleOf = (lang: string) => fixture<KohtaamoSpaceConsole>(html`<kohtaamo-space-console api=${liveApi()} lang=${lang}></kohtaamo-space-console>`);
const ready = (el: KohtaamoSpaceConsole) => waitUntil(() => shadow(el).querySelector('#unit') && !text(el, '.count').includes('…'), 'the console shows', { timeout: 10_000 });

/** Signs in through the form, by keyboard. */
async function signIn(el: KohtaamoSpaceConsole): Promise<void> {
  await tabTo(el, '#token');
  await type(staffToken());
  await press('Enter');
  await ready(el);
}

/** Chooses the school by keyboard, then moves through the queue with the arrows to the request and opens it. */
async function openRequest(el: KohtaamoSpaceConsole, id: string): Promise<void> {
  const unit = await tabTo(el, '#unit');
  await arrowToOption(unit as HTMLSelectElement, 'school');
  await waitUntil(() => shadow(el).querySelector(`.queue-open[data-id="${id}"]`), 'the request is in the school\'s queue', { timeout: 10_000 });
  await tabTo(el, '.queue-open');
  await press('End');
  for (let i = 0; i < 200 && (focusedIn(el) as HTMLElement | null)?.dataset.id !== id; i++) await press('ArrowUp');
  expect((focusedIn(el) as HTMLElement).dataset.id).to.equal(id);
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('#approve'), 'the request opens', { timeout: 10_000 });
  expect(focusedIn(el)?.id).to.equal('detail-title');
}

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-space-console>', () => {
  for (const lang of LANGS) {
    it(`asks for a token and refuses an empty one (${lang}); signed in, shows the requests of a unit the grants name; axe in each state`, async () => {
      const el = await consoleOf(lang);
      await expect(el).to.be.accessible();
      expect(el.hasAttribute('token')).to.equal(false);
      await tabTo(el, '#token');
      await press('Enter');
      await waitUntil(() => text(el, '#token-error') !== '', 'the empty token is named');
      expect(focusedIn(el)?.id).to.equal('token');
      await expect(el).to.be.accessible();
      await type(staffToken());
      await press('Enter');
      await ready(el);
      expect(text(el, 'h2')).to.equal({ fi: 'Tilavarausten käsittely', sv: 'Behandling av lokalbokningar', en: 'Space booking handling' }[lang]);
      expect([...$<HTMLSelectElement>(el, '#unit').options].map((o) => o.value)).to.deep.equal(['library', 'school', 'youth-space']);
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, invalid] of [
    ['fi', 'Tunniste ei kelpaa: se on väärä, vanhentunut tai peruttu.'],
    ['sv', 'Nyckeln duger inte: den är fel, har gått ut eller har återkallats.'],
    ['en', 'The token is not valid: it is wrong, expired or revoked.'],
  ] as const) {
    it(`a wrong token is named at its field and the server out of reach says so, by keyboard (${lang}); axe in each state`, async () => {
      const el = await consoleOf(lang);
      await tabTo(el, '#token');
      await type('kst_not_a_real_token');
      await press('Enter');
      await waitUntil(() => text(el, '#token-error') === invalid, `the wrong token is named: ${text(el, '#token-error')}`, { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('token');
      expect($(el, '#token').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      fixtureCleanup();
      sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY);
      const down = await fixture<KohtaamoSpaceConsole>(html`<kohtaamo-space-console api=${deadApi()} lang=${lang}></kohtaamo-space-console>`);
      await tabTo(down, '#token');
      await type(staffToken());
      await press('Enter');
      await waitUntil(() => text(down, '#token-error') !== '', 'no error when the server is out of reach', { timeout: 20_000 });
      expect(text(down, '#token-error')).to.not.equal(invalid, 'not called a wrong token');
      expect($<HTMLInputElement>(down, '#token').value).to.equal(staffToken(), 'what was typed is kept');
      await expect(down).to.be.accessible();
    });
  }

  const APPROVE = {
    fi: { who: 'Hyväksyttävä Seura', space: 'Koko liikuntasali', status: 'vahvistettu', done: 'Pyyntö hyväksytty. Varaajalle lähtee vahvistus.' },
    sv: { who: 'Godkänd Förening', space: 'Hela idrottssalen', status: 'bekräftad', done: 'Förfrågan godkänd. Bokaren får en bekräftelse.' },
    en: { who: 'Approved Club', space: 'Whole gym', status: 'confirmed', done: 'Request approved. The booker is sent a confirmation.' },
  } as const;
  LANGS.forEach((lang, i) => {
    it(`approves a request by keyboard alone (${lang}): the school from the unit list, the row by the arrows, Enter, Approve`, async () => {
      const x = APPROVE[lang];
      const made = await request(weekdayAhead(20 + 3 * i), '18:00', '20:00', x.who);
      const el = await consoleOf(lang);
      await signIn(el);
      await openRequest(el, made.id);
      expect(text(el, '#detail-title')).to.contain(x.space);
      expect(text(el, '.facts')).to.contain(`${x.who} ry`);
      await expect(el).to.be.accessible();
      await tabTo(el, '#approve');
      await press('Enter');
      await waitUntil(() => text(el, '.facts .status').includes(x.status), 'the request is approved', { timeout: 10_000 });
      expect(text(el, '[role=status]')).to.equal(x.done);
      expect(shadow(el).querySelector('#approve')).to.equal(null);
      expect((await staffRead(made.id)).status).to.equal('confirmed');
      await expect(el).to.be.accessible();
    });
  });

  const DENY = {
    fi: { who: 'Hylätty Seura', required: 'Kirjoita hylkäyksen syy.', reason: 'Sali on varattu koulun tapahtumalle.', status: 'hylätty' },
    sv: { who: 'Nekad Förening', required: 'Skriv orsaken till avslaget.', reason: 'Salen är bokad för skolans evenemang.', status: 'avslagen' },
    en: { who: 'Denied Club', required: 'Write the reason for the denial.', reason: 'The gym is booked for a school event.', status: 'denied' },
  } as const;
  LANGS.forEach((lang, i) => {
    it(`denies a request with a reason by keyboard alone (${lang}): an empty reason is named at its field`, async () => {
      const x = DENY[lang];
      const made = await request(weekdayAhead(21 + 3 * i), '19:00', '21:00', x.who);
      const el = await consoleOf(lang);
      await signIn(el);
      await openRequest(el, made.id);
      await tabTo(el, '#deny');
      await press('Enter');
      await waitUntil(() => text(el, '#deny-reason-error') !== '', 'the missing reason is named');
      expect(text(el, '#deny-reason-error')).to.equal(x.required);
      expect(focusedIn(el)?.id).to.equal('deny-reason');
      await expect(el).to.be.accessible();
      await type(x.reason);
      await tabTo(el, '#deny');
      await press('Enter');
      await waitUntil(() => text(el, '.facts .status').includes(x.status), 'the request is denied', { timeout: 10_000 });
      expect(text(el, '.facts')).to.contain(x.reason);
      const read = await staffRead(made.id);
      expect(read.status).to.equal('denied');
      expect(read.denyReason).to.equal(x.reason);
      await expect(el).to.be.accessible();
    });
  });

  const BOOK = {
    fi: { errors: 'Lomakkeessa on 5 virhettä', booked: /^Varattu .* Varauskoodi: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.\./, end: 'Päättymisajan on oltava alkamisajan jälkeen.', closed: /^Tila suljettu /, space: 'Kokoushuone Kymi', weeks: 6 },
    sv: { errors: 'Formuläret har 5 fel', booked: /^Bokat .* Bokningskod: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.\./, end: 'Sluttiden ska vara efter starttiden.', closed: /^Lokalen stängd /, space: 'Mötesrum Kymi', weeks: 7 },
    en: { errors: 'The form has 5 errors', booked: /^Booked .* Booking code: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.\./, end: 'The end must be after the start.', closed: /^Space closed /, space: 'Meeting room Kymi', weeks: 10 },
  } as const;
  LANGS.forEach((lang) => {
    it(`books on someone's behalf and closes a space by keyboard alone (${lang}), then sees both in the day's view`, async () => {
      const x = BOOK[lang];
      const date = weekdayAhead(x.weeks, 2);
      const el = await consoleOf(lang);
      await signIn(el);
      await tabTo(el, '#view-book');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#book-form'), 'the booking form shows', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      // Sent empty: the summary names each missing field and takes the focus.
      await tabTo(el, '#book-form button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#summary'), 'the error summary shows');
      expect(focusedIn(el)?.id).to.equal('summary');
      expect(text(el, '#summary')).to.contain(x.errors);
      await expect(el).to.be.accessible();
      const resource = await tabTo(el, '#resource');
      await arrowToOption(resource as HTMLSelectElement, 'library-room-2');
      await tabTo(el, '#date');
      await type(date);
      await tabTo(el, '#start');
      await type('12:00');
      await tabTo(el, '#end');
      await type('14:00');
      await tabTo(el, '#name');
      await type(`Kalle Keyboard ${lang}`);
      await tabTo(el, '#email');
      await type(`kalle-${Date.now()}@example.fi`);
      await tabTo(el, '#book-form button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#form-done'), 'the booking is made', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('form-done');
      expect(text(el, '#form-done')).to.match(x.booked);
      await expect(el).to.be.accessible();

      await tabTo(el, '#view-block', { backwards: true });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#block-form'), 'the block form shows', { timeout: 10_000 });
      const space = await tabTo(el, '#space');
      await arrowToOption(space as HTMLSelectElement, 'library-room-1');
      await tabTo(el, '#date');
      await type(date);
      await tabTo(el, '#start');
      await type('15:00');
      await tabTo(el, '#end');
      await type('14:00');
      await tabTo(el, '#block-form button[type=submit]');
      await press('Enter');
      await waitUntil(() => text(el, '#end-error') !== '', 'an end before the start is named');
      expect(text(el, '#end-error')).to.equal(x.end);
      await tabTo(el, '#end', { backwards: true });
      await clearField();
      await type('17:00');
      await tabTo(el, '#reason');
      await type('Window repair');
      await tabTo(el, '#block-form button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#form-done'), 'the space is closed', { timeout: 10_000 });
      expect(text(el, '#form-done')).to.match(x.closed);
      await expect(el).to.be.accessible();

      await tabTo(el, '#view-day', { backwards: true });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#day'), 'the day view shows', { timeout: 10_000 });
      await tabTo(el, '#day');
      await clearField();
      await type(date);
      await press('Enter');
      await waitUntil(() => text(el, 'table.day').includes(`Kalle Keyboard ${lang}`), 'the day lists the booking', { timeout: 10_000 });
      expect(text(el, 'table.day')).to.contain(x.space);
      expect(text(el, 'ul.blocks')).to.contain('Window repair');
      await expect(el).to.be.accessible();
    });
  });

  it('fits a 320 px screen: no sideways scrolling of the page, in the queue and in a form', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await consoleOf('fi');
      await signIn(el);
      const wide = [...shadow(el).querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321).map((e) => `${e.localName}.${e.className}#${e.id}`);
      expect(document.documentElement.scrollWidth, wide.join(' ')).to.be.at.most(320);
      await tabTo(el, '#view-book');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#book-form'), 'the booking form shows', { timeout: 10_000 });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
