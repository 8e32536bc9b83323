// The survey widget in headless Chromium, beside a baseline measured in the same page and run:
//  1. first render of <kohtaamo-survey> with a 200-question survey (20 pages, 50 show/require
//     conditions): from creating the element to its first page rendered (updateComplete);
//     baseline: Lit alone (from node_modules) rendering 200 plain labelled inputs.
//  2. one answer that 12+ conditions read (a radio clicked on the first page) until the widget
//     has re-evaluated the conditions and rendered again (updateComplete); baseline: the Lit
//     element changing one of its 200 inputs' values.
// The widget is the built bundle (packages/elements/dist/bundles, `KOHTAAMO_BUILD=bundles npx
// rollup -c`) served with a page from a tiny http server on 127.0.0.1; the round is given
// through the element's `surveysApi` property, so no Kohtaamo server runs. Not part of `npm test`.
// Usage: npm run bench:surveys-render   (-- --runs 50, --json)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { checkSurveyDefinition, type SurveyDefinitionInput } from '../packages/core/src/surveys/index.js';
import { mulberry32 } from '../packages/core/src/random/index.js';
import { launchChromium } from '../test/support/browser.js';

const root = resolve(import.meta.dirname, '..');
const BUNDLE = 'packages/elements/dist/bundles/kohtaamo-survey.js';
if (!existsSync(join(root, BUNDLE))) throw new Error(`${BUNDLE} is missing: run KOHTAAMO_BUILD=bundles npx rollup -c`);
const json = process.argv.includes('--json');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

// --- The survey: 200 rating questions on 20 pages, 50 conditions ---------------------------
const t = (text: string) => ({ fi: text, sv: text, en: text });
const QUESTIONS = 200;
const CONDITIONS = 50;
const random = mulberry32(7);
// 12 conditions read q0 (the screening question on the first page), 3 of them on the first
// page itself, so one answer to q0 changes what the page shows; the rest read q1..q19.
const conditional = new Map<number, string>();
for (const i of [3, 5, 7]) conditional.set(i, 'q0');
while (conditional.size < 12) conditional.set(10 + Math.floor(random() * (QUESTIONS - 10)), 'q0');
while (conditional.size < CONDITIONS) {
  const i = 20 + Math.floor(random() * (QUESTIONS - 20));
  if (!conditional.has(i)) conditional.set(i, `q${1 + Math.floor(random() * 19)}`);
}
const pages = Array.from({ length: 20 }, (_, p) => ({
  id: `p${p}`,
  title: t(`Page ${p + 1}`),
  sections: [
    {
      id: `s${p}`,
      questions: Array.from({ length: 10 }, (_, k) => {
        const i = p * 10 + k;
        const read = conditional.get(i);
        const threshold = 1 + Math.floor(random() * 8);
        // Every other condition shows the question, the others require an answer.
        const condition = read === undefined ? {} : i % 2 === 1 ? { visibleIf: `${read} >= ${threshold}` } : { requiredIf: `${read} >= ${threshold} or answered(q${i - 1})` };
        return { id: `q${i}`, type: 'rating' as const, text: t(`Question ${i}`), min: 0, max: 10, minLabel: t('never'), maxLabel: t('always'), ...condition };
      }),
    },
  ],
}));
const input: SurveyDefinitionInput = { format: 'kohtaamo-survey/1', id: 'bench', version: 1, title: t('Bench'), pages };
const checked = checkSurveyDefinition(input);
if (!checked.ok) throw new Error(JSON.stringify(checked.errors.slice(0, 3)));
const conditionCount = pages.flatMap((p) => p.sections[0]!.questions).filter((q) => 'visibleIf' in q || 'requiredIf' in q).length;
const q0Readers = [...conditional.values()].filter((r) => r === 'q0').length;
if (conditionCount !== CONDITIONS) throw new Error(`expected ${CONDITIONS} conditions, got ${conditionCount}`);
const round = {
  id: 'bench-round',
  survey: 'bench',
  version: 1,
  title: t('Bench round'),
  modes: ['web'],
  webLimit: 'many',
  year: 2026,
  status: 'open',
  closesAt: null,
  resultsPublishedAt: null,
};
const paper = { round, definition: checked.definition };

