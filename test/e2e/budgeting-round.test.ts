// End to end, a whole participatory budgeting round as the city and its residents would run it
// (issue 9's "Done when"), in Chromium on the demo pages from the built bundles, against the real
// server: residents propose on the public pages (fi and sv), an officer signs in to the staff page
// and reviews the proposals in <kohtaamo-budget-console> (feasible with the city's cost; one
// rejected with a public reason, which the public page then shows), sets the rules of each
// budget, opens the vote (the rules freeze) and issues voting codes; residents vote with those
// codes on the fi, sv and en pages; the officer closes the vote, computes and publishes the
// results; the public page shows the winners and why each project won or lost, and a voter's
// receipt is verified as counted. The demo's round collecting proposals ("heinola-2028") is the
// one walked; the public pages embed the current vote's round ("heinola-2027") in the ballot,
// receipt and results, so the test points those three widgets at heinola-2028 by their `round`
// attribute, as the city's page would when the next vote opens. The API is used only to read
// ids and to check what the widgets said. Once on SQLite and once on PostgreSQL (skipped with a
// notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const ROUND = 'heinola-2028';
const AREAS = `${ROUND}-alueet`;
const YOUTH = `${ROUND}-nuoret`;
const SEEDED = 'pdemo0002801'; // the demo's proposal for the youth budget, not yet reviewed
const RECEIPT_CODE = /([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]/;
const STAFF = 'kohtaamo-budget-console[lang="fi"]';
const PROPOSALS = `kohtaamo-budget-proposals[round="${ROUND}"]`;

/** Waits until the text of the element at `path` (each step inside the previous one's shadow root) matches; returns it. */
async function shadowText(page: Page, path: string[], pattern: RegExp): Promise<string> {
  try {
    return await waitText(page, path, pattern);
  } catch (error) {
    // Say what was there instead, so a failure explains itself.
    const seen = await waitText(page, path, /[\s\S]*/, 1_000).catch(() => '(absent)');
    throw new Error(`${path.join(' >>> ')}: ${pattern} not found in "${seen.slice(0, 2000)}"`, { cause: error });
  }
}

async function waitText(page: Page, path: string[], pattern: RegExp, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (steps, source) => {
      let root: Document | ShadowRoot | null = document;
      let node: Element | null = null;
      for (const step of steps) {
        node = root?.querySelector(step) ?? null;
        root = node?.shadowRoot ?? null;
      }
      const text = node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      // An object, so that an empty text still counts as found.
      return node && new RegExp(source).test(text) ? { text } : false;
    },
    { polling: 100, timeout },
    path,
    pattern.source,
  );
  return ((await handle.jsonValue()) as { text: string }).text;
}

/** Waits until the element at `path` exists (polled: `>>>` waits do not always see what a shadow root renders later). */
async function present(page: Page, path: string[]): Promise<void> {
  await waitText(page, path, /[\s\S]*/);
}

/** Waits for the element at `path`, then clicks it as a mouse would. */
async function click(page: Page, path: string[]): Promise<void> {
  await present(page, path);
  await page.click(path.join(' >>> '));
}

/** Types into the (emptied) field at `path`. */
async function fill(page: Page, path: string[], value: string): Promise<void> {
  await present(page, path);
  const selector = path.join(' >>> ');
  await page.click(selector, { count: 3 });
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).select?.();
  });
  await page.keyboard.press('Backspace');
  await page.type(selector, value);
}

/** Points the page's ballot, receipt and results at the round being walked (see the top of the file). */
async function showRound(page: Page): Promise<void> {
  await page.evaluate((round) => {
    for (const el of document.querySelectorAll('kohtaamo-budget-ballot, kohtaamo-budget-receipt, kohtaamo-budget-results')) el.setAttribute('round', round);
  }, ROUND);
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
    async function propose(pagePath: string, title: string, cost: string, address: string): Promise<string> {
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle0' });
      await click(page, [PROPOSALS, '#open-form']);
      await present(page, [PROPOSALS, '#budget']);
      await page.select(`${PROPOSALS} >>> #budget`, AREAS);
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
      await present(page, [STAFF, '#rules-budget']);
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
      const BALLOT = 'kohtaamo-budget-ballot';
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle0' });
      await showRound(page);
      // The round's voters may vote in every budget: they choose one at a time; the areas first.
      await present(page, [BALLOT, `input[name="budget"][value="${AREAS}"]`]);
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
        // 1. Residents propose in the proposal phase: one on the Finnish page, one on the Swedish.
        const benches = await propose('/budjetointi.html', `Penkit Kirkkopuistoon (${kind})`, '20000', 'Kirkkopuisto');
        const hall = await propose('/budgetering.html', `Ny simhall i centrum (${kind})`, '9000000', 'Torget');

        // 2. The officer signs in on the staff page and opens the round.
        await page.goto(`${server.url}/staff-budjetointi.html`, { waitUntil: 'networkidle0' });
        await fill(page, [STAFF, '#token'], token);
        await page.keyboard.press('Enter');
        await click(page, [STAFF, `.round-open[data-round="${ROUND}"]`]);
        await present(page, [STAFF, '#tab-proposals']);

        // Review: the benches and the demo's skate ramps are feasible at the city's cost; the
        // swimming hall is rejected with a public reason (first without one: named at its field).
        await click(page, [STAFF, '#tab-proposals']);
        await click(page, [STAFF, `.review-open[data-id="${benches}"]`]);
        await fill(page, [STAFF, '#costEstimate'], '24000');
        await click(page, [STAFF, '#review-submit']);
        await shadowText(page, [STAFF, '#tabpanel'], /24[\s\u00a0]000/);
        await click(page, [STAFF, `.review-open[data-id="${SEEDED}"]`]);
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

        // The public page shows the rejection's reason by the proposal.
        await page.goto(`${server.url}/budjetointi.html`, { waitUntil: 'networkidle0' });
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
        await present(page, [STAFF, '#impl-title']);

        // 7. The public page shows the results and explains them; a voter's receipt is verified.
        await page.goto(`${server.url}/budjetointi.html`, { waitUntil: 'networkidle0' });
        await showRound(page);
        const RESULTS = 'kohtaamo-budget-results';
        await shadowText(page, [RESULTS, '.subtitle'], /Äänestyksen tulokset/);
        const table = await shadowText(page, [RESULTS, `#b-${AREAS}-title`], /Asuinalueet/).then(() =>
          page.$eval(`${RESULTS} >>> section[part="budget"]`, (s) => s.textContent!.replace(/\s+/g, ' ')),
        );
        assert.match(table, new RegExp(`Penkit Kirkkopuistoon \\(${kind}\\)`));
        assert.match(table, /✓ Valittiin/);
        const facts = await page.$eval(`${RESULTS} >>> section[part="budget"] .facts`, (s) => s.textContent!.replace(/\s+/g, ' '));
        assert.match(facts, /3 äänestäjää, joista tyhjää äänesti 0/);
        const receipt = 'kohtaamo-budget-receipt';
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
