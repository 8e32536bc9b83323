// End to end, as a resident would: the demo's library page in Chromium (plain HTML, one script
// tag), a free meeting room found with <kohtaamo-space-finder> (a day, a time and a length),
// booked by keyboard in the calendar the finder opens in place, and the confirmation mail on a
// loopback SMTP server through the real server's outbox, its .ics read with ical.js. Then the
// mail's link opens the manage page (/varaus/{id}#code=…), whose language links keep the booking
// (followed by keyboard to Swedish, English and back), and which cancels the booking by keyboard;
// the cancellation mail's .ics cancels the same event, and the calendar shows the time free again.
// The sv and en pages embed the same widgets in their languages. Once on SQLite and once on
// PostgreSQL (skipped with a notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { formatWall, parseWall } from '@kohtaamo/core';
import { startInbox, type Inbox } from '../../packages/server/src/platform/mail/mail-message.test-helper.js';
import { launchChromium } from '../support/browser.js';
import { deepElement, deepText, icsEvent, waitFor } from '../support/e2e-page.js';
import { freePort, postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const FINDER = 'kohtaamo-space-finder';
const IN_FINDER = `${FINDER} >>> kohtaamo-space-booking`;

/** A Tuesday to Thursday at least five days ahead that is no Finnish holiday (the library is open 9–20). */
function bookingDay(now = Date.now()): string {
  const holidays = ['12-06', '12-24', '12-25', '12-26', '12-31', '01-01', '01-06'];
  for (let d = 5; ; d++) {
    const date = formatWall(now + d * 86_400_000).slice(0, 10);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 2 && weekday <= 4 && !holidays.includes(date.slice(5))) return date;
  }
}

