import { KohtaamoVolunteerPropose } from '../volunteering/volunteer-propose/volunteer-propose.js';

export { KohtaamoVolunteerPropose };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-volunteer-propose')) customElements.define('kohtaamo-volunteer-propose', KohtaamoVolunteerPropose);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-volunteer-propose': KohtaamoVolunteerPropose;
  }
}
