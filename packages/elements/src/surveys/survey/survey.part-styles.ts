// Adds a lazy part's styles to <kohtaamo-survey>'s shadow root, once per root (the review, the
// resume form, the ranking control: ADR 0075). Not styles/add-styles.ts: a module the survey's
// lazy parts shared with the consoles' entries would become a chunk of its own, one more file on
// every console's cold page (+125 B gzip each, measured). Constructed style sheets, which a strict
// `style-src` allows; where a browser cannot adopt sheets, Lit's `<style>` fallback.
import { adoptStyles, type CSSResult } from 'lit';

const added = new WeakMap<object, Set<CSSResult>>();

export function addPartStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  added.set(root, done.add(styles));
  adoptStyles(root, [...('adoptedStyleSheets' in root ? root.adoptedStyleSheets : []), styles]);
}
