// Builds of Kohtaamo (rollup 4, transpiled by esbuild; TypeScript only type-checks, see docs/adr).
//  1. @kohtaamo/core     → packages/core/dist      ESM, one file per module (tree-shakable)
//  2. @kohtaamo/elements → packages/elements/dist  ESM, one file per module; only define/* has side
//     effects; Lit, Leaflet, core and their dependencies stay external (the app's bundler decides)
//  3. widget bundles     → packages/elements/dist/bundles/, served at /widgets/ (docs/adr/0012):
//     - kohtaamo-<domain>-<thing>.js  one entry per define/*.ts file, stable names;
//     - chunks/<hash>.js              what the entries share (Lit, core, theme, texts), and the
//                                     lazy parts: Leaflet + its CSS, the Open311 adapter, the
//                                     Swedish and English texts; content-hashed, cached forever;
//     - kohtaamo.js                   the loader: imports a widget's entry when its tag appears.
//     Lit and Leaflet put their HTML through the `kohtaamo` Trusted Types policy (trustedTypes()),
//     and the whitespace of Lit's html/css templates is collapsed (scripts/minify-literals.mjs).
// `npm start` builds only when a source changed since the last build (scripts/build-if-stale.mjs).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { bundleInputsFingerprint, STAMP } from './scripts/build-fingerprint.mjs';
import { manifestPlugin, MANIFEST } from './scripts/bundle-sizes.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { pureSchemasPlugin } from './scripts/pure-schemas.mjs';
import { realSourcePath, widgetCopiesPlugin } from './scripts/widget-copies.mjs';
import { smallCopiesPlugin } from './scripts/small-copies.mjs';

const tsconfig = 'tsconfig.base.json';
const external = (deps) => (id) => id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** The entry points of the library builds: every index.ts and define/*.ts. */
const coreEntries = {
  index: 'packages/core/src/index.ts',
  'http/index': 'packages/core/src/http/index.ts',
  'http/writes': 'packages/core/src/http/writes.ts',
  'forms/index': 'packages/core/src/forms/index.ts',
  'i18n/index': 'packages/core/src/i18n/index.ts',
  'feedback/index': 'packages/core/src/feedback/index.ts',
  'staff/index': 'packages/core/src/staff/index.ts',
  'signals/index': 'packages/core/src/signals/index.ts',
  'feedback/open311/index': 'packages/core/src/feedback/open311/index.ts',
  'budgeting/index': 'packages/core/src/budgeting/index.ts',
  // The kohtaamo-tally CLI, for the package installed without tsx (packages/core/bin).
  'budgeting/tally.cli': 'packages/core/src/budgeting/tally.cli.ts',
  'surveys/index': 'packages/core/src/surveys/index.ts',
  'volunteering/index': 'packages/core/src/volunteering/index.ts',
  'booking/index': 'packages/core/src/booking/index.ts',
  'booking/series': 'packages/core/src/booking/series.ts',
};

const defineDir = 'packages/elements/src/define';
export const BUNDLES_DIR = 'packages/elements/dist/bundles';
export const LOADER = 'packages/elements/src/loader/kohtaamo.ts';

/** Each define/kohtaamo-*.ts file is one widget entry, named after its tag. */
export function widgetEntries() {
  return readdirSync(defineDir)
    .filter((f) => f.startsWith('kohtaamo-') && f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => ({ input: join(defineDir, f), name: basename(f, '.ts') }));
}

const POLICY_MODULE = resolve('packages/elements/src/trusted-types/policy.ts');
const LEAFLET_POLICY_MODULE = resolve('packages/elements/src/trusted-types/leaflet-html.ts');

/**
 * Trusted Types for the bundles (docs/adr/0012): lit-html creates its own policy (`lit-html`)
 * for its template HTML; here it uses Kohtaamo's `kohtaamo` policy instead, so a site allows one
 * name. Leaflet tests SVG support with `innerHTML = '<svg/>'` when its module loads, which a
 * page requiring Trusted Types refuses (and with it the whole module): the test becomes
 * `createElementNS`, and its other `innerHTML` assignments (zoom buttons, attribution, pin,
 * tooltips) go through `leafletHTML()`, which lets only plain markup through the policy.
 * The build fails when either library no longer has the code this rewrites.
 */
