import { KohtaamoVolunteerSignup } from '../volunteering/volunteer-signup/volunteer-signup.js';

export { KohtaamoVolunteerSignup };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-volunteer-signup')) customElements.define('kohtaamo-volunteer-signup', KohtaamoVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-volunteer-signup': KohtaamoVolunteerSignup;
  }
}
