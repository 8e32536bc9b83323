// End to end, the annual resident survey on the demo pages (issue 10's "Done when"), in Chromium
// from the built bundles against the real server with the seeded demo: a resident answers the
// whole template on the Finnish page by keyboard (every page, the review, send) and gets the
// confirmation; the answer offers help ("Mitä minä voisin tehdä Heinolan hyväksi?") and, after
// sending, the resident leaves contact details with consent. Residents on the Swedish and English
// pages answer the same survey to the end. An officer signs in on the staff page and sees the
// offer in the console's Help offers tab; an interviewer enters one respondent's answers on each
// interviewer page (fi, sv, en) and is told the interview is saved, ready for the next respondent. A vendor's
// file with one bad row is refused in the console with that row reported by its line, and the
// public page shows last year's weighted results with intervals, the open web answers apart. Once on
// SQLite and once on PostgreSQL (skipped with a notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { shadowText } from '../support/e2e-page.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const ROUND = 'heinola-asukaskysely';
const SURVEY = 'kohtaamo-survey';
const CONSOLE = 'kohtaamo-survey-console';
const FI_PAGES = [/Kaupungin palvelut/, /Asuminen Heinolassa/, /Heinolan suositteleminen/, /Osallistuminen ja vaikuttaminen/, /Heinolan hyväksi/, /Taustatiedot/];
const MATRIX_ROWS = ['early_education', 'schools', 'library', 'sports', 'culture', 'streets', 'parks', 'transport', 'customer_service', 'communication'];

/** Focuses the control with `id` inside the survey widget and presses `key` (Space chooses a radio or ticks a box). */
async function press(page: Page, id: string, key: 'Space' | 'Enter' = 'Space'): Promise<void> {
  await shadowText(page, [SURVEY, `[id="${id}"]`], /[\s\S]*/);
  await page.$eval(SURVEY, (host, target) => (host.shadowRoot!.getElementById(target) as HTMLElement).focus(), id);
  await page.keyboard.press(key);
}

/** Chooses the option `value` of the radio group `name` by keyboard (options may be shown in a random order). */
async function choose(page: Page, name: string, value: string): Promise<void> {
  await shadowText(page, [SURVEY, `input[name="${name}"]`], /[\s\S]*/);
  const id = await page.$eval(SURVEY, (host, n, v) => [...host.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)].find((i) => i.value === v)?.id ?? '', name, value);
  assert.ok(id, `${name} offers ${value}`);
  await press(page, id);
}

/** Types into the field with `id` inside the survey widget. */
async function type(page: Page, id: string, text: string): Promise<void> {
  await shadowText(page, [SURVEY, `[id="${id}"]`], /[\s\S]*/);
  await page.$eval(SURVEY, (host, target) => (host.shadowRoot!.getElementById(target) as HTMLElement).focus(), id);
  await page.keyboard.type(text);
}

/** Moves to the next page with Enter on its button and waits for the page's heading to be `next`. */
async function nextPage(page: Page, next: RegExp): Promise<void> {
  await page.$eval(SURVEY, (host) => host.shadowRoot!.querySelector<HTMLButtonElement>('form[part~="page"] button[type="submit"]')!.focus());
  await page.keyboard.press('Enter');
  await shadowText(page, [SURVEY, '[part~="page"] h2'], next);
}

interface Walk {
  titles: RegExp[];
  review: RegExp;
  sent: RegExp;
  offer?: string;
}

