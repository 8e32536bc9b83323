/** The survey demo pages (packages/server/demo/survey*.html): plain HTML as a web editor writes it, one script tag, the seeded round. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_DEMO_DIR } from '../demo/demo.routes.js';
import { DEMO_RESULTS_ROUND, DEMO_SURVEY_ROUND } from './surveys.seed.js';

test('the survey page in fi, sv and en embeds <kohtaamo-survey> with the demo round through kohtaamo.js only', () => {
  for (const [file, lang] of [
    ['survey.html', 'fi'],
    ['survey-sv.html', 'sv'],
    ['survey-en.html', 'en'],
  ] as const) {
    const html = readFileSync(new URL(file, `file://${DEFAULT_DEMO_DIR}`), 'utf8');
    assert.match(html, new RegExp(`<html lang="${lang}">`), file);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="module" src="/widgets/kohtaamo.js">'], `${file}: one script tag, the loader`);
    assert.ok(html.includes(`<kohtaamo-survey api="" round="${DEMO_SURVEY_ROUND}"></kohtaamo-survey>`), file);
    assert.ok(html.includes(`<kohtaamo-survey-results api="" round="${DEMO_RESULTS_ROUND}"></kohtaamo-survey-results>`), `${file}: last year's results`);
    assert.ok(!/style="/.test(html), `${file}: no inline style`);
  }
});

test('the interviewer page in fi, sv and en embeds the same round in interviewer mode and sends the interviewer to sign in on the survey staff page', () => {
  const pages = [
    ['survey-interview.html', 'fi'],
    ['survey-interview-sv.html', 'sv'],
    ['survey-interview-en.html', 'en'],
  ] as const;
  for (const [file, lang] of pages) {
    const html = readFileSync(new URL(file, `file://${DEFAULT_DEMO_DIR}`), 'utf8');
    assert.match(html, new RegExp(`<html lang="${lang}">`), file);
    assert.ok(html.includes(`<kohtaamo-survey api="" round="${DEMO_SURVEY_ROUND}" mode="interviewer"></kohtaamo-survey>`), file);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="module" src="/widgets/kohtaamo.js">'], file);
    // The sign-in with the interviewer's grant is the survey console's, not the feedback inbox's.
    const lead = /<p class="lead">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    assert.match(lead, /<a href="\/staff-survey\.html"/, file);
    assert.ok(!lead.includes('href="/staff.html"'), file);
    // Each names the other two as its language versions; a staff page, not for search engines.
    for (const [other, otherLang] of pages) {
      if (other === file) assert.ok(html.includes(`<a href="/${other}" lang="${otherLang}" aria-current="page">`), `${file}: marks itself current`);
      else assert.ok(html.includes(`<link rel="alternate" hreflang="${otherLang}" href="/${other}">`), `${file} -> ${other}`);
    }
    assert.ok(html.includes('<meta name="robots" content="noindex">'), file);
    assert.ok(!/style="/.test(html), `${file}: no inline style`);
    // A link to a page only in Finnish says so on a Swedish or English page.
    if (lang !== 'fi') assert.ok(!/<a href="\/staff[^"]*\.html">/.test(html), `${file}: links to the Finnish staff pages carry lang="fi"`);
  }
});

test('the staff survey page embeds <kohtaamo-survey-console> through kohtaamo.js (no token in the HTML), linked from staff.html', () => {
  const html = readFileSync(new URL('staff-survey.html', `file://${DEFAULT_DEMO_DIR}`), 'utf8');
  assert.ok(html.includes('<kohtaamo-survey-console api="" answer-page="/survey.html"></kohtaamo-survey-console>'));
  assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="module" src="/widgets/kohtaamo.js">']);
  assert.ok(!/token=/.test(html) && !/style="/.test(html));
  assert.ok(readFileSync(new URL('staff.html', `file://${DEFAULT_DEMO_DIR}`), 'utf8').includes('href="/staff-survey.html"'));
});