export function trustedTypes() {
  const importPolicy = (names, from = POLICY_MODULE) => `import { ${names} } from ${JSON.stringify(from)};\n`;
  return {
    name: 'kohtaamo-trusted-types',
    transform(code, id) {
      if (/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) {
        const pattern = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;
        if (!pattern.test(code)) this.error('lit-html no longer creates its "lit-html" policy as expected: update trustedTypes() in rollup.config.js');
        return { code: importPolicy('kohtaamoPolicy as __kohtaamoPolicy') + code.replace(pattern, '__kohtaamoPolicy()'), map: null };
      }
      if (/[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) {
        const test = "div.innerHTML = '<svg/>';";
        if (!code.includes(test)) this.error('Leaflet no longer has its inline SVG test: update trustedTypes() in rollup.config.js');
        let out = code.replace(test, "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));");
        out = out.replace(/^(\s*)([\w$.]+)\.innerHTML = (.+);$/gm, '$1$2.innerHTML = __kohtaamoLeafletHTML($3);');
        const left = out.split('\n').filter((line) => /\.innerHTML\s*=/.test(line) && !line.includes('__kohtaamoLeafletHTML(') && !/^\s*(\*|\/\/)/.test(line));
        if (left.length > 0) this.error(`Leaflet assigns innerHTML where trustedTypes() does not rewrite it:\n${left.join('\n')}`);
        return { code: importPolicy('leafletHTML as __kohtaamoLeafletHTML', LEAFLET_POLICY_MODULE) + out, map: null };
      }
      return null;
    },
  };
}

const KY_BODY = /[\\/]node_modules[\\/]ky[\\/]distribution[\\/]utils[\\/]body\.js$/;
const KY_CORE = /[\\/]node_modules[\\/]ky[\\/]distribution[\\/]core[\\/]Ky\.js$/;

/**
 * ky without its progress streams, in the bundles only (issue 7, docs/adr/0065): ky reaches
 * `utils/body.js` (request and response streams that count bytes) only for the `onUploadProgress`
 * and `onDownloadProgress` options, which the API client's write path (core/src/http/writes.ts,
 * a lazy chunk since docs/adr/0082) never passes. The bundles get two functions that throw instead. The build
 * fails when Ky.js imports anything else from body.js, or calls the streams on another path.
 */
export function kyWithoutProgress() {
  return {
    name: 'kohtaamo-ky-without-progress',
    transform(code, id) {
      if (!KY_CORE.test(id)) return null;
      const imports = code.match(/^import .* from '\.\.\/utils\/body\.js';$/gm) ?? [];
      if (imports.join('\n') !== "import { streamRequest, streamResponse } from '../utils/body.js';") this.error(`ky's Ky.js imports from utils/body.js other than the progress streams (${imports.join(' ')}): update kyWithoutProgress() in rollup.config.js`);
      const calls = code.match(/\bstream(Request|Response)\(/g) ?? [];
      const guarded = code.match(/return streamResponse\(progressResponse, ky\.#options\.onDownloadProgress\)|return streamRequest\(request, this\.#options\.onUploadProgress,/g) ?? [];
      if (calls.length !== 2 || guarded.length !== 2) this.error('ky calls its progress streams where kyWithoutProgress() does not expect it: update it in rollup.config.js');
      return null;
    },
    load(id) {
      if (!KY_BODY.test(id)) return null;
      const refuse = "() => { throw new Error('Kohtaamo bundles leave out ky progress streams (rollup.config.js)'); }";
      return { code: `export const streamRequest = ${refuse};\nexport const streamResponse = ${refuse};\n`, map: null };
    },
  };
}

/** The plugins of a minified browser bundle: shared with bench/ so it measures what ships. */
export function bundlePlugins() {
  return [
    replace({
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        __KOHTAAMO_WIDGETS__: JSON.stringify(widgetEntries().map((e) => e.name)),
      },
    }),
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'module', 'import', 'default'] }),
    trustedTypes(),
    kyWithoutProgress(),
    esbuild({ tsconfig, target: 'es2022', minify: false }),
    pureSchemasPlugin(),
    minifyLiteralsPlugin(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/**
 * Writes `<file>.gz` (level 9) and `<file>.br` (quality 11) beside every JavaScript file, which
 * the server sends to browsers that take them (static-files.ts); and, for the widget build,
 * deletes what an earlier build left in the folder (old hashed chunks).
 */
function precompress({ prune = false } = {}) {
  return {
    name: 'kohtaamo-precompress',
    writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file);
      const written = new Set(Object.keys(bundle));
      for (const fileName of written) {
        if (!fileName.endsWith('.js')) continue;
        const code = readFileSync(join(dir, fileName));
        writeFileSync(join(dir, `${fileName}.gz`), gzipSync(code, { level: 9 }));
        writeFileSync(join(dir, `${fileName}.br`), brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      if (!prune) return;
      const keep = (name) => written.has(name.replace(/\.(gz|br)$/, '')) || name.startsWith('kohtaamo.js') || name === MANIFEST || name.startsWith('.');
      const walk = (sub) => {
        for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
          const name = sub ? `${sub}/${entry.name}` : entry.name;
          if (entry.isDirectory()) walk(name);
          else if (!keep(name)) rmSync(join(dir, name));
        }
      };
      if (existsSync(dir)) walk('');
    },
  };
}

/** Records what the bundles were built from, so `npm start` can skip an unneeded build. */
function stamp() {
  return {
    name: 'kohtaamo-build-stamp',
    writeBundle() {
      writeFileSync(STAMP, `${bundleInputsFingerprint(process.cwd())}\n`);
    },
  };
}

/**
 * Reading a property has no side effects in this code base: a schema spread from another
 * (`...CategoryExtrasSchema.entries`) then no longer keeps every schema module, and all of
 * valibot, in each widget that imports one constant from it.
 */
export const TREESHAKE = {
  propertyReadSideEffects: false,
  // Core declares `"sideEffects": false`, which rollup honours only for imports by package name,
  // not for core's own relative imports; say it for every core module (a widget's copy too).
  moduleSideEffects: (id, external) => external || !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id),
};

/**
 * An experiment, off by default (docs/adr/0061): `KOHTAAMO_COPY=widget` builds each widget over a
 * shared floor with its own copy of everything else. Measured 2026-12-02 on one tree: every widget
 * 1.5-4 KB lighter, but a page with all of a domain's widgets 30 KB heavier (feedback 69.5 -> 99.5 KB).
 */
const COPIES = process.env.KOHTAAMO_COPY === 'widget';

/**
 * The floor (scripts/widget-copies.mjs, docs/adr/0061): what every widget's first render needs, one
 * file shared by every widget of a page: Lit, the API client's reads (with the valibot functions
 * its problem documents need; ky, for writes, stays lazy since docs/adr/0082), the texts' plumbing and common texts, the theme, the Trusted Types
 * policy and the loading of lazy parts. Every other module is each widget's own copy, tree-shaken
 * for that widget alone, except Leaflet, which two map widgets of one page must load once.
 */
export const FLOOR = [
  /[\\/]node_modules[\\/]lit[\\/](index|decorators)\.js$/,
  /[\\/]node_modules[\\/]lit[\\/]decorators[\\/][\w-]+\.js$/,
  /[\\/]node_modules[\\/]lit-html[\\/](lit-html|is-server)\.js$/,
  /[\\/]node_modules[\\/]lit-element[\\/]lit-element\.js$/,
  /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]/,
  /[\\/]node_modules[\\/]valibot[\\/]dist[\\/]index\.mjs$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]http[\\/](http|errors|attempts|problem\.schema)\.ts$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]i18n[\\/](lazy-catalogs|locale|translate|common\.messages\.(fi|lazy))\.ts$/,
  /[\\/]packages[\\/]elements[\\/]src[\\/](i18n[\\/][\w-]+|styles[\\/]theme\.styles|trusted-types[\\/]policy|state[\\/]lazy-module)\.ts$/,
];
/** The floor's second file, which widgets that draw without the server (the maps) do not load. */
const API_FLOOR = [/[\\/]node_modules[\\/](ky|valibot)[\\/]/, /[\\/]packages[\\/]core[\\/]src[\\/]http[\\/]/];
/** The floor's two files (and the common texts' other languages, which are lazy). */
function floorChunks(id) {
  if (/common\.messages\.(sv|en)\.ts$/.test(id)) return `common.messages.${id.slice(-5, -3)}`;
  if (!FLOOR.some((re) => re.test(id))) return undefined;
  return API_FLOOR.some((re) => re.test(id)) ? 'floor-api' : 'floor';
}
/**
 * An experiment, off by default (docs/adr/0079): `KOHTAAMO_FLOOR=one` builds the FLOOR on purpose as
 * ONE shared file (Lit, the theme, the texts' plumbing, ky, valibot, the API client), `two` as two
 * (the API part apart, as floorChunks). Only the modules listed go in (`onlyExplicitManualChunks`):
 * without it rollup adds a manual chunk's static dependencies to it, and locale-controller.ts imports
 * core's index, whose static graph holds every domain and catalog (a 120 KB floor). Measured
 * 2026-12-03 over main fa79ec7: one file, the 19 widgets that call the server 81-671 B lighter and
 * every domain 721-1,085 B, but the four that do not (the maps, the receipt, the talkoot proposal
 * form) 8.1-8.3 KB heavier; two files, 12 widgets lighter and 11 heavier. Not adopted.
 */
