import { SITE_PATH } from '@kohtaamo/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { CACHE_CONTROL, cachedBody, sendCached } from './http-cache.js';
import type { AuthConfig } from './auth/auth.config.js';
import type { PlatformConfig } from './platform.config.js';

export { SITE_PATH };

/**
 * GET /api/v1/site: the city's public settings the widgets need and must not hard-code: the
 * city's name, and where maps open, which area pins are accepted in, and the tile server; and
 * whether staff consoles offer sign-in with the city's account (its OpenID Connect provider).
 */
export function siteRoutes(platform: PlatformConfig, auth: Pick<AuthConfig, 'oidc'>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Configuration: serialized once, with its ETag, when the app is made.
  const cached = cachedBody(
    JSON.stringify({
      city: { name: platform.city.name },
      map: { centre: platform.city.mapCentre, bbox: platform.city.mapBbox, tiles: platform.city.mapTiles },
      staff: { cityAccount: auth.oidc !== null },
    }),
    'application/json; charset=utf-8',
  );
  app.get(SITE_PATH, (c) => sendCached(c, cached, CACHE_CONTROL.static));
  return app;
}
