import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { LayerGroup, Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import type { BoundingBox, LatLon } from '@kohtaamo/core';
import { MessagesController } from '../../i18n/localized-element.js';
import type { Leaflet } from '../../map/leaflet.loader.js';
import { escapeHtml, LeafletMapElement } from '../../map/leaflet-map.element.js';
import { feedbackMapMessages } from './feedback-map.messages.js';
import { styles } from './feedback-map.styles.js';

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
 * It opens on the listed points, else on the city (the server's settings, GET /api/v1/site).
 *
 * @tagname kohtaamo-feedback-area-map
 * @summary Map of listed feedback; its visible area can filter the list.
 *
 * @attr {string} api - Base URL of the Kohtaamo server whose settings say where the map opens. Default: this page's origin.
 * @attr {string} tiles - Tile URL template. Default: the server's (KOHTAAMO_MAP_TILES), else OpenStreetMap's standard tiles.
 * @attr {string} attribution - Attribution text (plain text). Default `© OpenStreetMap contributors`.
 * @cssproperty --kohtaamo-feedback-map-height - Height of the map. Default `18rem`.
 */
export class KohtaamoFeedbackAreaMap extends LeafletMapElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    points: { attribute: false },
  };

  points: readonly AreaMapPoint[] = [];

  readonly #locale = new MessagesController(this, feedbackMapMessages);
  #markers: LayerGroup | null = null;

  /** The area shown now, west,south,east,north. */
  bounds(): BoundingBox | null {
    const b = this.map?.getBounds();
    return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
  }

  protected override mapOptions(): Record<string, unknown> {
    return { keyboard: true };
  }

  protected override initialView(): [LatLon, number] | null {
    const centre = this.cityCentre();
    return centre ? [centre, 13] : null;
  }

  protected override mapCreated(L: Leaflet, map: LeafletMap): void {
    this.#markers = L.layerGroup().addTo(map);
    this.#drawPoints();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('points')) this.#drawPoints();
  }

  #drawPoints(): void {
    const group = this.#markers;
    const L = this.leaflet;
    if (!group || !this.map || !L) return;
    group.clearLayers();
    for (const point of this.points) {
      L.circleMarker([point.lat, point.lon], { radius: 8, weight: 2, color: '#000', fillColor: '#b01038', fillOpacity: 0.9 })
        .bindTooltip(escapeHtml(point.label))
        .addTo(group);
    }
    if (this.points.length > 0) {
      this.map.fitBounds(L.latLngBounds(this.points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.3), { maxZoom: 15, animate: false });
    }
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    return html`<div id="map" class="map" role="region" tabindex="0" aria-label=${t('feedback.list.mapLabel')}></div>
      ${this.tilesFailed ? html`<p class="tiles-failed hint">${t('feedback.map.tilesFailed')}</p>` : nothing}`;
  }
}
