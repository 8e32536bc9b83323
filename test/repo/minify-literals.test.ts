// The widget build collapses the whitespace of Lit's html/css templates (scripts/minify-literals.mjs,
// issue 7). What it may change: whitespace, CSS comments and a rule's last semicolon, never a character of markup, a
// selector or a `${}` expression, and never the text of a <textarea> or <pre>.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { minifyCss, minifyLiterals } from '../../scripts/minify-literals.mjs';

const minified = (code: string): string => (minifyLiterals(code) as { code: string } | null)?.code ?? code;

test('html: runs of whitespace become one space, also in templates nested in a ${} expression', () => {
  const out = minified('x = html`\n  <ul>\n    ${items.map((i) => html`<li>\n      ${i}\n    </li>`)}\n  </ul>\n`;');
  assert.equal(out, 'x = html` <ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul> `;');
});

test('html: the text of a <textarea> or <pre> is kept as written, also across a ${} hole', () => {
  const source = 'x = html`<div>\n  <textarea>\n  two  spaces ${v}  kept\n</textarea>\n  <pre>  a\n  b</pre>\n</div>`;';
  assert.equal(minified(source), 'x = html`<div> <textarea>\n  two  spaces ${v}  kept\n</textarea> <pre>  a\n  b</pre> </div>`;');
});

test('html: strings, braces and templates inside a ${} expression are left alone', () => {
  const source = "x = html`<p title=${`a  ${b ? '}' : \"{\"}  c`}>\n  ${'  two  '}\n</p>`;";
  assert.equal(minified(source), "x = html`<p title=${`a  ${b ? '}' : \"{\"}  c`}> ${'  two  '} </p>`;");
});

test('css: comments go and the space beside { } ; , > goes, but a descendant space before a pseudo-class stays', () => {
  assert.equal(minifyCss('\n  a :hover , b > c { color : red ; }\n  /* why */\n  @media (min-width: 40rem) { .x { margin: 0 auto; } }\n'), ' a :hover,b>c{color :red}@media (min-width:40rem){.x{margin:0 auto}}');
});

test('every template of the elements sources changes only in whitespace, CSS comments and a rule\'s last semicolon', () => {
  const root = join(import.meta.dirname, '../../packages/elements/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  let rewritten = 0;
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    const out = minified(source);
    if (out === source) continue;
    rewritten += 1;
    // The one change besides whitespace and comments: a rule's last `;` before its `}`.
    const strip = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replaceAll(';}', '}');
    assert.equal(strip(out), strip(source), `${file}: the minifier changed more than whitespace`);
    assert.ok(out.length < source.length, file);
  }
  assert.ok(rewritten >= 10, `only ${rewritten} files had templates`);
});
