// What the widgets' shared floor holds, read from the bundles `npm run build` wrote (issue 7,
// docs/adr/0065, 0082): entries that other widgets never import, and one copy of ky without the
// progress streams the API client never asks for, lazy: no widget's cold page loads it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { MANIFEST, measure } from '../../scripts/bundle-sizes.mjs';

type Files = Record<string, { entry: boolean; imports: string[]; dynamicImports: string[] }>;
const dir = join(import.meta.dirname, '../../packages/elements/dist/bundles');
const defineDir = join(import.meta.dirname, '../../packages/elements/src/define');
const files = (): Files => JSON.parse(readFileSync(join(dir, MANIFEST as string), 'utf8')) as Files;
const code = (name: string): string => readFileSync(join(dir, name), 'utf8');

/** Every file `from` may load, statically or (with `lazy`) later, itself included, but not through another entry. */
function reach(all: Files, from: string, lazy = true): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name) || (name !== from && all[name]?.entry)) continue;
    seen.add(name);
    queue.push(...(all[name]?.imports ?? []), ...(lazy ? (all[name]?.dynamicImports ?? []) : []));
  }
  return seen;
}

/** Whether a widget's define file imports another's on purpose (a widget that always shows another). */
const definesToo = (entry: string, other: string): boolean =>
  readFileSync(join(defineDir, entry.replace(/\.js$/, '.ts')), 'utf8').includes(`import './${other}';`);

/**
 * Whether a lazy part of a widget defines another widget on purpose when a person opens it (the
 * space finder's calendar part shows the booking calendar): one of the chunk's sources imports
 * that widget's define file. Its cold page still defines no other widget.
 */
const lazyPartDefines = (chunk: string, other: string): boolean =>
  (JSON.parse(readFileSync(join(dir, `${chunk}.map`), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] }).sourcesContent?.some((text) =>
    text?.includes(`define/${other}';`),
  ) ?? false;

test("an entry is imported statically only by its own widget's files: a page showing one widget defines no other", () => {
  const all = files();
  const entries = Object.keys(all).filter((name) => all[name]!.entry);
  const reached = new Map(entries.map((e) => [e, reach(all, e)]));
  const cold = new Map(entries.map((e) => [e, reach(all, e, false)]));
  let imported = 0;
  for (const [name, file] of Object.entries(all)) {
    for (const target of file.imports) {
      if (!all[target]?.entry) continue;
      imported += 1;
      const others = entries.filter((e) => e !== target && reached.get(e)!.has(name) && !definesToo(e, target) && !(cold.get(e)!.has(name) === false && lazyPartDefines(name, target)));
      assert.deepEqual(others, [], `${name} imports the entry ${target} and is loaded by ${others.join(', ')}`);
    }
  }
  // With preserveEntrySignatures 'allow-extension', a widget's lazy parts import what they share
  // with its first view from its entry instead of from a chunk of their own.
  assert.ok(imported > 0, 'some lazy part imports its own entry (else this test proves nothing)');
});

test('one copy of ky, without its progress streams, a lazy chunk of every widget that calls the server and in no cold page', () => {
  const all = files();
  const withKy = Object.keys(all).filter((name) => code(name).includes('The `onDownloadProgress` option must be a function'));
  assert.equal(withKy.length, 1, withKy.join(', '));
  const ky = withKy[0]!;
  assert.ok(!code(ky).includes('TransformStream'), 'ky progress streams (utils/body.js) are in the bundles');
  assert.ok(code(ky).includes('Kohtaamo bundles leave out ky progress streams'));
  // Reads go through the client's own fetch loop; ky is imported at the first write (docs/adr/0082).
  const figures = measure(all, (name: string) => readFileSync(join(dir, name))) as { widgets: { widget: string; files: Set<string>; lazyFiles: string[] }[] };
  const client = Object.keys(all).filter((name) => code(name).includes('The API client could not load its write path'));
  assert.equal(client.length, 1, `one API client: ${client.join(', ')}`);
  let calling = 0;
  for (const w of figures.widgets) {
    assert.ok(!w.files.has(ky), `${w.widget} loads ky on its cold page`);
    if (!w.files.has(client[0]!) && !w.lazyFiles.includes(client[0]!)) continue;
    calling += 1;
    assert.ok(w.lazyFiles.includes(ky), `${w.widget} calls the server but cannot reach ky for a write`);
  }
  assert.ok(calling >= 19, `the widgets that call the server (${calling})`);
});

test("no widget file carries Lit's decorators: reactive properties are declared in static properties (docs/adr/0094)", () => {
  const names = Object.keys(files());
  // Lit's core, which `static properties` needs, is in the bundles (else this test proves nothing).
  assert.ok(names.some((name) => code(name).includes('createProperty')), 'no file has ReactiveElement.createProperty');
  // lit/decorators.js: the property decorator's standard-decorator branch throws this message.
  const withDecorators = names.filter((name) => code(name).includes('Unsupported decorator location'));
  assert.deepEqual(withDecorators, [], `Lit's decorators are in ${withDecorators.join(', ')}`);
});
