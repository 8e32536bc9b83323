import type { PropertyValues, PropertyDeclarations } from 'lit';
import type { Map as LeafletMap, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import { centreOf, type LatLon, type SiteSettings } from '@kohtaamo/core';
import { LocalizedElement } from '../i18n/localized-element.js';
import { adoptLeafletStyles, loadLeaflet, whenShown, type Leaflet } from './leaflet.loader.js';
import { siteSettings } from '../site/site-settings.js';

/** OpenStreetMap's standard tiles: used when neither the page nor the server names others. */
export const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_ATTRIBUTION = '© OpenStreetMap contributors';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What every Kohtaamo map shares (the feedback pin picker and area map, and the maps of units
 * and talkoot sites to come): Leaflet and its CSS loaded when the map first comes into view;
 * where the map opens, and its tiles, from the city's settings on the server (`api`,
 * GET /api/v1/site), unless the page sets `tiles`; "the map images could not load" when tiles
 * fail; the size measured again when the layout changes; everything released on disconnect.
 *
 * A subclass renders an element with id `map`, and draws on the map in `mapCreated`.
 */
export abstract class LeafletMapElement extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    api: {},
    tiles: {},
    attribution: {},
    tilesFailed: { state: true },
  };

  /** Base URL of the Kohtaamo server whose settings say where the map opens. Default: this page's origin. */
  api = '';
  /** Tile URL template (`{z}/{x}/{y}`). Default: the server's (KOHTAAMO_MAP_TILES), else OpenStreetMap's. */
  tiles = '';
  /** Attribution shown on the map (plain text). */
  attribution = DEFAULT_ATTRIBUTION;

  protected tilesFailed = false;
  /** The element the subclass renders with id `map` (after the first render). */
  protected get mapElement(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('#map')!;
  }

  protected map: LeafletMap | null = null;
  protected leaflet: Leaflet | null = null;
  /** The city's settings once known (null: the server could not tell). */
  protected site: SiteSettings | null = null;
  #tileLayer: TileLayer | null = null;
  #resize: ResizeObserver | null = null;
  #stopWatching: (() => void) | null = null;
  #siteRequest: Promise<SiteSettings | null> | null = null;

  /** Where the map opens when it has nothing of its own to show: the city's centre. */
  protected cityCentre(): LatLon | null {
    const map = this.site?.map;
    if (!map) return null;
    return map.centre ?? (map.bbox ? centreOf(map.bbox) : null);
  }

  /** The view to open on: [centre, zoom]. */
  protected abstract initialView(): [LatLon, number] | null;
  /** Called once the map exists: add markers, handlers. */
  protected abstract mapCreated(L: Leaflet, map: LeafletMap): void;
  /** Leaflet's map options for this kind of map. */
  protected mapOptions(): Record<string, unknown> {
    return {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new server: ask its settings again, once the map has asked before (see #askSite).
    if (changed.has('api') && this.#siteRequest) this.#askSite();
  }

  #askSite(): Promise<SiteSettings | null> {
    const api = this.api;
    this.#siteRequest = siteSettings(api).then((site) => {
      if (this.api === api) this.site = site;
      return site;
    });
    return this.#siteRequest;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.map && (changed.has('tiles') || changed.has('attribution'))) this.addTiles();
  }

  protected override firstUpdated(): void {
    // Leaflet, the settings and the HTTP client they need are loaded when the map comes into
    // view (focusing the map by keyboard scrolls it into view).
    this.#stopWatching = whenShown(this.mapElement, () => void this.#showMap());
  }

  async #showMap(): Promise<void> {
    let L: Leaflet;
    try {
      [L] = await Promise.all([loadLeaflet(), this.#siteRequest ?? this.#askSite()]);
    } catch {
      this.tilesFailed = true;
      return;
    }
    if (!this.isConnected || this.map) return;
    this.leaflet = L;
    adoptLeafletStyles(this);
    const [centre, zoom] = this.initialView() ?? [{ lat: 20, lon: 0 }, 2];
    const map = L.map(this.mapElement, this.mapOptions()).setView([centre.lat, centre.lon], zoom);
    map.attributionControl.setPrefix(false);
    this.map = map;
    this.addTiles();
    this.mapCreated(L, map);
    // Leaflet measures its container once; measure again when the layout settles or changes.
    this.#resize = new ResizeObserver(() => map.invalidateSize());
    this.#resize.observe(this.mapElement);
  }

  /** (Re)draws the tile layer: the page's `tiles`, else the city's, else OpenStreetMap's. */
  protected addTiles(): void {
    const L = this.leaflet;
    if (!this.map || !L) return;
    this.#tileLayer?.remove();
    this.tilesFailed = false;
    const tiles = this.tiles || this.site?.map.tiles || DEFAULT_TILES;
    this.#tileLayer = L.tileLayer(tiles, { attribution: escapeHtml(this.attribution || DEFAULT_ATTRIBUTION), maxZoom: 19, crossOrigin: true })
      .on('tileerror', () => (this.tilesFailed = true))
      .addTo(this.map);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#resize?.disconnect();
    this.map?.remove();
    this.map = null;
    this.#tileLayer = null;
  }
}
