import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LayerGroup, Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { HEINOLA_CENTRE, type BoundingBox } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { feedbackWidgetMessages } from '../feedback.catalogs.js';
import { DEFAULT_ATTRIBUTION, DEFAULT_TILES } from './feedback-map.js';
import { styles } from './feedback-map.styles.js';
import { adoptLeafletStyles, loadLeaflet, whenShown, type Leaflet } from './leaflet.loader.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface AreaMapPoint {
  readonly lat: number;
  readonly lon: number;
  /** Plain text: the marker's tooltip and accessible name. */
  readonly label: string;
}

/**
 * A map of the listed feedback for `<kohtaamo-feedback-list>`: an enhancement beside the list,
 * which stays the primary view (the markers repeat what the list says). Pans with the arrow keys
 * when focused; `bounds()` gives the area shown, for the list's "the area shown on the map" filter.
 *
 * @tagname kohtaamo-feedback-area-map
 * @summary Map of listed feedback; its visible area can filter the list.
 *
 * @attr {string} tiles - Tile URL template. Default: OpenStreetMap's standard tiles.
 * @attr {string} attribution - Attribution text (plain text). Default `© OpenStreetMap contributors`.
 * @cssproperty --kohtaamo-feedback-map-height - Height of the map. Default `18rem`.
 */
export class KohtaamoFeedbackAreaMap extends LocalizedElement {
  static override styles = styles;

  @property() tiles = DEFAULT_TILES;
  @property() attribution = DEFAULT_ATTRIBUTION;
  @property({ attribute: false }) points: readonly AreaMapPoint[] = [];

  @state() private tilesFailed = false;
  @query('#map') private mapElement!: HTMLElement;

  readonly #locale = new MessagesController(this, feedbackWidgetMessages);
  #map: LeafletMap | null = null;
  #markers: LayerGroup | null = null;
  #resize: ResizeObserver | null = null;
  #leaflet: Leaflet | null = null;
  #stopWatching: (() => void) | null = null;

  /** The area shown now, west,south,east,north. */
  bounds(): BoundingBox | null {
    const b = this.#map?.getBounds();
    return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
  }

  protected override firstUpdated(): void {
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
    const map = L.map(this.mapElement, { keyboard: true }).setView([HEINOLA_CENTRE.lat, HEINOLA_CENTRE.lon], 13);
    map.attributionControl.setPrefix(false);
    L.tileLayer(this.tiles, { attribution: escapeHtml(this.attribution), maxZoom: 19 })
      .on('tileerror', () => (this.tilesFailed = true))
      .addTo(map);
    this.#markers = L.layerGroup().addTo(map);
    this.#map = map;
    this.#resize = new ResizeObserver(() => map.invalidateSize());
    this.#resize.observe(this.mapElement);
    this.#drawPoints();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('points')) this.#drawPoints();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#resize?.disconnect();
    this.#map?.remove();
    this.#map = null;
  }

  #drawPoints(): void {
    const group = this.#markers;
    const L = this.#leaflet;
    if (!group || !this.#map || !L) return;
    group.clearLayers();
    for (const point of this.points) {
      L.circleMarker([point.lat, point.lon], { radius: 8, weight: 2, color: '#000', fillColor: '#b01038', fillOpacity: 0.9 })
        .bindTooltip(escapeHtml(point.label))
        .addTo(group);
    }
    if (this.points.length > 0) {
      this.#map.fitBounds(L.latLngBounds(this.points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.3), { maxZoom: 15, animate: false });
    }
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    return html`<div id="map" class="map" role="region" tabindex="0" aria-label=${t('feedback.list.mapLabel')}></div>
      ${this.tilesFailed ? html`<p class="tiles-failed hint">${t('feedback.map.tilesFailed')}</p>` : nothing}`;
  }
}
