import { createHttpClient, createSiteApi, type SiteSettings } from '@kohtaamo/core';

/** The site settings' request, in its own module so a page with only a map loads the HTTP client lazily. */
export function fetchSiteSettings(baseUrl: string): Promise<SiteSettings> {
  return createSiteApi(createHttpClient({ baseUrl })).settings();
}
