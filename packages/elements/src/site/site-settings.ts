import type { SiteSettings } from '@kohtaamo/core';

const cache = new Map<string, Promise<SiteSettings | null>>();

/**
 * The city's public settings (GET /api/v1/site: map centre, area, tiles, staff sign-in) from the server at
 * `baseUrl`, asked once per page and server. Null when the server cannot tell (an older server,
 * a network error): maps then open on the world and pins are checked by the server alone.
 * The HTTP client is imported here, when a map first asks: a page whose only widget is a map
 * does not download it before the map is shown (the widget budgets, docs/adr/0012).
 */
export function siteSettings(baseUrl: string): Promise<SiteSettings | null> {
  let settings = cache.get(baseUrl);
  if (!settings) {
    settings = import('./site-client.js')
      .then(({ fetchSiteSettings }) => fetchSiteSettings(baseUrl))
      .catch(() => {
        cache.delete(baseUrl);
        return null;
      });
    cache.set(baseUrl, settings);
  }
  return settings;
}
