// End to end, as an association and its volunteers would: on Heinolan Latu ry's demo page (plain
// HTML, one script tag) people sign up for a two-seat shift through the embedded sign-up form
// until it is full and the next one goes on the waiting list; one attending person cancels
// through the manage link of their confirmation mail (on a loopback SMTP server) and the first
// waiting person becomes attending. The association's coordinator signs in on the coordinators'
// page, sees the shift's sign-ups, exports the CSV and cannot reach the city's lists. The reminder
// job's mail carries an .ics that ical.js reads as the shift's VEVENT. Once on SQLite and once on
// PostgreSQL (skipped with a notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { VOLUNTEERING_PATHS } from '@kohtaamo/core';
import { openPostgres, openSqlite } from '../../packages/server/src/db/database.js';
import { makeJobDue } from '../../packages/server/src/platform/jobs/jobs.repository.js';
import { startInbox, type Inbox } from '../../packages/server/src/platform/mail/mail-message.test-helper.js';
import { launchChromium } from '../support/browser.js';
import { deepElement, deepText, icsEvent, plainText, waitFor } from '../support/e2e-page.js';
import { freePort, postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const OPPORTUNITY = 'o-demo-latu-talkoot';
const ASSOCIATION = 'heinolan-latu';
// The first (Finnish) sign-up form and console of each page.
const SIGNUP = 'kohtaamo-volunteer-signup';
const CONSOLE = 'kohtaamo-volunteer-console';

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
  describe(`volunteering on Heinolan Latu ry's demo page on ${kind}`, () => {
    const demoToken = `kst_e2e_${randomBytes(24).toString('base64url')}`;
    const coordinator = { Authorization: `Bearer ${demoToken}.${ASSOCIATION}` };
    let server: RunningServer;
    let inbox: Inbox;
    let env: Record<string, string>;
    let drop: () => Promise<void>;
    let shift: { id: string; startsAt: string; endsAt: string };
    const consoleErrors: string[] = [];
    const people = ['Aino', 'Bertil', 'Celia'].map((name) => ({ name: `${name} Talkoolainen`, email: `${name.toLowerCase()}.${kind}@example.fi` }));

    /** A fresh browser profile (no manage codes remembered from another person), its errors collected. */
    async function personPage(): Promise<{ page: Page; close(): Promise<void> }> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
      return { page, close: () => context.close() };
    }

    before(async () => {
      inbox = await startInbox();
      const db = await scratchDatabase(kind);
      drop = db.drop;
      env = db.env;
      const port = await freePort();
      server = await startServer({
        ...db.env,
        PORT: String(port),
        KOHTAAMO_PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: inbox.url,
        KOHTAAMO_OUTBOX_POLL_MS: '200',
        KOHTAAMO_JOBS_POLL_MS: '200',
        KOHTAAMO_DEMO_STAFF_TOKEN: demoToken,
      });
      // A shift with two seats and one place on the waiting list, starting within the reminder window (24 h).
      const startsAt = new Date(Math.ceil((Date.now() + 20 * 3_600_000) / 3_600_000) * 3_600_000);
      const created = await fetch(`${server.url}${VOLUNTEERING_PATHS.staff}/organisations/${ASSOCIATION}/opportunities/${OPPORTUNITY}/shifts`, {
        method: 'POST',
        headers: { ...coordinator, 'Content-Type': 'application/json' },
        body: JSON.stringify({ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), capacity: 2, waitingListCapacity: 1, maxGroupSize: 1 }),
      });
      assert.equal(created.status, 201, await created.clone().text());
      shift = (await created.json()) as typeof shift;
    });
    after(async () => {
      await server?.stop();
      await inbox?.close();
      await drop?.();
    });

    test('two people fill the shift on the association page, the third waits; a cancellation by the mail’s manage link lets the third in', async () => {
      const receipts: string[] = [];
      for (const person of people) {
        const { page, close } = await personPage();
        await page.goto(`${server.url}/heinolan-latu.html`, { waitUntil: 'networkidle0' });
        await deepText(page, `${SIGNUP} >>> #title`, /^Latupohjien raivaustalkoot$/);
        // "Ilmoittaudu" opens the form (its own part, ADR 0091), by keyboard.
        await page.focus(`${SIGNUP} >>> button#open`);
        await page.keyboard.press('Enter');
        await deepElement(page, `${SIGNUP} >>> #shift option[value="${shift.id}"]`);
        await page.select(`${SIGNUP} >>> #shift`, shift.id);
        await page.focus(`${SIGNUP} >>> #age`);
        await page.keyboard.type('34');
        await page.focus(`${SIGNUP} >>> #name`);
        await page.keyboard.type(person.name);
        await page.keyboard.press('Tab');
        await page.keyboard.type(person.email);
        await page.keyboard.press('Enter');
        receipts.push(await deepText(page, `${SIGNUP} >>> [part="confirmation"]`, /Olet mukana!|Olet jonossa/));
        await close();
      }
      assert.match(receipts[0]!, /Olet mukana! Vahvistus lähti osoitteeseen aino/);
      assert.match(receipts[1]!, /Olet mukana!/);
      assert.match(receipts[2]!, /Olet jonossa sijalla 1\./);
      const mailTo = (email: string, subject: RegExp) => waitFor(`${subject} to ${email}`, () => inbox.mails.find((m) => m.to.includes(email) && subject.test(m.subject)));
      const confirmation = await mailTo(people[0]!.email, /^Olet mukana: Latupohjien raivaustalkoot/);
      await mailTo(people[2]!.email, /^Olet jonossa: /);

      // Aino follows the manage link of her mail and cancels.
      const text = plainText(confirmation.raw);
      const link = /(http:\/\/127\.0\.0\.1:\d+\/\S*#kohtaamo-manage=\S+)/.exec(text)?.[1];
      assert.ok(link, `the mail has a manage link: ${text}`);
      assert.equal(new URL(link).pathname, '/heinolan-latu.html', 'the link opens the page with the sign-up form');
      const { page, close } = await personPage();
      await page.goto(link, { waitUntil: 'networkidle0' });
      await deepText(page, `${SIGNUP} >>> #confirmation-title`, /^Ilmoittautumisesi$/);
      await deepText(page, `${SIGNUP} >>> [part="confirmation"]`, /Olet mukana\./);
      const cancel = await deepElement(page, `${SIGNUP} >>> .actions button`);
      assert.equal(await cancel.evaluate((b) => b.textContent?.trim()), 'Peru ilmoittautuminen');
      await cancel.focus();
      await page.keyboard.press('Enter');
      await deepText(page, `${SIGNUP} >>> [part="confirmation"]`, /Ilmoittautuminen on peruttu\./);
      await close();
      await mailTo(people[0]!.email, /^Ilmoittautuminen peruttu: /);
      await mailTo(people[2]!.email, /^Paikka vapautui, olet mukana: /);

      const seats = (await (await fetch(`${server.url}${VOLUNTEERING_PATHS.shifts}/${shift.id}`)).json()) as { attending: number; waiting: number };
      assert.deepEqual({ attending: seats.attending, waiting: seats.waiting }, { attending: 2, waiting: 0 });
      assert.deepEqual(consoleErrors, []);
    });

    test('the association’s coordinator sees the shift’s sign-ups, exports the CSV and cannot reach the city’s lists', async () => {
      // The browser's default profile: its downloads go to a folder of the test's.
      const page = await browser.newPage();
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
      const close = () => page.close();
      const downloads = mkdtempSync(join(tmpdir(), 'kohtaamo-e2e-csv-'));
      try {
        const cdp = await page.createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
        await page.goto(`${server.url}/staff-vapaaehtoiset.html`, { waitUntil: 'networkidle0' });
        await deepElement(page, `${CONSOLE} >>> #token`);
        await page.focus(`${CONSOLE} >>> #token`);
        await page.keyboard.type(`${demoToken}.${ASSOCIATION}`);
        await page.keyboard.press('Enter');
        const inConsole = (selector: string) => page.waitForFunction((host, sel) => document.querySelector(host)?.shadowRoot?.querySelector(sel) ?? false, { polling: 100, timeout: 20_000 }, CONSOLE, selector);
        await inConsole(`.open-opportunity[data-id="${OPPORTUNITY}"]`);
        const listed = await page.$eval(CONSOLE, (host) => [...host.shadowRoot!.querySelectorAll('.open-opportunity')].map((b) => b.getAttribute('data-id')));
        assert.ok(!listed.includes('o-demo-puistotalkoot'), `only the association's own opportunities: ${listed.join(', ')}`);

        const open = (await inConsole(`.open-opportunity[data-id="${OPPORTUNITY}"]`)).asElement() as ElementHandle<HTMLElement>;
        await open.focus();
        await page.keyboard.press('Enter');
        const show = (await inConsole(`.show-signups[data-id="${shift.id}"]`)).asElement() as ElementHandle<HTMLElement>;
        await show.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((host) => /Celia Talkoolainen/.test(document.querySelector(host)?.shadowRoot?.querySelector('section[aria-labelledby="signups-title"] tbody')?.textContent ?? ''), { polling: 100, timeout: 20_000 }, CONSOLE);
        const rows = await page.$eval(CONSOLE, (host) =>
          [...host.shadowRoot!.querySelectorAll('section[aria-labelledby="signups-title"] tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim()),
        );
        const row = (name: string) => rows.find((r) => r.includes(name)) ?? '';
        assert.match(row('Bertil Talkoolainen'), /Mukana/);
        assert.match(row('Celia Talkoolainen'), /Mukana/);
        assert.doesNotMatch(row('Aino Talkoolainen'), /Mukana|Jonossa/);

        await ((await inConsole('#export-csv')).asElement() as ElementHandle<HTMLElement>).click();
        const file = join(downloads, `ilmoittautuneet-${OPPORTUNITY}.csv`);
        const csv = await waitFor('the CSV download', () => (readdirSync(downloads).includes(`ilmoittautuneet-${OPPORTUNITY}.csv`) ? readFileSync(file, 'utf8') : undefined));
        const line = (email: string) => csv.split(/\r?\n/).find((l) => l.includes(email)) ?? '';
        assert.match(csv, /^\uFEFF?shift_start,shift_end,status,/);
        assert.match(line(people[0]!.email), /,cancelled,/);
        assert.match(line(people[1]!.email), /,attending,/);
        assert.match(line(people[2]!.email), /,attending,/);
        assert.ok(!csv.includes('s-demo-puisto'), 'only this opportunity');
      } finally {
        await close();
        rmSync(downloads, { recursive: true, force: true });
      }

      // Another organisation's lists stay closed to this coordinator.
      const staff = `${server.url}${VOLUNTEERING_PATHS.staff}/organisations`;
      assert.equal((await fetch(`${staff}/city/shifts/s-demo-puisto-1/signups`, { headers: coordinator })).status, 403);
      assert.equal((await fetch(`${staff}/city/opportunities/o-demo-puistotalkoot/signups.csv`, { headers: coordinator })).status, 403);
      const sideways = await fetch(`${staff}/${ASSOCIATION}/shifts/s-demo-puisto-1/signups`, { headers: coordinator });
      assert.ok([403, 404].includes(sideways.status), `the city's shift through the association's path: ${sideways.status}`);
      assert.match(sideways.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.deepEqual(consoleErrors, []);
    });

    test('the reminder job mails the attending people an .ics with the shift’s start and end', async () => {
      const handle = kind === 'sqlite' ? openSqlite(env.KOHTAAMO_DB!) : await openPostgres(env.DATABASE_URL!, { searchPath: /search_path=(\S+)/.exec(new URL(env.DATABASE_URL!).searchParams.get('options') ?? '')?.[1] });
      // The job is due again (as an operator's "run it now"); the server's runtime picks it up.
      const reminded = (email: string) => inbox.mails.some((m) => m.to.includes(email) && /^Muistutus: /.test(m.subject));
      try {
        for (let i = 0; i < 40 && !(reminded(people[1]!.email) && reminded(people[2]!.email)); i++) {
          await makeJobDue(handle.db, 'volunteering/reminders', new Date());
          await new Promise((r) => setTimeout(r, 500));
        }
      } finally {
        await handle.close();
      }
      for (const person of [people[1]!, people[2]!]) {
        const mail = await waitFor(`the reminder to ${person.email}`, () => inbox.mails.find((m) => m.to.includes(person.email) && /^Muistutus: /.test(m.subject)));
        assert.match(mail.raw, /Content-Type: text\/calendar; ?method=PUBLISH/i);
        const event = icsEvent(mail.raw, 'vapaaehtoistyo.ics');
        assert.equal(event.summary, 'Latupohjien raivaustalkoot');
        assert.equal(event.startDate.toJSDate().toISOString(), new Date(shift.startsAt).toISOString());
        assert.equal(event.endDate.toJSDate().toISOString(), new Date(shift.endsAt).toISOString());
      }
      assert.equal(inbox.mails.filter((m) => m.to.includes(people[0]!.email) && /^Muistutus: /.test(m.subject)).length, 0, 'no reminder for the cancelled sign-up');
    });
  });
}
