// The finder's lazy map (not a widget entry of its own: the finder imports this module when a
// person opens the map, so a page pays for it and for Leaflet only then).
import { KohtaamoSpaceUnitsMap } from '../booking/space-finder/space-units-map.js';

export { KohtaamoSpaceUnitsMap };

if (!customElements.get('kohtaamo-space-units-map')) customElements.define('kohtaamo-space-units-map', KohtaamoSpaceUnitsMap);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-space-units-map': KohtaamoSpaceUnitsMap;
  }
}
