import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Map as LeafletMap, Marker, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import {
  HEINOLA_CENTRE,
  movePoint,
  round6,
  type LatLon,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { feedbackWidgetMessages } from '../feedback.catalogs.js';
import { styles } from './feedback-map.styles.js';
import { adoptLeafletStyles, loadLeaflet, whenShown, type Leaflet } from './leaflet.loader.js';


/** OpenStreetMap's standard tiles; a city would point `tiles` at its own or its provider's. */
export const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_ATTRIBUTION = '© OpenStreetMap contributors';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A map to pin a place on (Leaflet). Usable without a mouse: with the map focused, Enter pins
 * its centre and the arrow keys move the pin by 10 m (Shift: 100 m); "Pin the centre of the
 * map" does the same as a button; the address field of the form is the alternative that needs
 * no map at all. When the map images cannot load (no network, a blocked tile server) it says
 * so, and pinning still works: the coordinates do not depend on the images.
 *
 * Used by `<kohtaamo-feedback-form>`; fires `change` when the person moves or removes the pin.
 *
 * @tagname kohtaamo-feedback-map
 * @summary Map pin picker for a feedback's place; keyboard-usable, works without map images.
 *
 * @attr {string} tiles - Tile URL template (`{z}/{x}/{y}`). Default: OpenStreetMap's standard tiles.
 * @attr {string} attribution - Attribution text shown on the map (plain text). Default `© OpenStreetMap contributors`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event {Event} change - The person placed, moved or removed the pin; read `value` (`{ lat, lon }` or null).
 *
 * @cssproperty --kohtaamo-feedback-map-height - Height of the map. Default `18rem`.
 * @cssproperty --kohtaamo-feedback-map-pin-color - Colour of the pin. Default `#b01038`.
 */
export class KohtaamoFeedbackMap extends LocalizedElement {
  static override styles = styles;

  @property() tiles = DEFAULT_TILES;
  @property() attribution = DEFAULT_ATTRIBUTION;
  /** The pin, or null; set by the host (no event), changed by the person (`change`). */
  @property({ attribute: false }) value: LatLon | null = null;
  /** Id of the element that labels the map, in the host's tree (for the form's own label). */
  @property() label = '';

  @state() private tilesFailed = false;
  @query('#map') private mapElement!: HTMLElement;

  readonly #locale = new MessagesController(this, feedbackWidgetMessages);
  #map: LeafletMap | null = null;
  #marker: Marker | null = null;
  #resize: ResizeObserver | null = null;
  #leaflet: Leaflet | null = null;
  #stopWatching: (() => void) | null = null;

  #mapReady: () => void = () => {};
  /** Resolves when Leaflet has drawn the map (it is loaded when the map first comes into view). */
  readonly mapReady: Promise<void> = new Promise((resolve) => (this.#mapReady = resolve));

  protected override firstUpdated(): void {
    // Until Leaflet is there, the keyboard, the buttons and the pin text already work.
    this.#stopWatching = whenShown(this.mapElement, () => void this.#showMap());
  }

  async #showMap(): Promise<void> {
    let L: Leaflet;
    try {
      L = await loadLeaflet();
    } catch {
      this.tilesFailed = true;
      return;
    }
    if (!this.isConnected || this.#map) return;
    this.#leaflet = L;
    adoptLeafletStyles(this);
    const start = this.value ?? HEINOLA_CENTRE;
    const map = L.map(this.mapElement, { keyboard: false, attributionControl: true, zoomControl: true }).setView(
      [start.lat, start.lon],
      this.value ? 16 : 14,
    );
    map.attributionControl.setPrefix(false);
    this.#map = map;
    this.#addTiles();
    map.on('click', (event) => this.#place({ lat: round6(event.latlng.lat), lon: round6(event.latlng.lng) }, false));
    this.#syncMarker();
    // Leaflet measures its container once; measure again when the layout settles or changes.
    this.#resize = new ResizeObserver(() => map.invalidateSize());
    this.#resize.observe(this.mapElement);
    this.#mapReady();
  }

  #tileLayer: TileLayer | null = null;

  #addTiles(): void {
    const L = this.#leaflet;
    if (!this.#map || !L) return;
    this.#tileLayer?.remove();
    this.tilesFailed = false;
    this.#tileLayer = L.tileLayer(this.tiles, { attribution: escapeHtml(this.attribution), maxZoom: 19, crossOrigin: true })
      .on('tileerror', () => {
        this.tilesFailed = true;
      })
      .addTo(this.#map);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('tiles') || changed.has('attribution')) && changed.get('tiles') !== undefined) this.#addTiles();
    if (changed.has('value')) this.#syncMarker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#resize?.disconnect();
    this.#map?.remove();
    this.#map = null;
    this.#marker = null;
  }

  /** Focuses the map itself (where the keyboard places the pin). */
  override focus(options?: FocusOptions): void {
    this.mapElement?.focus(options);
  }

  #syncMarker(): void {
    const map = this.#map;
    const L = this.#leaflet;
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
    if (point && pan) this.#map?.panTo([point.lat, point.lon], { animate: false });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #centre(): LatLon {
    const centre = this.#map?.getCenter();
    return centre ? { lat: round6(centre.lat), lon: round6(centre.lng) } : HEINOLA_CENTRE;
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
      this.#place(movePoint(this.value ?? this.#centre(), move[0], move[1]), true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#place(this.#centre(), false);
    } else if (event.key === '+' || event.key === '-') {
      event.preventDefault();
      if (event.key === '+') this.#map?.zoomIn();
      else this.#map?.zoomOut();
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
        <button type="button" part="button" class="secondary small" id="use-centre" @click=${() => this.#place(this.#centre(), false)}>
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
