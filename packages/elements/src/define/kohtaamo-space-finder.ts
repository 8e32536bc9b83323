import { KohtaamoSpaceFinder } from '../booking/space-finder/space-finder.js';

export { KohtaamoSpaceFinder };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-space-finder')) customElements.define('kohtaamo-space-finder', KohtaamoSpaceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-space-finder': KohtaamoSpaceFinder;
  }
}
