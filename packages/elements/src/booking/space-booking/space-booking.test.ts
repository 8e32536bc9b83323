import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { NetworkError, createApiClient, dayOf, isoDate, type HttpClient } from '@kohtaamo/core';
import '../../define/kohtaamo-space-booking.js';
import type { KohtaamoSpaceBooking, SpaceBookedEvent } from './space-booking.js';
import { $, clearField, deadApi, focusedIn, liveApi, press, tabTo, text, type } from '../../testing/browser-test-helpers.js';

afterEach(() => fixtureCleanup());

// Two weeks ahead: inside the demo rooms' 90-day window, past the lead time, on a week of its own per test.
const weekAhead = (weeks: number) => isoDate(dayOf(Date.now()) + 7 * weeks);
const calendar = async (lang: string, resource = 'library-room-2', weeks = 2) => {
  const el = await fixture<KohtaamoSpaceBooking>(
    html`<kohtaamo-space-booking api=${liveApi()} resource=${resource} date=${weekAhead(weeks)} lang=${lang} manage-url="/varaus?b={id}#{code}"></kohtaamo-space-booking>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no calendar', { timeout: 10_000 });
  return el;
};

describe('<kohtaamo-space-booking>', () => {
  it('shows a week of the resource as a grid of free, booked and closed times, in fi, sv and en', async () => {
    for (const [lang, title] of [
      ['fi', 'Varaa: Kokoushuone Kymi'],
      ['sv', 'Boka: Mötesrum Kymi'],
      ['en', 'Book: Meeting room Kymi'],
    ] as const) {
      const el = await calendar(lang);
      expect(text(el, 'h2')).to.equal(title);
      expect(el.shadowRoot!.querySelectorAll('button.cell[tabindex="0"]').length).to.equal(1, 'one tab stop in the grid');
      expect(el.shadowRoot!.querySelectorAll('button.cell.free').length).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    }
  });

  for (const [i, lang] of (['fi', 'sv', 'en'] as const).entries()) {
    it(`books a meeting room by keyboard alone (${lang}): arrows, Enter, the form, a confirmation with a code and an .ics`, async () => {
      const el = await calendar(lang, 'library-room-2', 3 + i);
      const start = await tabTo(el, 'button.cell[tabindex="0"]');
      const startKey = start.dataset.cell!;
      await press('ArrowDown');
      expect((focusedIn(el) as HTMLElement).dataset.cell).to.not.equal(startKey, 'the arrow key moved the focus');
      await press('ArrowUp');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form after Enter');
      expect(focusedIn(el)!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();

      // Submitting empty names the missing field and moves the focus to it.
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('#e-name'), 'no field error');
      expect(focusedIn(el)!.id).to.equal('f-name');
      await expect(el).to.be.accessible();

      await type(`Keyboard ${lang}`);
      await tabTo(el, '#f-email');
      await type(`keyboard-${lang}-${Date.now()}@example.fi`);
      await tabTo(el, 'button[type="submit"]');
      const booked = oneEvent(el, 'kohtaamo-space-booked');
      await press('Enter');
      const event = (await booked) as unknown as SpaceBookedEvent;
      expect(event.booking.status).to.equal('confirmed');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'no result');
      const result = text(el, '[part="result"]');
      expect(result).to.contain(event.booking.manageCode);
      expect($<HTMLAnchorElement>(el, 'a[download]').href).to.match(/^blob:/);
      expect($<HTMLAnchorElement>(el, '[part="result"] a:not([download])').getAttribute('href')).to.equal(`/varaus?b=${event.booking.id}#${event.booking.manageCode}`);
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, pending] of [
    ['fi', 'Varauspyyntö odottaa käsittelyä. Saat viestin, kun se on käsitelty.'],
    ['sv', 'Bokningsförfrågan väntar på behandling. Du får ett meddelande när den har behandlats.'],
    ['en', 'Your request is waiting for handling. You will hear when it has been handled.'],
  ] as const) {
    it(`a resource that needs handling answers "waiting for handling", by keyboard alone (${lang}), axe in each state`, async () => {
      // Each language books the week's first free start; the one before holds its own (a request holds its time).
      const el = await calendar(lang, 'library-rooms-both', 6);
      await tabTo(el, 'button.cell[tabindex="0"]');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form');
      await expect(el).to.be.accessible();
      await tabTo(el, '#f-name');
      await type(`Handling ${lang}`);
      await tabTo(el, '#f-email');
      await type(`handling-${lang}-${Date.now()}@example.fi`);
      await tabTo(el, 'button[type="submit"]');
      const booked = oneEvent(el, 'kohtaamo-space-booked');
      await press('Enter');
      expect(((await booked) as unknown as SpaceBookedEvent).booking.status).to.equal('pending');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'no result');
      expect(text(el, '[part="result"] h3')).to.equal(pending);
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, heading, error, loading] of [
    ['fi', 'Varauskalenteri', 'Kalenteria ei saatu ladattua', /Ladataan/],
    ['sv', 'Bokningskalender', 'Kalendern kunde inte laddas', /laddas…/],
    ['en', 'Booking calendar', 'The calendar could not be loaded', /Loading/],
  ] as const) {
    it(`says so when the calendar cannot be loaded, loading no more, and "Try again" loads it (${lang})`, async () => {
      // The real server behind a network that is down until the test brings it back.
      const server = createApiClient({ baseUrl: liveApi() });
      let down = true;
      const http: HttpClient = {
        request: (path, schema, options) => (down ? Promise.reject(new NetworkError('offline')) : server.request(path, schema, options)),
        blob: (path, options) => server.blob(path, options),
      };
      const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking resource="library-room-1" lang=${lang} .http=${http}></kohtaamo-space-booking>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error', { timeout: 20_000 });
      expect(text(el, '[role="alert"]')).to.contain(error);
      expect(text(el, '#title')).to.equal(heading);
      expect(el.shadowRoot!.textContent).not.to.match(loading);
      await expect(el).to.be.accessible();
      // The network is back: "Try again" by keyboard loads the week.
      down = false;
      await tabTo(el, '#retry');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('button.cell[tabindex="0"]'), 'the calendar did not load', { timeout: 10_000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(text(el, '#title')).not.to.equal(heading);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when the resource is not found (fi, sv, en)', async () => {
    for (const [lang, heading] of [
      ['fi', 'Varauskalenteri'],
      ['sv', 'Bokningskalender'],
      ['en', 'Booking calendar'],
    ] as const) {
      const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking api=${liveApi()} resource="no-such-room" lang=${lang}></kohtaamo-space-booking>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error');
      expect(text(el, '#title')).to.equal(heading);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('the form is a lazy part: when it cannot be loaded the calendar says so, and "Try again" brings it with the chosen start kept', async () => {
    const el = document.createElement('kohtaamo-space-booking');
    const load = el.formPart.load;
    let imports = 0;
    // The first two imports fail as a dropped connection does: the prefetch, then the one on choosing a start.
    el.formPart.load = () => (++imports <= 2 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    Object.assign(el, { api: liveApi(), resource: 'library-room-2', date: weekAhead(7), lang: 'fi' });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no calendar', { timeout: 10_000 });
    await waitUntil(() => el.formPart.state === 'failed', 'the prefetch did not run', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);

    const start = await tabTo(el, 'button.cell[tabindex="0"]');
    await press('Enter');
    await waitUntil(() => text(el, '[role="alert"]').includes('Varauslomaketta ei saatu ladattua'), 'no notice of the failed form');
    expect(imports).to.equal(2);
    expect(start.getAttribute('aria-pressed')).to.equal('true', 'the chosen start stays');
    await expect(el).to.be.accessible();

    const retry = await tabTo(el, '[role="alert"] button');
    expect(retry.textContent).to.equal('Yritä uudelleen');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('form[part="form"]'), 'no form after trying again');
    expect(imports).to.equal(3);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(start.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el, 'form')).to.contain('Valittu alkuaika');
    await expect(el).to.be.accessible();
  });
});

/** A booking of library room 1 made over the API in a week of its own: the first free hour of the week. */
async function bookOverApi(weeks: number, email: string): Promise<{ id: string; manageCode: string; start: string }> {
  const api = liveApi();
  const week = (await (await fetch(`${api}/api/v1/booking/resources/library-room-1/availability?from=${weekAhead(weeks)}&days=7`)).json()) as {
    days: { cells: { start: string; end: string; state: string }[] }[];
  };
  const cells = week.days.flatMap((d) => d.cells);
  const i = cells.findIndex((c, k) => c.state === 'free' && cells[k + 1]?.state === 'free');
  const start = cells[i]!.start;
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  const made = await fetch(`${api}/api/v1/booking/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ resourceId: 'library-room-1', start, end, name: 'Manage Test', email }),
  });
  expect(made.status).to.equal(201);
  return (await made.json()) as { id: string; manageCode: string; start: string };
}

const manageView = async (lang: string, id: string, code: string | null) => {
  history.replaceState(null, '', code === null ? location.pathname : `${location.pathname}#code=${encodeURIComponent(code)}`);
  const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking api=${liveApi()} manage booking=${id} lang=${lang}></kohtaamo-space-booking>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="manage"], #manage-alert'), 'no manage view', { timeout: 10_000 });
  return el;
};

const readOverApi = async (id: string, code: string) =>
  (await (await fetch(`${liveApi()}/api/v1/booking/bookings/${id}`, { headers: { 'Manage-Code': code } })).json()) as { status: string; start: string };

describe('<kohtaamo-space-booking manage>: the link from the mail', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  const texts = {
    fi: { title: 'Varauksesi: Kokoushuone Jyränkö', confirmed: 'Vahvistettu', cancelled: 'Peruttu', moved: 'Varaus on siirretty', done: 'Varaus on peruttu.' },
    sv: { title: 'Din bokning: Mötesrum Jyränkö', confirmed: 'Bekräftad', cancelled: 'Avbokad', moved: 'Bokningen är flyttad', done: 'Bokningen är avbokad.' },
    en: { title: 'Your booking: Meeting room Jyränkö', confirmed: 'Confirmed', cancelled: 'Cancelled', moved: 'The booking is moved', done: 'The booking is cancelled.' },
  } as const;

  for (const [i, lang] of (['fi', 'sv', 'en'] as const).entries()) {
    it(`shows the booking, moves it and cancels it by keyboard alone (${lang}), axe in each state`, async function (this: { timeout(ms: number): void }) {
      this.timeout(90_000);
      const made = await bookOverApi(8 + i, `manage-${lang}-${Date.now()}@example.fi`);
      const el = await manageView(lang, made.id, made.manageCode.toLowerCase());
      // Loaded: the space, the time and the status.
      await waitUntil(() => text(el, 'h2') === texts[lang].title, `title: ${text(el, 'h2')}`);
      expect(text(el, '.facts')).to.contain(texts[lang].confirmed);
      await expect(el).to.be.accessible();

      // Moved: "Move", a free start in the calendar by the arrow keys and Enter, "Move here".
      await tabTo(el, '#manage-move');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no calendar to move in');
      expect(focusedIn(el)!.id).to.equal('manage-pick');
      // The grid's one tab stop is the week's earliest free start (the booking's own hour is busy now).
      const first = await tabTo(el, 'button.cell[tabindex="0"]');
      expect(first.classList.contains('free')).to.equal(true);
      await press('ArrowDown');
      await press('ArrowUp');
      expect(focusedIn(el)).to.equal(first);
      await press('Enter');
      expect(first.getAttribute('aria-pressed')).to.equal('true');
      const target = await tabTo(el, '#manage-move-here');
      await expect(el).to.be.accessible();
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('#manage-done'), 'not moved', { timeout: 10_000 });
      expect(focusedIn(el)!.id).to.equal('manage-done');
      expect(text(el, '#manage-done')).to.contain(texts[lang].moved);
      expect(target.isConnected).to.equal(false, 'the move button is gone');
      const moved = await readOverApi(made.id, made.manageCode);
      expect(moved.start).to.not.equal(made.start);
      await expect(el).to.be.accessible();

      // Cancelled: "Cancel", the question, "Yes".
      await tabTo(el, '#manage-cancel');
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'manage-ask', 'the question is not focused');
      await expect(el).to.be.accessible();
      await tabTo(el, '#manage-cancel-yes');
      await press('Enter');
      await waitUntil(() => text(el, '#manage-done').includes(texts[lang].done), 'not cancelled', { timeout: 10_000 });
      expect(text(el, '.facts')).to.contain(texts[lang].cancelled);
      expect(el.shadowRoot!.querySelector('#manage-cancel')).to.equal(null, 'nothing left to cancel');
      expect((await readOverApi(made.id, made.manageCode)).status).to.equal('cancelled');
      await expect(el).to.be.accessible();
    });
  }

  it('a wrong code says the link found no booking, without telling whether it exists; a link without a code says so', async () => {
    const made = await bookOverApi(11, `manage-wrong-${Date.now()}@example.fi`);
    const wrong = await manageView('fi', made.id, 'AAAA-AAAA-AAAA');
    expect(text(wrong, '#manage-alert')).to.equal('Varausta ei löytynyt tällä linkillä. Tarkista, että avasit koko linkin vahvistusviestistä.');
    await expect(wrong).to.be.accessible();
    const none = await manageView('en', 'b0000000000000000', made.manageCode);
    expect(text(none, '#manage-alert')).to.equal('No booking was found with this link. Check that you opened the whole link from the confirmation.');
    await expect(none).to.be.accessible();
    const missing = await manageView('sv', 'not-a-booking-id', made.manageCode);
    expect(text(missing, '#manage-alert')).to.equal('Länken saknar bokningens id. Öppna hela länken i bekräftelsen.');
    await expect(missing).to.be.accessible();
    expect((await readOverApi(made.id, made.manageCode)).status).to.equal('confirmed');
  });

  const CODE = {
    fi: { intro: 'Linkistä puuttuu varauskoodi.', empty: 'Kirjoita varauskoodi.', wrong: 'Tällä koodilla ei löytynyt varausta.', label: 'Varauskoodi' },
    sv: { intro: 'Länken saknar bokningskoden.', empty: 'Skriv bokningskoden.', wrong: 'Ingen bokning hittades med den här koden.', label: 'Bokningskod' },
    en: { intro: 'The link lacks the booking code.', empty: 'Type the booking code.', wrong: 'No booking was found with this code.', label: 'Booking code' },
  } as const;
  for (const [i, lang] of (['fi', 'sv', 'en'] as const).entries()) {
    it(`a link whose code was lost asks for the code at a labelled field, by keyboard alone (${lang}): empty and wrong said at the field, what was typed kept, axe in each state`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const made = await bookOverApi(2 + i, `manage-code-${lang}-${Date.now()}@example.fi`);
      const el = await manageView(lang, made.id, null);
      await waitUntil(() => el.shadowRoot!.querySelector('#manage-code'), 'no code field');
      expect(text(el, 'form')).to.contain(CODE[lang].intro);
      expect(text(el, 'label[for="manage-code"]')).to.equal(CODE[lang].label);
      await expect(el).to.be.accessible();

      // Sent empty: the error is at the field, which keeps the focus.
      await tabTo(el, '#manage-code');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('#manage-code-error'), 'no error for the empty code');
      expect(text(el, '#manage-code-error')).to.equal(CODE[lang].empty);
      expect(focusedIn(el)!.id).to.equal('manage-code');
      expect($(el, '#manage-code').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#manage-code').getAttribute('aria-describedby')).to.contain('manage-code-error');
      await expect(el).to.be.accessible();

      // A wrong code: said at the field, what was typed stays, the focus back in the field.
      await type('AAAA-AAAA-AAAA-A');
      await tabTo(el, '#manage-code-submit');
      await press('Enter');
      await waitUntil(() => text(el, '#manage-code-error').startsWith(CODE[lang].wrong), `no error for the wrong code: ${text(el, '#manage-code-error')}`, { timeout: 10_000 });
      expect(focusedIn(el)!.id).to.equal('manage-code');
      expect($<HTMLInputElement>(el, '#manage-code').value).to.equal('AAAA-AAAA-AAAA-A');
      await expect(el).to.be.accessible();

      // The right code (as typed from the mail, in lower case): the booking, its title focused, the code in the fragment only.
      await clearField();
      await type(made.manageCode.toLowerCase());
      await press('Enter');
      await waitUntil(() => text(el, 'h2') === texts[lang].title, `title: ${text(el, 'h2')}`, { timeout: 10_000 });
      expect(text(el, '.facts')).to.contain(texts[lang].confirmed);
      await waitUntil(() => focusedIn(el)?.id === 'title', 'the title is not focused');
      expect(new URLSearchParams(location.hash.slice(1)).get('code')).to.equal(made.manageCode.toLowerCase());
      expect(location.search).to.not.contain(made.manageCode.toLowerCase());
      expect(el.shadowRoot!.querySelector('#manage-cancel')).to.not.equal(null, 'the booking can be managed');
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, weeks, taken] of [
    ['fi', 6, 'Aika on jo varattu.'],
    ['sv', 5, 'Tiden är redan bokad.'],
    ['en', 7, 'That time is already booked.'],
  ] as const) {
  it(`a move refused by a rule says the rule in the widget's language (${lang}), not the browser's, by keyboard alone`, async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const made = await bookOverApi(weeks, `manage-refused-${lang}-${Date.now()}@example.fi`);
    const el = await manageView(lang, made.id, made.manageCode);
    await waitUntil(() => text(el, 'h2') === texts[lang].title, `title: ${text(el, 'h2')}`);
    await tabTo(el, '#manage-move');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no calendar to move in');
    await tabTo(el, 'button.cell[tabindex="0"]');
    await press('Enter');
    // Someone else books the chosen hour before the resident moves there.
    const start = (el as unknown as { chosen: { start: string } }).chosen.start;
    const other = await fetch(`${liveApi()}/api/v1/booking/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ resourceId: 'library-room-1', start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), name: 'Other', email: `other-${Date.now()}@example.fi` }),
    });
    expect(other.status).to.equal(201);
    await tabTo(el, '#manage-move-here');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('#manage-failure'), 'no refusal', { timeout: 10_000 });
    expect(text(el, '#manage-failure')).to.equal(taken);
    expect(focusedIn(el)!.id).to.equal('manage-failure');
    expect((await readOverApi(made.id, made.manageCode)).start).to.equal(made.start, 'not moved');
    await expect(el).to.be.accessible();
  });
  }

  for (const [lang, failed, retry] of [
    ['fi', 'Varausta ei saatu ladattua', 'Yritä uudelleen'],
    ['sv', 'Bokningen kunde inte laddas', 'Försök igen'],
    ['en', 'The booking could not be loaded', 'Try again'],
  ] as const) {
    it(`when the server cannot be reached: an error with a retry (${lang})`, async () => {
      history.replaceState(null, '', `${location.pathname}#code=AAAA-AAAA-AAAA`);
      const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking api=${deadApi()} manage booking="b0000000000000000" lang=${lang}></kohtaamo-space-booking>`);
      await waitUntil(() => el.shadowRoot!.querySelector('#manage-alert'), 'no error', { timeout: 20_000 });
      expect(text(el, '#manage-alert')).to.contain(failed);
      expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal(retry);
      await expect(el).to.be.accessible();
    });
  }
});
