// The widget build's chunk layout (issue 7, docs/adr/0061): one shared FLOOR, and each widget's
// own copy of everything else.
//
// Rollup puts a module in exactly one chunk and keeps in it the union of what every entry uses.
// With 20+ widget entries over shared domain modules (schemas, catalogs, stores, valibot as one
// file), each widget downloaded its neighbours' schemas and texts, through many small chunks, each
// gzipped on its own. Here a module outside the floor is loaded once PER WIDGET, under an id of its
// own (`x.schema.kohtaamo~kohtaamo-feedback-form.ts`), so rollup tree-shakes it for that widget alone
// and inlines it in the widget's entry (or in the widget's lazy chunks). Only the floor is shared:
// Lit, ky, the API client, the texts' plumbing, the theme, the Trusted Types policy, and the modules
// that keep page-wide state (a widget's copies never need to meet: they talk through DOM events and
// storage). A page with several widgets downloads the floor once and each widget's own file.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const MARK = '.kohtaamo~';

/** `/a/b/x.schema.ts` + `kohtaamo-feedback-form` → `/a/b/x.schema.kohtaamo~kohtaamo-feedback-form.ts` */
function copyId(id, entry) {
  const ext = extname(id);
  return `${id.slice(0, id.length - ext.length)}${MARK}${entry}${ext}`;
}

/** The real file of a copy, and the widget it belongs to (null for a module that is not a copy). */
export function copyOf(id) {
  const at = id.lastIndexOf(MARK);
  if (at < 0) return null;
  const ext = extname(id);
  return { file: id.slice(0, at) + ext, entry: id.slice(at + MARK.length, id.length - ext.length) };
}

/**
 * `shared`: RegExps of the real paths shared by every widget; `entries`: the entry files (each
 * widget's define/*.ts). A module imported from the floor stays shared whatever it is.
 */
export function widgetCopiesPlugin({ shared, entries }) {
  const entryNames = new Map(entries.map(({ input, name }) => [input, name]));
  const isShared = (id) => shared.some((re) => re.test(id));
  const entryOf = (importer) => {
    const copy = copyOf(importer);
    if (copy) return copy.entry;
    for (const [input, name] of entryNames) if (importer.endsWith(input)) return name;
    return null;
  };
  return {
    name: 'kohtaamo-widget-copies',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const entry = entryOf(importer);
      if (!entry) return null;
      const real = copyOf(importer)?.file ?? importer;
      const resolved = await this.resolve(source, real, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || isShared(resolved.id)) return resolved;
      return { ...resolved, id: copyId(resolved.id, entry) };
    },
    load(id) {
      const copy = copyOf(id);
      return copy ? readFileSync(copy.file, 'utf8') : null;
    },
  };
}

/** For source maps: a copy's path is its real file's. */
export function realSourcePath(relativePath) {
  const copy = copyOf(relativePath);
  return copy ? copy.file : relativePath;
}