/** Answers every page of the template by keyboard (only the help page's open question when `offer` is given), reviews and sends. */
async function answerAll(page: Page, walk: Walk): Promise<void> {
  const [services, living, recommend, participation, forHeinola, background] = walk.titles;
  await shadowText(page, [SURVEY, '[part~="page"] h2'], services!);
  // Page 1: the satisfaction matrix, one row at a time (4 = fairly satisfied), and the overall rating.
  for (const row of MATRIX_ROWS) await choose(page, `service_satisfaction.${row}`, '4');
  await choose(page, 'overall_satisfaction', '4');
  await nextPage(page, living!);
  await choose(page, 'enjoy_living', '5');
  await choose(page, 'live_in_five_years', 'certainly');
  await nextPage(page, recommend!);
  await choose(page, 'recommend_heinola', '9');
  await nextPage(page, participation!);
  await choose(page, 'can_influence', '3');
  await nextPage(page, forHeinola!);
  if (walk.offer) {
    await type(page, 'f-what_could_i_do', walk.offer);
    await choose(page, 'wants_contact', 'true');
  }
  await nextPage(page, background!);
  await choose(page, 'age_group', '35-54');
  await choose(page, 'sex', 'female');
  await page.select(`${SURVEY} >>> #f-area`, 'centre');
  await page.$eval(SURVEY, (host) => host.shadowRoot!.querySelector<HTMLButtonElement>('form[part~="page"] button[type="submit"]')!.focus());
  await page.keyboard.press('Enter');
  // The review: what was answered, then Send.
  await shadowText(page, [SURVEY, '[part~="page"]'], walk.review);
  await page.$eval(SURVEY, (host) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="page"] button[type="submit"]')!.focus());
  await page.keyboard.press('Enter');
  await shadowText(page, [SURVEY, '.notice.success'], walk.sent);
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
  describe(`the resident survey on the demo pages on ${kind}`, () => {
    const token = `kst_e2e_${randomBytes(24).toString('base64url')}`;
    let server: RunningServer;
    let drop: () => Promise<void>;
    let page: Page;
    const consoleErrors: string[] = [];

    before(async () => {
      const db = await scratchDatabase(kind);
      drop = db.drop;
      server = await startServer({ ...db.env, KOHTAAMO_DEMO_STAFF_TOKEN: token });
      page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 900 });
      page.on('console', (msg) => {
        const url = msg.location().url ?? '';
        // On the staff page, as they should: the console before sign-in (401) and the vendor's file with a bad row refused (422).
        const staff = page.url().endsWith('/staff-survey.html');
        const expected = staff && (msg.text().includes('401') || (msg.text().includes('422') && url.includes('/api/v1/staff/surveys/imports')));
        if (msg.type() === 'error' && !expected) consoleErrors.push(`${msg.text()} (${url})`);
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await drop?.();
    });

    test('residents answer in fi (offering help), sv and en; the officer sees the offer; an interviewer saves a respondent in fi, sv and en', async () => {
      const offer = `Voisin lukea satuja kirjaston lapsille lauantaisin (${kind}).`;
      try {
        // 1. A resident answers the whole survey on the Finnish page and offers help.
        await page.goto(`${server.url}/survey.html`, { waitUntil: 'networkidle0' });
        await answerAll(page, {
          titles: FI_PAGES,
          review: /Tarkista/,
          sent: /Kiitos! Vastauksesi on vastaanotettu\./,
          offer,
        });
        // After sending: contact details with consent, apart from the anonymous answers.
        await type(page, 'help-name', 'Aino Asukas');
        await type(page, 'help-email', `aino.${kind}@example.fi`);
        await press(page, 'help-consent');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await shadowText(page, [SURVEY, '.help-received'], /Kiitos! Tarjouksesi on tallennettu/);
        // Last year's published results on the same page: the sample weighted, with 95 % intervals;
        // the open web answers apart, without a margin of error.
        const results = await shadowText(page, ['kohtaamo-survey-results', '.root'], /varmuudella välillä/);
        assert.match(results, /painotettu vastaamaan Heinolan väestöä; luvuille on laskettu 95 %:n luottamusvälit/);
        assert.match(results, /\d+(,\d+)? %? ?\(95 %:n varmuudella välillä \d/);
        assert.match(results, /vastasi avoimesti verkossa\. Vastaajat valitsivat itse itsensä, joten näille luvuille ei lasketa virhemarginaalia/);

        // The same survey to the end on the Swedish and English pages.
        await page.goto(`${server.url}/survey-sv.html`, { waitUntil: 'networkidle0' });
        await answerAll(page, { titles: [/Stadens tjänster/, /Att bo i Heinola/, /Att rekommendera Heinola/, /Delaktighet och påverkan/, /Vad kunde jag göra för Heinola/, /Bakgrundsuppgifter/], review: /Granska/, sent: /Tack! Dina svar har tagits emot\./ });
        await page.goto(`${server.url}/survey-en.html`, { waitUntil: 'networkidle0' });
        await answerAll(page, { titles: [/City services/, /Living in Heinola/, /Recommending Heinola/, /Participation and influence/, /What could I do for Heinola/, /About you/], review: /Check/, sent: /Thank you! Your answers have been received\./ });

        // 2. The officer signs in on the staff page and finds the offer in the Help offers tab.
        await page.goto(`${server.url}/staff-survey.html`, { waitUntil: 'networkidle0' });
        await shadowText(page, [CONSOLE, '#token'], /[\s\S]*/);
        await page.focus(`${CONSOLE} >>> #token`);
        await page.keyboard.type(token);
        await page.keyboard.press('Enter');
        await shadowText(page, [CONSOLE, `.round-open[data-round="${ROUND}"]`], /\S/);
        await page.click(`${CONSOLE} >>> .round-open[data-round="${ROUND}"]`);
        await shadowText(page, [CONSOLE, '#tab-help'], /Avuntarjoukset/);
        await page.click(`${CONSOLE} >>> #tab-help`);
        const offers = await shadowText(page, [CONSOLE, 'table.help-offers'], new RegExp(offer.slice(0, 30)));
        assert.match(offers, /Aino Asukas/);
        assert.match(offers, new RegExp(`aino\\.${kind}@example\\.fi`));

        // 4. A vendor's file with one bad row (overall satisfaction 7 on a 1–5 scale, on line 3 of
        // the file): reported by its line, and nothing of the file saved.
        const header = ['respondent', 'lang', ...MATRIX_ROWS.map((r) => `service_satisfaction_${r}`), 'overall_satisfaction', 'enjoy_living', 'live_in_five_years', 'recommend_heinola', 'can_influence', 'age_group', 'sex', 'area'];
        const row = (id: string, overall: string) => [id, 'fi', ...MATRIX_ROWS.map(() => '4'), overall, '4', 'certainly', '8', '3', '35-54', 'female', 'centre'].join(';');
        const file = `${tmpdir()}/kohtaamo-vendor-${kind}-${randomBytes(4).toString('hex')}.csv`;
        await writeFile(file, [header.join(';'), row(`V-${kind}-1`, '4'), row(`V-${kind}-2`, '7'), row(`V-${kind}-3`, '5')].join('\n'));
        const counted = async () => ((await (await fetch(`${server.url}/api/v1/staff/surveys/heinola-resident-survey/rounds/${ROUND}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { responses: { import: number } }).responses.import;
        const importedBefore = await counted();
        await page.click(`${CONSOLE} >>> #tab-import`);
        await shadowText(page, [CONSOLE, '#import-file'], /[\s\S]*/);
        const input = (await page.$(`${CONSOLE} >>> #import-file`)) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(file);
        await page.waitForFunction((host) => (document.querySelector(host)?.shadowRoot?.querySelector('#import-mapping') as HTMLTextAreaElement | null)?.value.includes('service_satisfaction') ?? false, { polling: 100, timeout: 10_000 }, CONSOLE);
        await page.focus(`${CONSOLE} >>> #import-save`);
        await page.keyboard.press('Enter');
        await shadowText(page, [CONSOLE, '#import-outcome'], /^Hylättiin 1 rivi; mitään ei tallennettu\.$/);
        const rejected = await page.$$eval(`${CONSOLE} >>> .rejected tbody tr`, (rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
        assert.equal(rejected.length, 1);
        assert.deepEqual(rejected[0]!.slice(0, 3), ['3', `V-${kind}-2`, 'overall_satisfaction']);
        assert.notEqual(rejected[0]![3], '');
        assert.equal(await counted(), importedBefore, 'no row of a rejected file is saved');

        // 3. An interviewer (signed in on the staff page in this tab) enters one respondent's answers.
        await page.goto(`${server.url}/survey-interview.html`, { waitUntil: 'networkidle0' });
        await type(page, 'respondent-id', `VENDOR-${kind}-0001`);
        await answerAll(page, {
          titles: FI_PAGES,
          review: /Tarkista/,
          sent: new RegExp(`Haastattelu VENDOR-${kind}-0001 on tallennettu\\.`),
        });
        await shadowText(page, [SURVEY, '.notice.success button'], /Seuraava vastaaja/);
        await page.$eval(SURVEY, (host) => host.shadowRoot!.querySelector<HTMLButtonElement>('.notice.success button')!.focus());
        await page.keyboard.press('Enter');
        // A fresh form for the next respondent, its id field focused and empty.
        const focused = await page.$eval(SURVEY, (host) => ({ id: host.shadowRoot!.activeElement?.id ?? '', value: (host.shadowRoot!.getElementById('respondent-id') as HTMLInputElement | null)?.value }));
        assert.deepEqual(focused, { id: 'respondent-id', value: '' });

        // The same interview on the Swedish and English interviewer pages, in their words to the end.
        const interviews = [
          { lang: 'sv', path: 'survey-interview-sv.html', titles: [/Stadens tjänster/, /Att bo i Heinola/, /Att rekommendera Heinola/, /Delaktighet och påverkan/, /Vad kunde jag göra för Heinola/, /Bakgrundsuppgifter/], review: /Granska/, saved: 'Intervjun {id} har sparats\\.', next: /^Nästa respondent$/ },
          { lang: 'en', path: 'survey-interview-en.html', titles: [/City services/, /Living in Heinola/, /Recommending Heinola/, /Participation and influence/, /What could I do for Heinola/, /About you/], review: /Check/, saved: 'Interview {id} has been saved\\.', next: /^Next respondent$/ },
        ];
        for (const { lang, path, titles, review, saved, next } of interviews) {
          const respondent = `VENDOR-${kind}-${lang}`;
          await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
          await type(page, 'respondent-id', respondent);
          await answerAll(page, { titles, review, sent: new RegExp(saved.replace('{id}', respondent)) });
          await shadowText(page, [SURVEY, '.notice.success button'], next);
          await page.$eval(SURVEY, (host) => host.shadowRoot!.querySelector<HTMLButtonElement>('.notice.success button')!.focus());
          await page.keyboard.press('Enter');
          const fresh = await page.$eval(SURVEY, (host) => ({ id: host.shadowRoot!.activeElement?.id ?? '', value: (host.shadowRoot!.getElementById('respondent-id') as HTMLInputElement | null)?.value }));
          assert.deepEqual(fresh, { id: 'respondent-id', value: '' }, path);
        }

        // Each response is recorded with its mode: the demo's 40 web and 120 interviews, and this walk's 3 and 3.
        const detail = (await (await fetch(`${server.url}/api/v1/staff/surveys/heinola-resident-survey/rounds/${ROUND}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { responses: Record<string, number> };
        assert.deepEqual(detail.responses, { web: 43, invitation: 0, interviewer: 123, import: 0 });
        assert.deepEqual(consoleErrors, []);
      } catch (error) {
        await page.screenshot({ path: `${tmpdir()}/kohtaamo-survey-demo-${kind}.png`, fullPage: true }).catch(() => {});
        throw error;
      }
    });
  });
}
