// Small modules copied into each module that imports them, not a file of their own (issue 7,
// docs/adr/0105).
//
// Rollup puts a module in one chunk, shared by every entry that reaches it; a module reached by a
// set of widgets and parts that no other module has becomes a file of its own. For a one-line
// helper that file is ~100 gzipped bytes plus the import that names it on every cold page that
// needs it: more than a copy of the helper. A module listed here is loaded once PER IMPORTING
// MODULE, under an id of its own (`x.kohtaamo~<importer>.ts`, as widget-copies.mjs names a copy),
// so rollup places each copy with its importer. Only a module that keeps no state and whose
// exports nobody compares belongs here (pure functions, constants), and one imported directly:
// through a re-exporting index the index would be its one importer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyOf } from './widget-copies.mjs';

const MARK = '.kohtaamo~';

/** The real paths of the modules copied into each importer. */
export const SMALL_COPIES = [
  // The language of a text as drawn (lang="sv" when the Finnish page shows a Swedish name): ten widgets.
  /[\\/]packages[\\/]elements[\\/]src[\\/]i18n[\\/]text-lang\.ts$/,
  // Euros, formatted: the budgeting widgets (each copy keeps its own cache of formatters).
  /[\\/]packages[\\/]elements[\\/]src[\\/]budgeting[\\/]money\.ts$/,
  /[\\/]packages[\\/]elements[\\/]src[\\/]budgeting[\\/]budgeting-reads\.ts$/,
  // The public feedback list's first view (docs/adr/0101): a report's response time (the list;
  // the status's lookup part), the dates and the area as the list's read module re-exports them,
  // the feedback API's paths and statuses. Each was a file of its own on the list's cold page.
  /[\\/]packages[\\/]elements[\\/]src[\\/]feedback[\\/]response-time\.ts$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]i18n[\\/]dates\.ts$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]geo[\\/]geo\.logic\.ts$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]feedback[\\/]feedback\.paths\.ts$/,
  /[\\/]packages[\\/]core[\\/]src[\\/]feedback[\\/]feedback-statuses\.ts$/,
];
/** The file names (as imported, `./x.js`) of those modules: other imports are left to rollup at once. */
const NAMES = /(^|\/)(text-lang|money|budgeting-reads|response-time|dates|geo\.logic|feedback\.paths|feedback-statuses)\.js$/;

const tag = (importer) => `m${createHash('sha256').update(importer).digest('hex').slice(0, 12)}`;

export function smallCopiesPlugin(copied = SMALL_COPIES) {
  const listed = (id) => copied.some((re) => re.test(id));
  return {
    name: 'kohtaamo-small-copies',
    async resolveId(source, importer, options) {
      if (!importer || !NAMES.test(source)) return null;
      const real = copyOf(importer)?.file ?? importer;
      const resolved = await this.resolve(source, real, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !listed(resolved.id)) return resolved;
      const at = resolved.id.lastIndexOf('.');
      return { ...resolved, id: `${resolved.id.slice(0, at)}${MARK}${tag(importer)}${resolved.id.slice(at)}` };
    },
    load(id) {
      const copy = copyOf(id);
      return copy && listed(copy.file) ? readFileSync(copy.file, 'utf8') : null;
    },
  };
}
