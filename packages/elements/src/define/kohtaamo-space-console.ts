import { KohtaamoSpaceConsole } from '../booking/space-console/space-console.js';

export { KohtaamoSpaceConsole };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-space-console')) customElements.define('kohtaamo-space-console', KohtaamoSpaceConsole);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-space-console': KohtaamoSpaceConsole;
  }
}