const FLOOR_LAYOUT = process.env.KOHTAAMO_FLOOR;
function deliberateFloor(id) {
  if (!FLOOR.some((re) => re.test(id)) || /common\.messages\.(sv|en)\.ts$/.test(id)) return undefined;
  return FLOOR_LAYOUT === 'two' && API_FLOOR.some((re) => re.test(id)) ? 'floor-api' : 'floor';
}
/**
 * The API client's reads and valibot, always one file (docs/adr/0108). Rollup groups modules by the
 * widgets and parts that reach them; when one widget reads without valibot (the survey's paper) but
 * still with the client, the two split into two files and every other widget paid ~180 gzipped
 * bytes for the second file. Named, they stay one file for every widget that needs either, and a
 * widget that needs neither on its first view (the survey) loads it with its lazy parts.
 */
const API_CHUNK = [/[\\/]node_modules[\\/]valibot[\\/]dist[\\/]index\.mjs$/, /[\\/]packages[\\/]core[\\/]src[\\/]http[\\/](http|errors|attempts|problem\.schema)\.ts$/];
const apiChunk = (id) => (API_CHUNK.some((re) => re.test(id)) ? 'api' : undefined);
/** Shared but not in the floor: lazy, and loaded once however many widgets of a page use it. */
export const SHARED_LAZY = [/[\\/]node_modules[\\/]leaflet[\\/]/, /[\\/]packages[\\/]core[\\/]src[\\/]i18n[\\/]common\.messages\.(sv|en)\.ts$/];

