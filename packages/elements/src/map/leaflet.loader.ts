import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/** Leaflet's ES module (1.9), the type of what {@link loadLeaflet} gives. */
export type Leaflet = typeof import('leaflet/dist/leaflet-src.esm.js');

let loading: Promise<Leaflet> | undefined;
let leafletCss: CSSResult | undefined;

/**
 * Leaflet and its CSS, imported the first time a map is shown: in the widget bundles they are
 * a lazy chunk (about 40 KB gzipped) that a page without a visible map never downloads. There,
 * Leaflet's `innerHTML` assignments go through the `kohtaamo` Trusted Types policy (see
 * trusted-types/policy.ts and the rollup config). A failed import is tried again next time.
 */
export function loadLeaflet(): Promise<Leaflet> {
  loading ??= Promise.all([import('leaflet/dist/leaflet-src.esm.js'), import('./leaflet.styles.js')]).then(
    ([leaflet, { leafletStyles }]) => {
      leafletCss = leafletStyles;
      return leaflet;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Adds Leaflet's CSS to an element's shadow root (a constructed style sheet: no inline style). */
export function adoptLeafletStyles(element: LitElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || !leafletCss) return;
  adoptStyles(root, [...(element.constructor as typeof LitElement).elementStyles, leafletCss]);
}

/** Calls `shown` once, when the element first comes near the viewport; returns a stop function. */
export function whenShown(element: Element, shown: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    shown();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        shown();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
