// The core stays headless: no lit, no DOM globals, and dependencies point elements → core ← server.
// The check compiles packages/core with TypeScript against ES2023 and Node's types only (no DOM
// lib), so `document`, `window`, `customElements`, `HTMLElement` … do not exist there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function diagnosticsFor(files: string[]): readonly ts.Diagnostic[] {
  const configPath = join(root, 'packages/core/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  assert.ok(config, 'packages/core/tsconfig.json is readable');
  assert.ok(!config.options.lib?.some((lib) => /dom/i.test(lib)), 'core compiles without the DOM library');
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program);
}

test('packages/core imports neither lit nor the elements nor the server', () => {
  const offenders = sources(join(root, 'packages/core/src')).flatMap((file) =>
    importsOf(file)
      .filter((spec) => /^(lit|@lit\/|lit-html|lit-element|@kohtaamo\/(elements|server))/.test(spec))
      .map((spec) => `${file}: ${spec}`),
  );
  assert.deepEqual(offenders, []);
});

test('packages/server does not import the elements', () => {
  const offenders = sources(join(root, 'packages/server/src')).flatMap((file) =>
    importsOf(file).filter((spec) => spec.startsWith('@kohtaamo/elements') || spec === 'lit').map((spec) => `${file}: ${spec}`),
  );
  assert.deepEqual(offenders, []);
});

test('packages/core type-checks with no DOM globals', () => {
  const files = sources(join(root, 'packages/core/src'));
  assert.ok(files.length > 5);
  const messages = diagnosticsFor(files).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(messages, []);
});

test('the check would catch a DOM global (a deliberately broken file fails it)', () => {
  const broken = join(root, 'packages/core/src/i18n/locale.ts');
  const host = ts.createCompilerHost({});
  const fixture = join(root, 'packages/core/src/__dom_fixture__.ts');
  const program = ts.createProgram({
    rootNames: [broken, fixture],
    options: { lib: ['lib.es2023.d.ts'], types: ['node'], noEmit: true, strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
    host: {
      ...host,
      fileExists: (f) => f === fixture || host.fileExists(f),
      readFile: (f) => (f === fixture ? 'export const title = document.title + window.name;' : host.readFile(f)),
      getSourceFile: (f, lang, ...rest) =>
        f === fixture ? ts.createSourceFile(f, 'export const title = document.title + window.name;', lang) : host.getSourceFile(f, lang, ...rest),
    },
  });
  const names = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.ok(names.some((m) => m.includes("'document'")), names.join('\n'));
  assert.ok(names.some((m) => m.includes("'window'")), names.join('\n'));
});