/** The widget build: an entry per widget over shared, content-hashed chunks. */
export function widgetsBuild(dir = BUNDLES_DIR) {
  const entries = widgetEntries();
  return {
    input: Object.fromEntries(entries.map(({ input, name }) => [name, input])),
    plugins: [...(COPIES ? [widgetCopiesPlugin({ shared: [...FLOOR, ...SHARED_LAZY].filter((re) => !re.test('/node_modules/valibot/dist/index.mjs')), entries })] : []), smallCopiesPlugin(), ...bundlePlugins(), manifestPlugin(), precompress({ prune: true })],
    treeshake: TREESHAKE,
    // An entry may hold what its widget shares with its own lazy parts, and export it to them,
    // instead of a facade over a chunk of their own: one file fewer (docs/adr/0065). No entry is
    // imported by another widget's files but one that defines it too (test/repo/bundle-floor.test.ts).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir,
      format: 'es',
      // Maps written, not named in the files: the server sends a `SourceMap` header instead
      // (demo.routes.ts), which saves ~40 gzipped bytes per file a widget loads.
      sourcemap: 'hidden',
      entryFileNames: '[name].js',
      // A chunk is named by its hash alone (docs/adr/0079): every import of it names it, so a
      // module's name in each path cost every widget 51-369 gzipped bytes. What a chunk holds:
      // bundles.manifest.json (imports) and its source map (its modules).
      chunkFileNames: 'chunks/[hash].js',
      sourcemapPathTransform: realSourcePath,
      manualChunks: COPIES ? floorChunks : FLOOR_LAYOUT ? deliberateFloor : apiChunk,
      // Only the modules named (the floor's, or the API chunk's), not what they import: the client's
      // errors re-export retry.ts, which the forms' stores read without the client.
      ...(!COPIES ? { onlyExplicitManualChunks: true } : {}),
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/** The loader: one small file, no shared chunks (it must stay under 2 KB gzipped). */
export function loaderBuild(dir = BUNDLES_DIR) {
  return {
    input: LOADER,
    plugins: [...bundlePlugins(), precompress(), stamp()],
    treeshake: TREESHAKE,
    output: { file: join(dir, 'kohtaamo.js'), format: 'es', sourcemap: 'hidden' },
  };
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

// `npm start` builds only the bundles (KOHTAAMO_BUILD=bundles, scripts/build-if-stale.mjs).
export default process.env.KOHTAAMO_BUILD === 'bundles' ? [widgetsBuild(), loaderBuild()] : [
  library(coreEntries, 'packages/core/dist', ['valibot', 'nanostores', 'ky', 'rrule'], 'packages/core/src'),
  library(
    ['packages/elements/src/index.ts', join(defineDir, 'all.ts'), ...widgetEntries().map((e) => e.input)],
    'packages/elements/dist',
    ['lit', '@lit/task', '@kohtaamo/core', 'nanostores', 'valibot', 'ky', 'leaflet'],
    'packages/elements/src',
  ),
  widgetsBuild(),
  loaderBuild(),
];
