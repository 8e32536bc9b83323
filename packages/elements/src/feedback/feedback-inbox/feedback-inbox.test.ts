import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createHttpClient, createStaffApi, FEEDBACK_PATHS, newIdempotencyKey, STAFF_PATHS } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-inbox.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoFeedbackInbox } from './feedback-inbox.js';
import { $, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

const staffToken = () => window.KOHTAAMO_TEST_STAFF_TOKEN;
const staffApi = () => createStaffApi(createHttpClient({ baseUrl: liveApi() }), staffToken());

/** Sends a new feedback straight to the server, as a resident's browser would; returns its tracking code. */
async function newFeedback(message: string, category = 'streets'): Promise<string> {
  const response = await fetch(`${liveApi()}${FEEDBACK_PATHS.submissions}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
    body: JSON.stringify({
      category,
      message,
      contact: { name: 'Testi Asukas', email: 'testi.asukas@example.fi', consent: true },
      lang: 'fi',
    }),
  });
  expect(response.status).to.equal(201);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

const inbox = (lang = 'fi') =>
  fixture<KohtaamoFeedbackInbox>(html`<kohtaamo-feedback-inbox api=${liveApi()} lang=${lang}></kohtaamo-feedback-inbox>`);

const announced = (el: KohtaamoFeedbackInbox) => text(el, '[role=status]');
const signedIn = (el: KohtaamoFeedbackInbox) => waitUntil(() => shadow(el).querySelector('.queue-open'), 'the queue shows', { timeout: 10_000 });

/** Signs in through the form, by keyboard. */
async function signIn(el: KohtaamoFeedbackInbox): Promise<void> {
  await tabTo(el, '#token');
  await type(staffToken());
  await press('Enter');
  await signedIn(el);
}

const codesShown = (el: KohtaamoFeedbackInbox) => [...shadow(el).querySelectorAll('.queue-open')].map((b) => b.textContent?.trim() ?? '');

/**
 * Moves through the queue with the arrow keys to the row of a tracking code, and opens it with
 * Enter. The newest report is on the last page: ArrowDown on the last row loads the next one.
 */
async function openByKeyboard(el: KohtaamoFeedbackInbox, code: string): Promise<void> {
  await tabTo(el, '.queue-open');
  for (let pages = 0; pages < 100 && !codesShown(el).includes(code); pages++) {
    const before = codesShown(el).length;
    await press('End');
    await press('ArrowDown');
    await waitUntil(() => codesShown(el).length > before, 'the next page loads', { timeout: 10_000 });
  }
  await press('End');
  for (let i = 0; i < 5000 && focusedIn(el)?.textContent?.trim() !== code; i++) await press('ArrowUp');
  expect(focusedIn(el)?.textContent?.trim()).to.equal(code);
  await press('Enter');
  await waitUntil(() => text(el, '#detail-title').includes(code), `the detail of ${code} shows`, { timeout: 10_000 });
}

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-inbox>', () => {
  it('asks for a token, never as an attribute; refuses a wrong one by the field; keeps a right one for the tab only', async () => {
    const el = await inbox();
    await expect(el).to.be.accessible();
    expect(el.hasAttribute('token')).to.equal(false);
    expect(text(el, 'h2')).to.equal('Palautteiden käsittely');
    expect($<HTMLInputElement>(el, '#token').type).to.equal('password');

    await tabTo(el, '#token');
    await press('Enter');
    expect(text(el, '#token-error')).to.equal('Liitä tunniste.');

    await type('kst_wrong-token');
    await press('Enter');
    await waitUntil(() => text(el, '#token-error').includes('Tunniste ei kelpaa'), 'a wrong token is refused', { timeout: 10_000 });
    expect($(el, '#token').getAttribute('aria-invalid')).to.equal('true');
    expect(focusedIn(el)?.id).to.equal('token');
    expect(sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY)).to.equal(null);

    await clearField();
    await type(staffToken());
    await press('Enter');
    await signedIn(el);
    expect(sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY)).to.equal(staffToken());
    expect(text(el, '.bar')).to.include('Demo Pääkäyttäjä');
    await expect(el).to.be.accessible();

    // Another inbox in this tab is signed in already; signing out forgets the token.
    fixtureCleanup();
    const again = await inbox('sv');
    await signedIn(again);
    expect(text(again, 'h2')).to.equal('Behandling av respons');
    await tabTo(again, '.bar button');
    await press('Enter');
    await waitUntil(() => shadow(again).querySelector('#token'), 'back to the sign-in form');
    expect(sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY)).to.equal(null);
  });

  it('signing out after typing the token gives an empty field, focused: the token typed is not left in the form', async () => {
    const el = await inbox();
    await signIn(el);
    await tabTo(el, '.bar button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#token'), 'back to the sign-in form');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#token').value).to.equal('');
    await waitUntil(() => focusedIn(el)?.id === 'token', 'the field has the focus');
    // Typed again, the token signs in again: the field still follows what is typed.
    await type(staffToken());
    await press('Enter');
    await signedIn(el);
  });

  it('back from the city account with a code the server refuses: the code leaves the address at once, the form says why, in the page language', async () => {
    const before = `${location.pathname}${location.search}`;
    history.replaceState(history.state, '', `${before}#kohtaamo-sign-in=not-a-real-code`);
    try {
      const el = await inbox('en');
      // Taken out of the address before it is sent: a reload or a shared link cannot reuse it.
      expect(location.hash).to.equal('');
      await waitUntil(() => text(el, '#token-error') !== '', 'the refusal is shown', { timeout: 10_000 });
      expect(text(el, '#token-error')).to.equal('Signing in did not succeed. Please try again.');
      expect(sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY)).to.equal(null);
      // This test server has no OpenID Connect provider: no city-account button, only the token.
      expect(shadow(el).querySelector('#city-account')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('handles a report by keyboard: queue, detail as text, assign, required reply, template, close; the resident sees the reply', async () => {
    const message = 'Katulamppu <img src=x onerror="window.__pwned=1"> on rikki Kauppakadulla.';
    const code = await newFeedback(message);
    const el = await inbox();
    await signIn(el);
    await expect(el).to.be.accessible();

    // The queue is a table, oldest first.
    const times = [...shadow(el).querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(times).to.deep.equal([...times].sort());

    await openByKeyboard(el, code);
    expect(focusedIn(el)?.id).to.equal('detail-title');
    expect(text(el, '.message')).to.equal(message);
    expect(shadow(el).querySelector('.detail img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(text(el, '.contact')).to.include('testi.asukas@example.fi');
    expect(text(el, '.history')).to.include('Vastaanotettu');
    await expect(el).to.be.accessible();

    // Assign to me.
    await tabTo(el, '#assign-me');
    await press('Enter');
    await waitUntil(() => text(el, '.assignee') === 'Demo Pääkäyttäjä', 'assigned to me', { timeout: 10_000 });
    // An admin may give it to anyone handling its category: here, the demo admin is the only one.
    const assignTo = (await tabTo(el, '#assign-to')) as HTMLSelectElement;
    expect([...assignTo.options].map((o) => o.textContent?.trim())).to.deep.equal(['Demo Pääkäyttäjä']);
    await tabTo(el, '#assign-submit');
    await press('Enter');
    await waitUntil(() => announced(el) === 'Tallennettu.', 'given', { timeout: 10_000 });
    expect(text(el, '.assignee')).to.equal('Demo Pääkäyttäjä');

    // "Uusi tila" (New status) once: the form's heading names the handling status, the select's label the new one (issue 8).
    expect(text(el, '.status-form').split('Uusi tila').length - 1).to.equal(1);

    // Close without a reply: told by the field, nothing sent.
    await tabTo(el, '#next-status');
    for (let i = 0; i < 5 && $<HTMLSelectElement>(el, '#next-status').value !== 'done'; i++) await press('ArrowDown');
    expect($<HTMLSelectElement>(el, '#next-status').value).to.equal('done');
    await tabTo(el, '#status-submit');
    await press('Enter');
    await waitUntil(() => text(el, '#reply-error').length > 0, 'the reply is required');
    expect(focusedIn(el)?.id).to.equal('reply');
    expect($(el, '#reply').getAttribute('aria-invalid')).to.equal('true');

    // A template fills the reply, which stays editable.
    await tabTo(el, '#template', { backwards: true });
    await press('ArrowDown');
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#reply').value.length > 0, 'the template fills the reply');
    await tabTo(el, '#reply');
    await press('End');
    await sendText(' Lamppu vaihdettiin 14.5.');
    const reply = $<HTMLTextAreaElement>(el, '#reply').value.trim();
    expect(reply).to.include('Lamppu vaihdettiin 14.5.');
    await tabTo(el, '#status-submit');
    await press('Enter');
    await waitUntil(() => text(el, '.facts').includes('Käsitelty'), 'closed as done', { timeout: 10_000 });
    expect(announced(el)).to.equal('Tallennettu.');
    expect(text(el, '.history')).to.include('Demo Pääkäyttäjä');

    // The resident sees the reply and the history, without the handler's name.
    const status = await (await fetch(`${liveApi()}${FEEDBACK_PATHS.status(code)}`)).json();
    expect(status.status).to.equal('done');
    expect(status.reply.text).to.equal(reply);
    expect(status.history.map((h: { status: string }) => h.status)).to.deep.equal(['received', 'done']);
    expect(JSON.stringify(status)).not.to.include('Demo Pääkäyttäjä');
  });

  it('a stale edit says so, offers a reload, and keeps the typed note; internal notes never reach the public', async () => {
    const code = await newFeedback('Puiston penkki on rikki.', 'parks');
    const el = await inbox();
    await signIn(el);
    await openByKeyboard(el, code);

    await tabTo(el, '#note');
    const note = 'Sisäinen: urakoitsija ilmoitettu (NOTE-42).';
    await sendText(note);

    // Meanwhile another handler hides it (hidden, so the public list of the other tests stays as seeded).
    const api = staffApi();
    const id = shadow(el).querySelector<HTMLButtonElement>('.queue-open[aria-current="true"]')!.dataset.id!;
    const current = await api.get(id);
    await api.moderate(id, current.version, { visibility: 'hidden' });

    await tabTo(el, '#note-submit');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.stale'), 'the stale edit is told', { timeout: 10_000 });
    expect(text(el, '.stale')).to.include('Joku muu muutti');
    expect(focusedIn(el)?.id).to.equal('reload');
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal(note);
    await expect(el).to.be.accessible();

    await press('Enter');
    await waitUntil(() => !shadow(el).querySelector('.stale') && text(el, '.facts').includes('Piilotettu'), 'reloaded', { timeout: 10_000 });
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal(note, 'the typed note is kept');
    await tabTo(el, '#note-submit');
    await press('Enter');
    await waitUntil(() => text(el, '.notes').includes('NOTE-42'), 'the note is added', { timeout: 10_000 });
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal('');

    const publicAnswer = await (await fetch(`${liveApi()}${FEEDBACK_PATHS.status(code)}`)).text();
    expect(publicAnswer).not.to.include('NOTE-42');
    const staffAnswer = await fetch(`${liveApi()}${STAFF_PATHS.report(id)}`);
    expect(staffAnswer.status).to.equal(401, 'the staff answer needs the token');
  });

  it('redacts the public text and hides the report, by keyboard', async () => {
    const code = await newFeedback('Matti Meikäläinen 040 111 2222 kertoo: roskis täynnä.', 'environment');
    const el = await inbox('en');
    await signIn(el);
    await openByKeyboard(el, code);
    await tabTo(el, '#redact');
    await clearField();
    await sendText('[name removed] says: the bin is full.');
    await tabTo(el, '#redact-submit');
    await press('Enter');
    await waitUntil(() => text(el, '.public-message') === '[name removed] says: the bin is full.', 'redacted', { timeout: 10_000 });
    await tabTo(el, '#hide', { backwards: true });
    await press('Enter');
    await waitUntil(() => $(el, '#hide').getAttribute('aria-pressed') === 'true', 'hidden', { timeout: 10_000 });
    expect(text(el, '.facts')).to.include('Hidden');
    await expect(el).to.be.accessible();
  });

  it('pages through the whole queue: ArrowDown past the last row and "Show more" load the next pages, each report once', async () => {
    for (let i = 0; i < 12; i++) await newFeedback(`Sivutustesti ${i}: katuvalo ei pala Savontiellä.`);
    const el = await fixture<KohtaamoFeedbackInbox>(html`<kohtaamo-feedback-inbox api=${liveApi()} page-size="5"></kohtaamo-feedback-inbox>`);
    await signIn(el);
    await expect(el).to.be.accessible();
    expect(codesShown(el)).to.have.length(5);
    const total = Number(/(\d+)$/.exec(text(el, '.count'))![1]);
    expect(text(el, '.count')).to.equal(`Näytetään 5/${total}`);
    expect(total).to.be.greaterThan(12);

    // By keyboard: ArrowDown on the last row loads the next page and moves onto its first row.
    await tabTo(el, '.queue-open');
    await press('End');
    await press('ArrowDown');
    await waitUntil(() => codesShown(el).length === 10, 'the second page', { timeout: 10_000 });
    await waitUntil(() => focusedIn(el) === shadow(el).querySelectorAll('.queue-open')[5], 'the focus is on the first new row');

    // With the button, to the end: the button goes when there is no more.
    while (shadow(el).querySelector('#queue-more')) {
      const before = codesShown(el).length;
      await tabTo(el, '#queue-more');
      await press('Enter');
      await waitUntil(() => codesShown(el).length > before, 'one more page', { timeout: 10_000 });
    }
    const codes = codesShown(el);
    expect(codes).to.have.length(total);
    expect(new Set(codes).size).to.equal(total);
    expect(text(el, '.count')).to.equal(`Palautteita: ${total}`);
    const times = [...shadow(el).querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(times).to.deep.equal([...times].sort());
    expect(announced(el)).to.equal(`Näytetään ${total}/${total}`);
    await expect(el).to.be.accessible();

    // A filter starts from its first page again.
    await tabTo(el, '#filter-state', { backwards: true, max: 80 });
    for (let i = 0; i < 3 && $<HTMLSelectElement>(el, '#filter-state').value !== 'closed'; i++) await press('ArrowDown');
    await waitUntil(() => codesShown(el).length <= 5 && text(el, '.count') !== `Palautteita: ${total}`, 'the closed reports, page 1', { timeout: 10_000 });
  });

  it('sorts by arrival from the Received header, by keyboard: newest first, then oldest first again; the heading and aria-sort say which', async () => {
    const latest = await newFeedback('Järjestystesti: uusin ilmoitus, penkki rikki torilla.');
    const el = await fixture<KohtaamoFeedbackInbox>(html`<kohtaamo-feedback-inbox api=${liveApi()} page-size="5"></kohtaamo-feedback-inbox>`);
    await signIn(el);
    const header = () => $(el, 'th[aria-sort]');
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(text(el, '#queue-title')).to.equal('Palautejono, vanhin ensin');
    const oldestFirst = codesShown(el);
    expect(oldestFirst).to.not.include(latest);

    await tabTo(el, '#sort-received', { backwards: true, max: 80 });
    await press('Enter');
    await waitUntil(() => codesShown(el)[0] === latest, 'the newest report comes first', { timeout: 10_000 });
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(text(el, '#queue-title')).to.equal('Palautejono, uusin ensin');
    const times = [...shadow(el).querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(times).to.deep.equal([...times].sort().reverse());
    await expect(el).to.be.accessible();

    // The next page goes on in the same order.
    await tabTo(el, '#queue-more');
    await press('Enter');
    await waitUntil(() => codesShown(el).length === 10, 'the second page', { timeout: 10_000 });
    const more = [...shadow(el).querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(more).to.deep.equal([...more].sort().reverse());

    await tabTo(el, '#sort-received', { backwards: true, max: 80 });
    await press('Enter');
    await waitUntil(() => header().getAttribute('aria-sort') === 'ascending', 'oldest first again', { timeout: 10_000 });
    await waitUntil(() => codesShown(el).join() === oldestFirst.join(), 'the first page of the oldest', { timeout: 10_000 });
  });

  for (const width of [320, 390, 1280]) {
    it(`at ${width} px the page does not scroll sideways; from 1280 px the queue is a readable table`, async () => {
      await setViewport({ width, height: 900 });
      document.body.style.margin = '0';
      try {
        sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, staffToken());
        const el = await inbox();
        await signedIn(el);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
        const wrap = $(el, '.table-wrap');
        if (width >= 1280) {
          // Every column shows without scrolling, and a tracking code stays on one line.
          expect(wrap.scrollWidth, 'the table fits its column').to.be.at.most(wrap.clientWidth + 1);
          for (const button of [...shadow(el).querySelectorAll('.queue-open')].slice(0, 5)) {
            const range = document.createRange();
            range.selectNodeContents(button);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            expect(lines.size, `${button.textContent?.trim()} wraps`).to.equal(1);
          }
        } else {
          // A narrow screen scrolls the table inside its own box, never the page.
          expect(getComputedStyle(wrap).overflowX).to.equal('auto');
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
        document.body.style.margin = '';
      }
    });
  }

  it('filters the queue', async () => {
    const el = await inbox();
    await signIn(el);
    await tabTo(el, '#filter-state');
    for (let i = 0; i < 3 && $<HTMLSelectElement>(el, '#filter-state').value !== 'closed'; i++) await press('ArrowDown');
    await waitUntil(
      () => [...shadow(el).querySelectorAll('tbody .status')].every((s) => /Käsitelty|Hylätty/.test(s.textContent ?? '')),
      'only closed reports',
      { timeout: 10_000 },
    );
    expect(shadow(el).querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });
});

/** Types text (sendKeys' type, kept short per call for long strings). */
async function sendText(value: string): Promise<void> {
  await type(value);
}
