// Imports run from domains to the platform, never back, and no domain imports another
// (DESIGN.md, "A domain is a module"; docs/adding-a-domain.md). The server's composition root
// (src/modules.ts) and its test support are the only places that name the domains.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

/** The domain folders, in every package; `signals` is the city-wide view that reads the others' figures. */
const DOMAINS = ['feedback', 'budgeting', 'surveys', 'volunteering', 'booking'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.tsx?$/.test(path) && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
function relativeImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(importPattern)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(root, resolve(dirname(file), spec)));
}

/** The domain a path (relative to the repository) belongs to, or null for platform code. */
function domainOf(path: string, srcRoot: string): string | null {
  const rest = relative(srcRoot, join(root, path)).split('/');
  return DOMAINS.includes(rest[0]!) ? rest[0]! : null;
}

for (const pkg of ['core', 'elements', 'server']) {
  const srcRoot = join(root, 'packages', pkg, 'src');
  // Places allowed to know every domain: the server's registry and test support, the
  // elements' define folder (the loader's list of tags), and the core's and elements' index.
  const composition = (file: string) => {
    const rel = relative(srcRoot, file);
    return (
      rel === 'modules.ts' ||
      rel === 'index.ts' ||
      rel.startsWith('testing/') ||
      rel.startsWith('define/') ||
      rel.endsWith('.test.ts') && !DOMAINS.includes(rel.split('/')[0]!)
    );
  };

  test(`${pkg}: platform code imports no domain, and no domain imports another`, () => {
    const wrong: string[] = [];
    for (const file of sources(srcRoot)) {
      if (composition(file)) continue;
      const own = domainOf(relative(root, file), srcRoot);
      for (const target of relativeImports(file)) {
        const theirs = domainOf(target, srcRoot);
        if (theirs !== null && theirs !== own) wrong.push(`${relative(root, file)} → ${target}`);
      }
    }
    assert.deepEqual(wrong, [], 'imports that cross from the platform into a domain, or between domains');
  });
}

test('server: the platform folders and central files exist and name no domain table or route', () => {
  const central = ['app.ts', 'main.ts', 'admin.ts', 'http/problem.ts', 'db/database.types.ts', 'openapi/openapi.document.ts', 'platform/migrate.ts'];
  for (const file of central) {
    const text = readFileSync(join(root, 'packages/server/src', file), 'utf8');
    for (const domain of DOMAINS) {
      assert.ok(!new RegExp(`['"\`/]${domain}[_/'"\`]`).test(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')), `${file} names ${domain}`);
    }
  }
});
