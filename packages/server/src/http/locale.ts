import { negotiateLocale } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { appendHeaders } from './response-headers.js';

const VARY: ReadonlyArray<readonly [string, string]> = [['Vary', 'Accept-Language']];

/** Picks the answer's language from Accept-Language (Finnish when nothing fits). */
export function localeFromHeader(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', negotiateLocale(c.req.header('Accept-Language')));
    await next();
    appendHeaders(c, VARY, ['Vary']);
  };
}
