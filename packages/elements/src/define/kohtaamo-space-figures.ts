import { KohtaamoSpaceFigures } from '../booking/space-figures/space-figures.js';

export { KohtaamoSpaceFigures };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-space-figures')) customElements.define('kohtaamo-space-figures', KohtaamoSpaceFigures);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-space-figures': KohtaamoSpaceFigures;
  }
}
