import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';

/** GET /api/v1/site: the city's public settings that widgets must not hard-code. */
export const SITE_PATH = '/api/v1/site';

const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));

/**
 * The site's settings: the city's name, and where maps open (`centre`), which area pins are
 * accepted in (`bbox`, west,south,east,north; null when the server accepts any place), and the
 * tile URL template. Set by the operator (KOHTAAMO_CITY_NAME, KOHTAAMO_MAP_CENTRE,
 * KOHTAAMO_MAP_BBOX, KOHTAAMO_MAP_TILES; docs/deployment.md), Heinola's in the demo. `staff`
 * says how staff consoles may sign in: `cityAccount` when the city's OpenID Connect provider is
 * configured (KOHTAAMO_OIDC_*; docs/staff-sign-in.md). Absent from older servers: no city account.
 */
export const SiteSettingsSchema = v.object({
  city: v.object({ name: v.string() }),
  map: v.object({
    centre: v.nullable(v.object({ lat: Latitude, lon: Longitude })),
    bbox: v.nullable(v.tuple([Longitude, Latitude, Longitude, Latitude])),
    tiles: v.string(),
  }),
  staff: v.optional(v.object({ cityAccount: v.boolean() }), { cityAccount: false }),
});
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

export interface SiteApi {
  settings(signal?: AbortSignal): Promise<SiteSettings>;
}

export function createSiteApi(http: HttpClient): SiteApi {
  return { settings: (signal) => http.request(SITE_PATH, SiteSettingsSchema, signal ? { signal } : {}) };
}
