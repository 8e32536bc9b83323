// End to end, a whole participatory budgeting round as the city and its residents would run it
// (issue 9's "Done when"), in Chromium on the demo pages from the built bundles, against the real
// server, as the README's walk-through tells a newcomer: an officer signs in to the staff page and
// creates a round with two budgets in <kohtaamo-budget-console>; residents propose on the public
// pages (fi, sv and en), whose proposal list follows the newest round collecting proposals; the
// officer reviews the proposals (feasible with the city's cost; one rejected with a public reason,
// which the public page then shows), sets the rules of each budget, opens the vote (the rules
// freeze) and issues voting codes; residents vote with those codes on the fi, sv and en pages,
// whose ballot, receipt and results follow the newest round whose vote has opened (the demo's
// `budgeting-vote.js`; the pages name the seeded "heinola-2027" until then); the officer closes
// the vote, computes and publishes the results; the public page shows the winners and why each
// project won or lost, and a voter's receipt is verified as counted. The API is used only to read
// ids and to check what the widgets said. Once on SQLite and once on PostgreSQL (skipped with a
// notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { shadowPresent, shadowText } from '../support/e2e-page.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const ROUND = 'heinola-2029'; // created in the console by the test
const AREAS = `${ROUND}-alueet`;
const YOUTH = `${ROUND}-nuoret`;
const RECEIPT_CODE = /([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]/;
const STAFF = 'kohtaamo-budget-console[lang="fi"]';
const PROPOSALS = `kohtaamo-budget-proposals[round="${ROUND}"]`;

/** Waits for the element at `path`, then clicks it as a mouse would. */
async function click(page: Page, path: string[]): Promise<void> {
  await shadowPresent(page, path);
  await page.click(path.join(' >>> '));
}

/** Types into the (emptied) field at `path`. */
async function fill(page: Page, path: string[], value: string): Promise<void> {
  await shadowPresent(page, path);
  const selector = path.join(' >>> ');
  await page.click(selector, { count: 3 });
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).select?.();
  });
  await page.keyboard.press('Backspace');
  await page.type(selector, value);
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
  describe(`a whole budgeting round on the demo pages on ${kind}`, () => {
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
        // Answers the widgets expect and handle: results not published yet (404); on the staff
        // page the console before sign-in (401) and the rejection sent first without its reason (422).
        const staff = page.url().endsWith('/staff-budjetointi.html');
        const text = msg.text();
        const expected = url.endsWith('/results') || (staff && (text.includes('401') || (text.includes('422') && url.endsWith('/review'))));
        if (msg.type() === 'error' && !expected) consoleErrors.push(`${msg.text()} (${url})`);
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await drop?.();
    });

    /** A resident's proposal on the public page in `lang`; returns its id as the public list has it. */
    async function propose(pagePath: string, budget: string, title: string, cost: string, address: string): Promise<string> {
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle0' });
      // The page's proposal list follows the newest round collecting proposals: the one just created.
      await click(page, [PROPOSALS, '#open-form']);
      await shadowPresent(page, [PROPOSALS, '#budget']);
      await page.select(`${PROPOSALS} >>> #budget`, budget);
      await fill(page, [PROPOSALS, '#title'], title);
      await fill(page, [PROPOSALS, '#description'], `${title}. Kuvaus ehdotuksesta, niin että arvioija ymmärtää sen.`);
      await fill(page, [PROPOSALS, '#estimatedCost'], cost);
      await fill(page, [PROPOSALS, '#address'], address);
      await click(page, [PROPOSALS, '#submit']);
      await shadowText(page, [PROPOSALS, '#sent-title'], /\S/);
      const list = (await (await fetch(`${server.url}/api/v1/budgeting/rounds/${ROUND}/proposals?limit=100`)).json()) as { items: { id: string; title: string }[] };
      const found = list.items.find((p) => p.title === title);
      assert.ok(found, `the proposal "${title}" is listed`);
      return found.id;
    }

    /** Sets the rules of one budget in the console's rules tab (the form's defaults: approval, equal shares). */
    async function setRules(budget: string): Promise<void> {
      await shadowPresent(page, [STAFF, '#rules-budget']);
      await page.select(`${STAFF} >>> #rules-budget`, budget);
      await shadowText(page, [STAFF, '#rules-title'], budget === AREAS ? /Asuinalueet/ : /Nuoret/);
      await click(page, [STAFF, '#rules-submit']);
      // Both budgets' confirmations read alike ("1 project on the ballot"): the rules log says which was saved.
      for (let i = 0; ; i++) {
        const log = (await (await fetch(`${server.url}/api/v1/staff/budgeting/rounds/${ROUND}/rules-log`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { budget: string; action: string }[] };
        if (log.items.some((e) => e.budget === budget && e.action === 'set')) break;
        assert.ok(i < 300, `the rules of ${budget} were not saved`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** A voter on the public page `pagePath` casts a ballot for `project` in the areas budget with `code`; returns the receipt code. */
    async function vote(pagePath: string, code: string, project: string, texts: { tally: RegExp; check: RegExp; stored: RegExp }): Promise<string> {
      // The page's ballot follows the newest round whose vote has opened: the one the officer opened.
      const BALLOT = `kohtaamo-budget-ballot[round="${ROUND}"]`;
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle0' });
      // The round's voters may vote in every budget: they choose one at a time; the areas first.
      await shadowPresent(page, [BALLOT, `input[name="budget"][value="${AREAS}"]`]);
      await page.click(`${BALLOT} >>> input[name="budget"][value="${AREAS}"]`);
      await click(page, [BALLOT, 'button[type="submit"]']);
      await click(page, [BALLOT, `input[name="project"][value="${project}"]`]);
      await shadowText(page, [BALLOT, '[part="tally"]'], texts.tally);
      await page.type(`${BALLOT} >>> input[name="code"]`, code);
      await click(page, [BALLOT, '#review']);
      await shadowText(page, [BALLOT, '#confirm-title'], texts.check);
      await click(page, [BALLOT, '#cast']);
      const receipt = RECEIPT_CODE.exec(await shadowText(page, [BALLOT, '[part="receipt-code"]'], RECEIPT_CODE))![0];
      await shadowText(page, [BALLOT, 'kohtaamo-budget-receipt', '[part="result"]'], texts.stored);
      return receipt;
    }

    test('proposals, review, frozen rules, codes, ballots in fi/sv/en, close, results published and explained, a receipt verified', async () => {
      try {
        // 1. The officer signs in on the staff page and creates a round (its proposal phase opens
        // today, the form's default) with an area budget and a theme budget.
        await page.goto(`${server.url}/staff-budjetointi.html`, { waitUntil: 'networkidle0' });
        await fill(page, [STAFF, '#token'], token);
        await page.keyboard.press('Enter');
        await click(page, [STAFF, '#new-round']);
        await fill(page, [STAFF, '#id'], ROUND);
        await fill(page, [STAFF, '#title-fi'], 'Heinola 2029');
        await fill(page, [STAFF, '#title-sv'], 'Heinola 2029');
        await fill(page, [STAFF, '#title-en'], 'Heinola 2029');
        await page.select(`${STAFF} >>> #voterMayVoteIn`, 'all');
        await click(page, [STAFF, '#create-submit']);
        await shadowText(page, [STAFF, '#panel-title'], /^Heinola 2029$/);
        for (const [id, kindOfBudget, names, amount] of [
          [AREAS, 'area', ['Asuinalueet', 'Bostadsområden', 'Neighbourhoods'], '150000'],
          [YOUTH, 'theme', ['Nuoret', 'Unga', 'Young people'], '50000'],
        ] as const) {
          await fill(page, [STAFF, '#id'], id);
          await page.select(`${STAFF} >>> #kind`, kindOfBudget);
          await fill(page, [STAFF, '#name-fi'], names[0]);
          await fill(page, [STAFF, '#name-sv'], names[1]);
          await fill(page, [STAFF, '#name-en'], names[2]);
          await fill(page, [STAFF, '#amount'], amount);
          await click(page, [STAFF, '#budget-submit']);
          await shadowText(page, [STAFF, '#tabpanel'], new RegExp(names[0]));
        }

        // 2. Residents propose on the public pages: in Finnish, Swedish and English.
        const benches = await propose('/budjetointi.html', AREAS, `Penkit Kirkkopuistoon (${kind})`, '20000', 'Kirkkopuisto');
        const hall = await propose('/budgetering.html', AREAS, `Ny simhall i centrum (${kind})`, '9000000', 'Torget');
        const ramps = await propose('/budgeting.html', YOUTH, `Skate ramps by the youth centre (${kind})`, '30000', 'Nuorisotalo');

        // The officer opens the round.
        await page.goto(`${server.url}/staff-budjetointi.html`, { waitUntil: 'networkidle0' });
        await click(page, [STAFF, `.round-open[data-round="${ROUND}"]`]);
        await shadowPresent(page, [STAFF, '#tab-proposals']);

        // Review: the benches and the skate ramps are feasible at the city's cost; the
        // swimming hall is rejected with a public reason (first without one: named at its field).
        await click(page, [STAFF, '#tab-proposals']);
        await click(page, [STAFF, `.review-open[data-id="${benches}"]`]);
        await fill(page, [STAFF, '#costEstimate'], '24000');
        await click(page, [STAFF, '#review-submit']);
        await shadowText(page, [STAFF, '#tabpanel'], /24[\s\u00a0]000/);
        await click(page, [STAFF, `.review-open[data-id="${ramps}"]`]);
        await fill(page, [STAFF, '#costEstimate'], '32000');
        await click(page, [STAFF, '#review-submit']);
        await shadowText(page, [STAFF, '#tabpanel'], /32[\s\u00a0]000/);
        await click(page, [STAFF, `.review-open[data-id="${hall}"]`]);
        await click(page, [STAFF, '#decision-rejected']);
        await click(page, [STAFF, '#review-submit']);
        await shadowText(page, [STAFF, '#publicReason-error'], /Kirjoita julkinen perustelu/);
        const reason = 'Uimahallista päätetään kaupungin investointiohjelmassa; se on moninkertaisesti budjettia suurempi.';
        await fill(page, [STAFF, '#publicReason'], reason);
        await click(page, [STAFF, '#review-submit']);
        await shadowText(page, [STAFF, '#tabpanel'], new RegExp(reason.slice(0, 30)));

        // 3. The rules of both budgets, then the vote opens now and the rules freeze.
        await click(page, [STAFF, '#tab-rules']);
        await setRules(AREAS);
        await setRules(YOUTH);
        await click(page, [STAFF, '#tab-overview']);
        await click(page, [STAFF, '#open-voting']);
        await shadowText(page, [STAFF, '.panel .status'], /^äänestys$/);
        const frozen = await fetch(`${server.url}/api/v1/staff/budgeting/rounds/${ROUND}/budgets/${AREAS}/rules`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ ballot: { type: 'approval', minProjects: 1, maxProjects: 1 }, winnerRule: 'greedy', utility: 'cost', completion: 'none', tieBreaking: { order: ['lowest-cost', 'most-votes', 'lot'] }, randomOrder: false }),
        });
        assert.equal(frozen.status, 409, 'a rules change after the vote opened is refused');

        // 4. Voting codes, issued in the console's voting tab.
        await click(page, [STAFF, '#tab-voting']);
        await fill(page, [STAFF, '#count'], '3');
        await click(page, [STAFF, '#codes-submit']);
        await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.codes li').length === 3, { polling: 100, timeout: 30_000 }, STAFF);
        const codes = await page.$$eval(`${STAFF} >>> .codes li`, (items) => items.map((li) => li.textContent!.trim()));

        // The public page shows the rejection's reason by the proposal, in this vote's proposals
        // (under a disclosure; the list on top is back to the demo's round collecting proposals).
        await page.goto(`${server.url}/budjetointi.html`, { waitUntil: 'networkidle0' });
        await shadowPresent(page, [`details ${PROPOSALS}`]);
        await shadowPresent(page, ['kohtaamo-budget-proposals[data-round="proposals"][round="heinola-2028"]']);
        await shadowText(page, ['code [data-round="vote"]'], new RegExp(`^${ROUND}$`));
        await page.click('details > summary');
        await click(page, [PROPOSALS, `#read-${hall}`]);
        await shadowText(page, [PROPOSALS, '.detail'], new RegExp(reason.slice(0, 30)));

        // 5. Ballots with the codes: in Finnish, Swedish and English.
        const receipts = [
          await vote('/budjetointi.html', codes[0]!, benches, { tally: /Valittuna 1 hanke\./, check: /Tarkista/, stored: /vaaliuurnassa/ }),
          await vote('/budgetering.html', codes[1]!, benches, { tally: /Du har valt 1 projekt/, check: /Granska din röst/, stored: /valurnan/ }),
          await vote('/budgeting.html', codes[2]!, benches, { tally: /You have chosen 1 project\./, check: /Check your vote/, stored: /Your vote is in the ballot box/ }),
        ];
        assert.equal(new Set(receipts).size, 3);

        // 6. The officer closes the vote, computes the results and publishes them.
        await page.goto(`${server.url}/staff-budjetointi.html`, { waitUntil: 'networkidle0' });
        await click(page, [STAFF, `.round-open[data-round="${ROUND}"]`]);
        await click(page, [STAFF, '#tab-results']);
        await click(page, [STAFF, '#close-vote']);
        await click(page, [STAFF, '#results-compute']);
        await shadowText(page, [STAFF, '#results-title'], /3/);
        await click(page, [STAFF, '#results-publish']);
        await shadowPresent(page, [STAFF, '#impl-title']);

        // 7. The public page shows the results and explains them; a voter's receipt is verified.
        await page.goto(`${server.url}/budjetointi.html`, { waitUntil: 'networkidle0' });
        const RESULTS = `kohtaamo-budget-results[round="${ROUND}"]`;
        await shadowText(page, [RESULTS, '.subtitle'], /Äänestyksen tulokset/);
        const table = await shadowText(page, [RESULTS, `#b-${AREAS}-title`], /Asuinalueet/).then(() =>
          page.$eval(`${RESULTS} >>> section[part="budget"]`, (s) => s.textContent!.replace(/\s+/g, ' ')),
        );
        assert.match(table, new RegExp(`Penkit Kirkkopuistoon \\(${kind}\\)`));
        assert.match(table, /✓ Valittiin/);
        const facts = await page.$eval(`${RESULTS} >>> section[part="budget"] .facts`, (s) => s.textContent!.replace(/\s+/g, ' '));
        assert.match(facts, /3 äänestäjää, joista tyhjää äänesti 0/);
        const receipt = `kohtaamo-budget-receipt[round="${ROUND}"]`;
        await fill(page, [receipt, 'input'], receipts[1]!);
        await click(page, [receipt, 'button[type="submit"]']);
        await shadowText(page, [receipt, '[part="result"]'], /Äänesi on laskettu mukaan tulokseen/);

        const results = (await (await fetch(`${server.url}/api/v1/budgeting/rounds/${ROUND}/results`)).json()) as { budgets: { budget: string; winners: string[] }[] };
        assert.deepEqual(results.budgets.find((b) => b.budget === AREAS)?.winners, [benches]);
        assert.deepEqual(consoleErrors, []);
      } catch (error) {
        // What the page showed when it failed, for whoever reads the failure.
        await page.screenshot({ path: `${tmpdir()}/kohtaamo-budgeting-round-${kind}.png`, fullPage: true }).catch(() => {});
        throw error;
      }
    });
  });
}
