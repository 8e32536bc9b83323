// Builds of Kohtaamo (rollup 4, transpiled by esbuild; TypeScript only type-checks, see docs/adr).
//  1. @kohtaamo/core    → packages/core/dist      ESM, one file per module (tree-shakable)
//  2. @kohtaamo/elements → packages/elements/dist ESM, one file per module; only define/* has side effects
//  3. widget bundles    → packages/elements/dist/bundles/<tag>.js, and kohtaamo.js with every widget:
//     single-file, minified, self-registering, everything inlined: one <script type="module"> and done.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const tsconfig = 'tsconfig.base.json';
const external = (deps) => (id) => id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** The entry points of the library builds: every index.ts and define/*.ts. */
const coreEntries = {
  index: 'packages/core/src/index.ts',
  'http/index': 'packages/core/src/http/index.ts',
  'i18n/index': 'packages/core/src/i18n/index.ts',
  'feedback/index': 'packages/core/src/feedback/index.ts',
  'staff/index': 'packages/core/src/staff/index.ts',
  'signals/index': 'packages/core/src/signals/index.ts',
  'feedback/open311/index': 'packages/core/src/feedback/open311/index.ts',
  'budgeting/index': 'packages/core/src/budgeting/index.ts',
  // The kohtaamo-tally CLI, for the package installed without tsx (packages/core/bin).
  'budgeting/tally.cli': 'packages/core/src/budgeting/tally.cli.ts',
  'surveys/index': 'packages/core/src/surveys/index.ts',
};

const defineDir = 'packages/elements/src/define';
/** Each define file is one widget bundle; define/all.ts becomes kohtaamo.js. */
export function widgetEntries() {
  return readdirSync(defineDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ input: join(defineDir, f), name: f === 'all.ts' ? 'kohtaamo' : basename(f, '.ts') }));
}

/** The plugins of a minified browser bundle: shared with bench/ so it measures what ships. */
export function bundlePlugins() {
  return [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'module', 'import', 'default'] }),
    esbuild({ tsconfig, target: 'es2022', minify: false }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

const library = (input, dir, deps, preserveModulesRoot) => ({
  input,
  external: external(deps),
  plugins: [nodeResolve({ exportConditions: ['source', 'module', 'import', 'default'] }), esbuild({ tsconfig, target: 'es2022' })],
  output: { dir, format: 'es', preserveModules: true, preserveModulesRoot, sourcemap: true, entryFileNames: '[name].js' },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
    warn(warning);
  },
});

export default [
  library(coreEntries, 'packages/core/dist', ['valibot', 'nanostores', 'ky'], 'packages/core/src'),
  library(
    ['packages/elements/src/index.ts', ...widgetEntries().map((e) => e.input)],
    'packages/elements/dist',
    ['lit', '@lit/task', '@kohtaamo/core', 'nanostores', 'valibot', 'ky'],
    'packages/elements/src',
  ),
  ...widgetEntries().map(({ input, name }) => ({
    input,
    plugins: bundlePlugins(),
    output: { file: `packages/elements/dist/bundles/${name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
  })),
];
