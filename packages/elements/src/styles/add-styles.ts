import { adoptStyles, type CSSResultOrNative } from 'lit';

/**
 * Adds a lazy part's styles to its element's shadow root, after the element's own (issue 7: a
 * console's signed-in view brings the styles only it uses). Constructed style sheets, which a
 * strict `style-src` allows; where a browser cannot adopt sheets, Lit's `<style>` fallback.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: readonly CSSResultOrNative[]): void {
  if (!(root instanceof ShadowRoot)) return;
  // Lit's adoptStyles sets the list (where sheets can be adopted) or appends <style> elements.
  adoptStyles(root, [...('adoptedStyleSheets' in root ? root.adoptedStyleSheets : []), ...styles]);
}