// --- The page ------------------------------------------------------------------------------
const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
};
const pageScript = /* js */ `
import { LitElement, html } from 'lit';
import '/${BUNDLE}';

class BenchPlain extends LitElement {
  static properties = { values: { attribute: false } };
  constructor() { super(); this.values = Array.from({ length: ${QUESTIONS} }, () => ''); }
  render() {
    return html\`<form>\${this.values.map((v, i) => html\`<p><label for="i\${i}">Question \${i}</label> <input id="i\${i}" name="q\${i}" .value=\${v}></p>\`)}</form>\`;
  }
}
customElements.define('bench-plain', BenchPlain);

const rendered = (el) => el.shadowRoot?.querySelector('[part~="page"] input[type="radio"]');
async function firstPage(el) {
  for (let i = 0; i < 100 && !rendered(el); i++) {
    await el.updateComplete;
    if (!rendered(el)) await new Promise((ok) => setTimeout(ok, 0));
  }
  if (!rendered(el)) throw new Error('the survey did not render its first page: ' + el.shadowRoot?.textContent);
}

window.bench = async (paper, runs) => {
  const host = document.getElementById('host');
  const out = { survey_first: [], plain_first: [], survey_answer: [], plain_change: [], shown: [] };
  for (let r = -3; r < runs; r++) {
    // Each run its own round id: no draft of an earlier run is restored.
    const api = { round: async () => ({ ...paper, round: { ...paper.round, id: 'bench-' + (r + 10) } }) };
    let start = performance.now();
    const el = document.createElement('kohtaamo-survey');
    el.setAttribute('lang', 'en');
    el.surveysApi = api;
    el.round = 'bench-' + (r + 10);
    host.append(el);
    await firstPage(el);
    const surveyFirst = performance.now() - start;

    start = performance.now();
    const plain = document.createElement('bench-plain');
    host.append(plain);
    await plain.updateComplete;
    const plainFirst = performance.now() - start;

    // q0 to 9 then to 0: every condition reading q0 flips.
    const answerTimes = [];
    for (const value of [9, 0, 9, 0]) {
      const radio = [...el.shadowRoot.querySelectorAll('input[name="q0"]')].find((i) => i.value === String(value));
      start = performance.now();
      radio.click();
      await el.updateComplete;
      answerTimes.push(performance.now() - start);
      out.shown.push(el.shadowRoot.querySelectorAll('[part~="question"]').length);
    }
    const changeTimes = [];
    for (const value of ['9', '0', '9', '0']) {
      start = performance.now();
      const values = [...plain.values];
      values[0] = value;
      plain.values = values;
      await plain.updateComplete;
      changeTimes.push(performance.now() - start);
    }
    el.remove();
    plain.remove();
    if (r < 0) continue; // warm-up
    out.survey_first.push(surveyFirst);
    out.plain_first.push(plainFirst);
    out.survey_answer.push(...answerTimes);
    out.plain_change.push(...changeTimes);
  }
  return out;
};
window.benchReady = true;
`;
const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>surveys render bench</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">${pageScript}</script></head><body><main id="host"></main></body></html>`;

const types: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
    return;
  }
  const file = normalize(join(root, path));
  const allowed = file.startsWith(join(root, 'packages/elements/dist/bundles')) || file.startsWith(join(root, 'node_modules'));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as AddressInfo).port;

const browser = await launchChromium();
let result: Record<string, number[]>;
let version: string;
try {
  version = await browser.version();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction('window.benchReady === true', { timeout: 30_000 }).catch(() => {
    throw new Error(`the bench page did not start: ${errors.join('; ')}`);
  });
  result = (await page.evaluate((p, n) => (window as unknown as { bench: (p: unknown, n: number) => Promise<Record<string, number[]>> }).bench(p, n), paper, RUNS)) as Record<string, number[]>;
} finally {
  await browser.close();
  server.close();
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const stats = (xs: number[]) => ({ median_ms: quantile(xs, 0.5), p95_ms: quantile(xs, 0.95), samples: xs.length });
const shown = sorted(result.shown!);
const rows = {
  machine: `${version}, node ${process.version}, ${process.arch}`,
  questions: QUESTIONS,
  pages: pages.length,
  conditions: CONDITIONS,
  conditions_reading_the_answer: q0Readers,
  questions_shown_on_first_page: `${shown[0]}–${shown[shown.length - 1]}`,
  first_render: { survey: stats(result.survey_first!), baseline_lit_200_inputs: stats(result.plain_first!) },
  after_one_answer: { survey: stats(result.survey_answer!), baseline_lit_one_input_changed: stats(result.plain_change!) },
};

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const fmt = (s: { median_ms: number; p95_ms: number }) => `median ${s.median_ms.toFixed(2).padStart(7)} ms   p95 ${s.p95_ms.toFixed(2).padStart(7)} ms`;
  console.log(`surveys render bench (${rows.machine}); ${RUNS} runs after 3 warm-ups`);
  console.log(`survey: ${QUESTIONS} rating questions on ${pages.length} pages, ${CONDITIONS} show/require conditions`);
  console.log(`\nfirst render (element created → first page rendered)`);
  console.log(`  baseline: Lit alone, 200 plain inputs        ${fmt(rows.first_render.baseline_lit_200_inputs)}`);
  console.log(`  <kohtaamo-survey>, first page of 10          ${fmt(rows.first_render.survey)}`);
  console.log(`\nafter one answer (click → updateComplete), ${rows.after_one_answer.survey.samples} samples`);
  console.log(`  baseline: Lit, one of 200 inputs changed     ${fmt(rows.after_one_answer.baseline_lit_one_input_changed)}`);
  console.log(`  <kohtaamo-survey>, q0 read by ${q0Readers} conditions   ${fmt(rows.after_one_answer.survey)}  (questions shown: ${rows.questions_shown_on_first_page})`);
}
