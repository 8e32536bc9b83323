import { KohtaamoSpaceBooking } from '../booking/space-booking/space-booking.js';

export { KohtaamoSpaceBooking };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-space-booking')) customElements.define('kohtaamo-space-booking', KohtaamoSpaceBooking);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-space-booking': KohtaamoSpaceBooking;
  }
}
