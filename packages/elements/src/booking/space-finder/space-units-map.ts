import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { LayerGroup, Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { createMessages, lazySpaceFinderMapMessages, pickText, type LatLon, type LocalizedText } from '@kohtaamo/core';
import { MessagesController } from '../../i18n/localized-element.js';
import type { Leaflet } from '../../map/leaflet.loader.js';
import { escapeHtml, LeafletMapElement } from '../../map/leaflet-map.element.js';
import { base, tokens } from '../../styles/theme.styles.js';

/** The map's own texts: they come with the map, not in the finder's first file. */
const mapMessages = /* @__PURE__ */ createMessages(lazySpaceFinderMapMessages);

/** A unit of a result in the finder's list (one per result: the map counts them). */
export interface MapUnit {
  readonly id: string;
  readonly name: LocalizedText;
  readonly location?: LatLon | undefined;
}

interface UnitPoint extends LatLon {
  /** Plain text: the marker's tooltip ("Library: 3 spaces"). */
  readonly label: string;
}

/**
 * The map of `<kohtaamo-space-finder>`: its units as markers, an enhancement beside the list
 * (which says everything the map shows). A lazy module: the finder imports it, and Leaflet after
 * it, only when a person opens the map. Pans with the arrow keys when focused.
 *
 * @tagname kohtaamo-space-units-map
 * @summary Map of the units with matching spaces, for the space finder.
 */
export class KohtaamoSpaceUnitsMap extends LeafletMapElement {
  static override styles = [
    tokens,
    base,
    css`
      .map {
        height: var(--kohtaamo-space-finder-map-height, 18rem);
        border: 1px solid currentColor;
        background: var(--_kohtaamo-color-surface-muted);
      }
      .hint {
        color: var(--_kohtaamo-color-text-secondary);
        font-size: 0.875em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    units: { attribute: false },
  };

  /** The unit of each result in the list; a unit with a location is a marker, labelled with its name and how many results it has. */
  units: readonly MapUnit[] = [];

  readonly #locale = new MessagesController(this, mapMessages);
  #markers: LayerGroup | null = null;
  #ready: () => void = () => {};
  /** Resolves when Leaflet has drawn the map. */
  readonly mapReady: Promise<void> = new Promise((resolve) => (this.#ready = resolve));

  protected override mapOptions(): Record<string, unknown> {
    return { keyboard: true };
  }

  /** A marker per unit with a location: its name and how many results it has. */
  get #points(): UnitPoint[] {
    const counts = new Map<string, { unit: MapUnit; count: number }>();
    for (const unit of this.units) {
      const hit = counts.get(unit.id);
      if (hit) hit.count++;
      else counts.set(unit.id, { unit, count: 1 });
    }
    const locale = this.#locale.locale;
    return [...counts.values()].flatMap(({ unit, count }) =>
      unit.location ? [{ lat: unit.location.lat, lon: unit.location.lon, label: this.#locale.t('space.finder.onMap', { unit: pickText(unit.name, locale), count }) }] : [],
    );
  }

  protected override initialView(): [LatLon, number] | null {
    const first = this.#points[0];
    if (first) return [first, 14];
    const centre = this.cityCentre();
    return centre ? [centre, 13] : null;
  }

  protected override mapCreated(L: Leaflet, map: LeafletMap): void {
    this.#markers = L.layerGroup().addTo(map);
    this.#draw();
    this.#ready();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('units')) this.#draw();
  }

  /** How many markers are drawn (for tests and pages). */
  markerCount(): number {
    return this.#markers?.getLayers().length ?? 0;
  }

  #draw(): void {
    const group = this.#markers;
    const L = this.leaflet;
    if (!group || !this.map || !L) return;
    group.clearLayers();
    const points = this.#points;
    for (const p of points) {
      L.circleMarker([p.lat, p.lon], { radius: 10, weight: 2, color: '#000', fillColor: '#0000bf', fillOpacity: 0.9 }).bindTooltip(escapeHtml(p.label)).addTo(group);
    }
    if (points.length > 1) this.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.3), { maxZoom: 16, animate: false });
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    return html`<div id="map" class="map" role="region" tabindex="0" aria-label=${t('space.finder.mapLabel')}></div>
      ${this.tilesFailed ? html`<p class="hint">${t('space.finder.mapFailed')}</p>` : nothing}`;
  }
}