const kinds: DatabaseKind[] = ['sqlite'];
if (await postgresReachable()) kinds.push('postgresql');
else console.log('NOTICE: PostgreSQL is not reachable; the PostgreSQL end-to-end run is skipped.');

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const kind of kinds) {
  describe(`space booking on the library's demo page on ${kind}`, () => {
    let server: RunningServer;
    let inbox: Inbox;
    let drop: () => Promise<void>;
    let page: Page;
    const consoleErrors: string[] = [];

    before(async () => {
      inbox = await startInbox();
      const db = await scratchDatabase(kind);
      drop = db.drop;
      const port = await freePort();
      server = await startServer({ ...db.env, PORT: String(port), KOHTAAMO_PUBLIC_URL: `http://127.0.0.1:${port}`, SMTP_URL: inbox.url, KOHTAAMO_OUTBOX_POLL_MS: '200' });
      page = await browser.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await inbox?.close();
      await drop?.();
    });

    test('a resident finds a free meeting room, books it by keyboard and gets a mail with an .ics; the mail\'s link cancels it', async () => {
      const day = bookingDay();
      const email = `aino.${kind}@example.fi`;
      await page.goto(`${server.url}/kirjasto.html`, { waitUntil: 'networkidle0' });
      await deepText(page, `${FINDER} >>> #title`, /^Etsi tila$/);

      // What is free: meeting rooms on the day from 17:00 for two hours.
      await deepElement(page, `${FINDER} >>> #f-purpose option[value="meeting-room"]`);
      await page.select(`${FINDER} >>> #f-purpose`, 'meeting-room');
      const date = await deepElement(page, `${FINDER} >>> #f-date`);
      await date.evaluate((el, d) => ((el as HTMLInputElement).value = d), day);
      await page.select(`${FINDER} >>> #f-time`, '17:00');
      await page.select(`${FINDER} >>> #f-minutes`, '120');
      await page.focus(`${FINDER} >>> button[type="submit"]`);
      await page.keyboard.press('Enter');
      const item = `${FINDER} >>> [data-resource="library-room-2"]`;
      await deepText(page, `${item} .free`, /17\.00–19\.00/);

      // Its calendar opens in place; the keyboard moves to the day at 17:00 and chooses it.
      await page.focus(`${item} .book`);
      await page.keyboard.press('Enter');
      await deepText(page, `${IN_FINDER} >>> #title`, /^Varaa: Kokoushuone Kymi$/);
      await deepElement(page, `${IN_FINDER} >>> table[role="grid"]`);
      const target = await page.$eval(IN_FINDER, (host, d) => {
        const root = host.shadowRoot!;
        const heads = [...root.querySelectorAll('thead th')].slice(1);
        const column = heads.findIndex((th) => th.textContent!.includes(`${Number(d.slice(8))}.${Number(d.slice(5, 7))}.`));
        const row = [...root.querySelectorAll('tbody th[scope="row"]')].findIndex((th) => th.textContent!.trim() === '17:00');
        const at = root.querySelector('button.cell[tabindex="0"]')!.getAttribute('data-cell')!.split('-').map(Number);
        return { row, column, from: at };
      }, day);
      assert.ok(target.row >= 0 && target.column >= 0, `the week shows ${day} 17:00`);
      await page.focus(`${IN_FINDER} >>> button.cell[tabindex="0"]`);
      const [r0, c0] = target.from as [number, number];
      for (let i = r0; i < target.row; i++) await page.keyboard.press('ArrowDown');
      for (let i = r0; i > target.row; i--) await page.keyboard.press('ArrowUp');
      for (let i = c0; i < target.column; i++) await page.keyboard.press('ArrowRight');
      for (let i = c0; i > target.column; i--) await page.keyboard.press('ArrowLeft');
      const focused = await page.$eval(IN_FINDER, (host) => host.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '');
      assert.match(focused, /17:00, vapaa$/);
      await page.keyboard.press('Enter');

      // The form: two hours, a name and an email, sent with Enter.
      await deepElement(page, `${IN_FINDER} >>> #f-duration`);
      await page.select(`${IN_FINDER} >>> #f-duration`, '120');
      await page.focus(`${IN_FINDER} >>> #f-name`);
      await page.keyboard.type('Aino Asukas');
      await page.keyboard.press('Tab');
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await deepText(page, `${IN_FINDER} >>> [part="result"] h3`, /^Varaus on vahvistettu/);
      const code = await deepText(page, `${IN_FINDER} >>> [part="result"] .code`, /\S/);
      // The .ics is offered on the page too (the server's, fetched with the code): the link
      // appears when that answer has come, which on a loaded machine is after the result shows.
      await deepElement(page, `${IN_FINDER} >>> [part="result"] a[download]`);
      const icsLink = await page.$eval(IN_FINDER, (host) => host.shadowRoot!.querySelector('[part="result"] a[download]')?.getAttribute('href') ?? '');
      assert.match(icsLink, /^blob:/);

      // The confirmation mail arrives through the outbox; ical.js reads the booking from its .ics.
      const mail = await waitFor('the confirmation mail', () => inbox.mails.find((m) => m.to.includes(email)));
      assert.equal(mail.subject, 'Varaus vahvistettu: Kokoushuone Kymi');
      assert.ok(mail.text.includes(code), 'the mail names the manage code');
      assert.match(mail.raw, /Content-Type: text\/calendar; ?method=PUBLISH/i);
      const event = icsEvent(mail.raw, 'varaus.ics');
      const start = parseWall(`${day}T17:00`);
      assert.equal(event.startDate.toJSDate().getTime(), start, '17:00 in Helsinki');
      assert.equal(event.endDate.toJSDate().getTime(), start + 2 * 3_600_000);
      assert.equal(event.summary, 'Kokoushuone Kymi, Heinolan kirjasto');
      assert.equal(event.component.getFirstPropertyValue('status'), 'CONFIRMED');
      const link = String(event.component.getFirstPropertyValue('url'));
      const [, id, linkCode] = /\/varaus\/([^#]+)#code=(.+)$/.exec(link) ?? [];
      assert.equal(event.uid, `${id}@kohtaamo`);
      assert.equal(linkCode, code);

      // A wrong code is refused exactly as a booking that does not exist.
      const wrong = await fetch(`${server.url}/api/v1/booking/bookings/${id}/cancel`, { method: 'POST', headers: { 'Manage-Code': 'AAAA-AAAA-AAAA' } });
      assert.equal(wrong.status, 404);
      assert.match(wrong.headers.get('content-type') ?? '', /application\/problem\+json/);

      // The resident follows the mail's link: the manage page shows the booking and cancels it by keyboard.
      await page.goto(link, { waitUntil: 'networkidle0' });
      const MANAGE = 'kohtaamo-space-booking[manage]';
      await deepText(page, `${MANAGE} >>> #title`, /^Varauksesi: Kokoushuone Kymi$/);

      // The language links keep the booking and the code's fragment: followed by keyboard to Swedish,
      // from there to English, and back to Finnish, each page reads the same booking.
      const languageLink = (lang: string) => `.language-nav a[hreflang="${lang}"]`;
      const hrefOf = (lang: string) => page.$eval(languageLink(lang), (a) => (a as HTMLAnchorElement).href);
      assert.equal(await hrefOf('sv'), `${server.url}/bokning/${id}#code=${code}`);
      assert.equal(await hrefOf('en'), `${server.url}/booking/${id}#code=${code}`);
      for (const [lang, path, title] of [
        ['sv', 'bokning', /^Din bokning: Mötesrum Kymi$/],
        ['en', 'booking', /^Your booking: Meeting room Kymi$/],
        ['fi', 'varaus', /^Varauksesi: Kokoushuone Kymi$/],
      ] as const) {
        await page.focus(languageLink(lang));
        await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
        assert.equal(page.url(), `${server.url}/${path}/${id}#code=${code}`);
        assert.equal(await page.$eval('html', (html) => html.lang), lang);
        await deepText(page, `${MANAGE} >>> #title`, title);
      }
      await deepText(page, `${MANAGE} >>> .facts`, /Vahvistettu/);
      await page.focus(`${MANAGE} >>> #manage-cancel`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.activeElement?.id === 'manage-ask', { polling: 100, timeout: 10_000 }, MANAGE);
      await page.keyboard.press('Tab');
      assert.equal(await page.$eval(MANAGE, (host) => host.shadowRoot!.activeElement?.id ?? ''), 'manage-cancel-yes');
      await page.keyboard.press('Enter');
      await deepText(page, `${MANAGE} >>> #manage-done`, /^Varaus on peruttu\./);
      await deepText(page, `${MANAGE} >>> .facts`, /Peruttu/);
      const after = await fetch(`${server.url}/api/v1/booking/bookings/${id}`, { headers: { 'Manage-Code': code } });
      assert.equal(((await after.json()) as { status: string }).status, 'cancelled');

      // The cancellation mail removes the calendar entry: the same event, a higher SEQUENCE, METHOD:CANCEL.
      const second = await waitFor('the cancellation mail', () => (inbox.mails.filter((m) => m.to.includes(email)).length === 2 ? inbox.mails.at(-1) : undefined));
      assert.match(second.subject, /peruttu/i);
      assert.match(second.raw, /Content-Type: text\/calendar; ?method=CANCEL/i);
      const cancelEvent = icsEvent(second.raw, 'varaus.ics');
      assert.equal(cancelEvent.uid, event.uid);
      assert.ok(cancelEvent.sequence > event.sequence);
      assert.equal(cancelEvent.component.getFirstPropertyValue('status'), 'CANCELLED');

      // The same time is free again in the room's own calendar on the library page.
      await page.goto(`${server.url}/kirjasto.html`, { waitUntil: 'networkidle0' });
      const own = 'kohtaamo-space-booking[resource="library-room-2"]';
      await page.$eval(own, (el, d) => el.setAttribute('date', d), day);
      const label = await page.waitForFunction(
        (sel, d) => {
          const root = document.querySelector(sel)?.shadowRoot;
          const heads = [...(root?.querySelectorAll('thead th') ?? [])].slice(1);
          const column = heads.findIndex((th) => th.textContent!.includes(`${Number(d.slice(8))}.${Number(d.slice(5, 7))}.`));
          const row = [...(root?.querySelectorAll('tbody th[scope="row"]') ?? [])].findIndex((th) => th.textContent!.trim() === '17:00');
          return column >= 0 && row >= 0 ? root!.querySelector(`[data-cell="${row}-${column}"]`)!.getAttribute('aria-label') : false;
        },
        { polling: 100, timeout: 20_000 },
        own,
        day,
      );
      assert.match(String(await label.jsonValue()), /17:00, vapaa$/);
      assert.deepEqual(consoleErrors, []);
    });

    test('the Swedish and English library pages embed the finder and both rooms\' calendars in their language', async () => {
      for (const [path, finder, room] of [
        ['/bibliotek.html', 'Hitta en lokal', 'Boka: Mötesrum Kymi'],
        ['/library.html', 'Find a space', 'Book: Meeting room Kymi'],
      ] as const) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
        await deepText(page, `${FINDER} >>> #title`, new RegExp(`^${finder}$`));
        await deepText(page, 'kohtaamo-space-booking[resource="library-room-2"] >>> #title', new RegExp(`^${room}$`));
        await deepElement(page, 'kohtaamo-space-booking[resource="library-room-1"] >>> table[role="grid"]');
        await deepElement(page, 'kohtaamo-space-figures >>> table');
      }
      assert.deepEqual(consoleErrors, []);
    });
  });
}
