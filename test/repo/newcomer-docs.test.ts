// What a newcomer reads first (issue 8, "Newcomer"): the README's server table is one table that
// names every setting the server reads, the package table names every element, and every command
// a page or the README tells people to type works from a checkout (`npx kohtaamo-server …`: the
// bin is on the PATH only through npx).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');

/** The README section that starts with this heading, up to the next heading of its level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `README has "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end === -1 ? undefined : end);
}

test('the server settings are one table: no blank line between its rows', () => {
  const text = section('Configure the server');
  const rows = text.split('\n').map((line, index) => ({ line, index })).filter(({ line }) => line.startsWith('|'));
  assert.ok(rows.length > 10);
  const lines = text.split('\n');
  for (let i = rows[0]!.index; i <= rows.at(-1)!.index; i++) assert.ok(lines[i]!.startsWith('|'), `line ${i} of the section is not a table row: "${lines[i]}"`);
});

test('every setting the server reads has its row, HOST included, and KOHTAAMO_ORIGINS says what * does', () => {
  const sources = [
    'packages/server/src/config.ts',
    'packages/server/src/platform/platform.config.ts',
    'packages/server/src/platform/auth/auth.config.ts',
    'packages/server/src/feedback/feedback.config.ts',
    'packages/server/src/main.ts',
  ].map(read);
  const names = new Set(sources.flatMap((text) => text.match(/\b(KOHTAAMO_[A-Z0-9_]*[A-Z0-9]|PORT|HOST|DATABASE_URL|SMTP_URL|SMTP_FROM)\b/g) ?? []));
  const table = section('Configure the server');
  const documented = new Set([...table.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]!));
  // Per-scope rate limits are documented in the KOHTAAMO_RATE_LIMIT row (KOHTAAMO_RATE_LIMIT_<SCOPE>).
  const missing = [...names].filter((name) => !documented.has(name) && !/^KOHTAAMO_RATE_LIMIT_/.test(name));
  assert.deepEqual(missing, []);
  assert.ok(documented.has('HOST'));
  const origins = table.split('\n').find((line) => line.startsWith('| `KOHTAAMO_ORIGINS`'))!;
  assert.match(origins, /`\*`/, 'KOHTAAMO_ORIGINS=* is documented');
});

test('the package table names every element', () => {
  const tags = readdirSync(join(root, 'packages/elements/src/define'))
    .filter((file) => /^kohtaamo-.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''));
  assert.ok(tags.length >= 7);
  const row = readme.split('\n').find((line) => line.startsWith('| `@kohtaamo/elements`'))!;
  for (const tag of tags) assert.ok(row.includes(`<${tag}>`), `${tag} in the package table`);
});

test('commands people are told to type start with npx kohtaamo-server', () => {
  const pages = readdirSync(join(root, 'packages/server/demo')).filter((file) => file.endsWith('.html'));
  for (const [name, text] of [...pages.map((file) => [file, read(`packages/server/demo/${file}`)] as const), ['README.md', readme] as const]) {
    for (const match of text.matchAll(/(^|[\s>`(])kohtaamo-server\b/gm)) {
      const before = text.slice(Math.max(0, match.index - 4), match.index + match[1]!.length);
      assert.ok(before.endsWith('npx ') || before.endsWith('npx'), `${name}: "…${text.slice(match.index, match.index + 40)}" without npx`);
    }
  }
});
