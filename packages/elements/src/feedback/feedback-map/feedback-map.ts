import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Map as LeafletMap, Marker } from 'leaflet/dist/leaflet-src.esm.js';
import { movePoint, round6, type LatLon } from '@kohtaamo/core';
import { MessagesController } from '../../i18n/localized-element.js';
import type { Leaflet } from '../../map/leaflet.loader.js';
import { LeafletMapElement } from '../../map/leaflet-map.element.js';
import { feedbackMapMessages } from './feedback-map.messages.js';
import { styles } from './feedback-map.styles.js';

export { DEFAULT_ATTRIBUTION, DEFAULT_TILES } from '../../map/leaflet-map.element.js';

/**
 * A map to pin a place on (Leaflet). Usable without a mouse: with the map focused, Enter pins
 * its centre and the arrow keys move the pin by 10 m (Shift: 100 m); "Pin the centre of the
 * map" does the same as a button; the address field of the form is the alternative that needs
 * no map at all. When the map images cannot load (no network, a blocked tile server) it says
 * so, and pinning still works: the coordinates do not depend on the images. The map opens on
 * the pin, else on the city's centre from the server's settings.
 *
 * Used by `<kohtaamo-feedback-form>`; fires `change` when the person moves or removes the pin.
 *
 * @tagname kohtaamo-feedback-map
 * @summary Map pin picker for a feedback's place; keyboard-usable, works without map images.
 *
 * @attr {string} api - Base URL of the Kohtaamo server whose settings (GET /api/v1/site) say where the map opens. Default: this page's origin.
 * @attr {string} tiles - Tile URL template (`{z}/{x}/{y}`). Default: the server's (KOHTAAMO_MAP_TILES), else OpenStreetMap's standard tiles.
 * @attr {string} attribution - Attribution text shown on the map (plain text). Default `© OpenStreetMap contributors`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event {Event} change - The person placed, moved or removed the pin; read `value` (`{ lat, lon }` or null).
 *
 * @cssproperty --kohtaamo-feedback-map-height - Height of the map. Default `18rem`.
 * @cssproperty --kohtaamo-feedback-map-pin-color - Colour of the pin. Default `#b01038`.
 */
export class KohtaamoFeedbackMap extends LeafletMapElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    label: {},
  };

  /** The pin, or null; set by the host (no event), changed by the person (`change`). */
  value: LatLon | null = null;
  /** Id of the element that labels the map, in the host's tree (for the form's own label). */
  label = '';

  readonly #locale = new MessagesController(this, feedbackMapMessages);
  #marker: Marker | null = null;

  #mapReady: () => void = () => {};
  /** Resolves when Leaflet has drawn the map (it is loaded when the map first comes into view). */
  readonly mapReady: Promise<void> = new Promise((resolve) => (this.#mapReady = resolve));

  protected override mapOptions(): Record<string, unknown> {
    // The element handles the keyboard itself (#onKey): arrows move the pin, not the map.
    return { keyboard: false, attributionControl: true, zoomControl: true };
  }

  protected override initialView(): [LatLon, number] | null {
    if (this.value) return [this.value, 16];
    const centre = this.cityCentre();
    return centre ? [centre, 14] : null;
  }

  protected override mapCreated(_L: Leaflet, map: LeafletMap): void {
    map.on('click', (event) => this.#place({ lat: round6(event.latlng.lat), lon: round6(event.latlng.lng) }, false));
    this.#syncMarker();
    this.#mapReady();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value')) this.#syncMarker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#marker = null;
  }

  /** Focuses the map itself (where the keyboard places the pin). */
  override focus(options?: FocusOptions): void {
    this.mapElement?.focus(options);
  }

  #syncMarker(): void {
    const map = this.map;
    const L = this.leaflet;
    if (!map || !L) return;
    if (this.value === null) {
      this.#marker?.remove();
      this.#marker = null;
      return;
    }
    const at: [number, number] = [this.value.lat, this.value.lon];
    if (this.#marker) this.#marker.setLatLng(at);
    else {
      this.#marker = L.marker(at, {
        icon: L.divIcon({ className: '', html: '<div class="pin"></div>', iconSize: [0, 0] }),
        keyboard: false,
        interactive: false,
      }).addTo(map);
    }
  }

  #place(point: LatLon | null, pan: boolean): void {
    this.value = point;
    if (point && pan) this.map?.panTo([point.lat, point.lon], { animate: false });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The centre of the map shown, else the city's centre, else null (nothing known yet). */
  #centre(): LatLon | null {
    const centre = this.map?.getCenter();
    if (centre) return { lat: round6(centre.lat), lon: round6(centre.lng) };
    const city = this.cityCentre();
    return city ? { lat: round6(city.lat), lon: round6(city.lon) } : null;
  }

  #onKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? 100 : 10;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [step, 0],
      ArrowDown: [-step, 0],
      ArrowRight: [0, step],
      ArrowLeft: [0, -step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const from = this.value ?? this.#centre();
      if (from) this.#place(movePoint(from, move[0], move[1]), true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const centre = this.#centre();
      if (centre) this.#place(centre, false);
    } else if (event.key === '+' || event.key === '-') {
      event.preventDefault();
      if (event.key === '+') this.map?.zoomIn();
      else this.map?.zoomOut();
    }
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const where = this.value
      ? t('feedback.map.pin', { lat: this.value.lat.toFixed(5), lon: this.value.lon.toFixed(5) })
      : t('feedback.map.noPin');
    return html`
      <div
        id="map"
        class="map"
        role="application"
        tabindex="0"
        aria-roledescription=${t('feedback.map.label')}
        aria-label=${t('feedback.map.keyboard')}
        aria-describedby="where"
        @keydown=${this.#onKey}
      ></div>
      <p id="where" class="where" role="status">${where}</p>
      ${this.tilesFailed ? html`<p class="tiles-failed hint">${t('feedback.map.tilesFailed')}</p>` : nothing}
      <div class="actions">
        <button type="button" part="button" class="secondary small" id="use-centre" @click=${() => {
            const centre = this.#centre();
            if (centre) this.#place(centre, false);
          }}>
          ${t('feedback.map.useCentre')}
        </button>
        ${this.value
          ? html`<button type="button" part="button" class="secondary small" id="remove-pin" @click=${() => this.#place(null, false)}>
              ${t('feedback.map.remove')}
            </button>`
          : nothing}
      </div>
    `;
  }
}
