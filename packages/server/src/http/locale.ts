import { negotiateLocale } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** Picks the answer's language from Accept-Language (Finnish when nothing fits). */
export function localeFromHeader(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', negotiateLocale(c.req.header('Accept-Language')));
    await next();
    c.header('Vary', 'Accept-Language', { append: true });
  };
}
