import { KohtaamoVolunteerBoard } from '../volunteering/volunteer-board/volunteer-board.js';

export { KohtaamoVolunteerBoard };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-volunteer-board')) customElements.define('kohtaamo-volunteer-board', KohtaamoVolunteerBoard);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-volunteer-board': KohtaamoVolunteerBoard;
  }
}
