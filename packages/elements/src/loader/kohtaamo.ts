// kohtaamo.js: the one script a web editor adds to a page. It defines no element itself: when a
// Kohtaamo tag appears in the document (now or later), it imports that widget's entry file, found
// beside this script (import.meta.url), so a page downloads only the widgets it shows.
//   <script type="module" src="https://palaute.example.fi/widgets/kohtaamo.js"></script>
//   <kohtaamo-feedback-form api="https://palaute.example.fi"></kohtaamo-feedback-form>

/** The widget tags of this build; rollup writes the list of define/*.ts files here. */
declare const __KOHTAAMO_WIDGETS__: readonly string[];

const widgets = new Set(__KOHTAAMO_WIDGETS__);
const requested = new Map<string, Promise<unknown>>();

/**
 * Imports a widget's entry (`kohtaamo-feedback-form.js`) once and resolves when its element is
 * defined. Pages rarely need this: the loader calls it for every tag it sees.
 */
export function load(tag: string): Promise<unknown> {
  let loading = requested.get(tag);
  if (!loading) {
    if (!widgets.has(tag)) return Promise.reject(new Error(`Kohtaamo has no widget <${tag}>`));
    loading = import(new URL(`./${tag}.js`, import.meta.url).href).then(() => customElements.whenDefined(tag));
    loading.catch(() => requested.delete(tag));
    requested.set(tag, loading);
  }
  return loading;
}

function visit(node: Node): void {
  if (!(node instanceof Element)) return;
  for (const element of [node, ...node.querySelectorAll(':not(:defined)')]) {
    const tag = element.localName;
    if (widgets.has(tag) && !customElements.get(tag)) load(tag).catch((error: unknown) => console.error(`Kohtaamo: <${tag}> could not be loaded`, error));
  }
}

new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(visit);
}).observe(document, { childList: true, subtree: true });
visit(document.documentElement);
