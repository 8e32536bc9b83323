import { KohtaamoVolunteerConsole } from '../volunteering/volunteer-console/volunteer-console.js';

export { KohtaamoVolunteerConsole };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-volunteer-console')) customElements.define('kohtaamo-volunteer-console', KohtaamoVolunteerConsole);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-volunteer-console': KohtaamoVolunteerConsole;
  }
}
