import type { Context } from 'hono';

/**
 * Adds headers to the answer a handler already gave, after `await next()`, without reading or
 * re-wrapping its body. (Hono's `c.header()` after the handler copies the Response through its
 * body stream, and @hono/node-server then sends it as a stream instead of its bytes: a large
 * share of the cost of a small answer; ADR 0020.) Names in `append` are appended (Vary), the
 * others replace any value the handler set.
 */
export function appendHeaders(c: Context, headers: ReadonlyArray<readonly [string, string]>, append: readonly string[] = []): void {
  if (headers.length === 0) return;
  let target: Headers;
  try {
    target = c.res.headers;
    apply(target, headers, append);
  } catch {
    // An immutable Headers (e.g. a Response.redirect): copy the answer once, then add.
    c.res = new Response(c.res.body, c.res);
    apply(c.res.headers, headers, append);
  }
}

function apply(target: Headers, headers: ReadonlyArray<readonly [string, string]>, append: readonly string[]): void {
  for (const [name, value] of headers) {
    if (append.includes(name)) target.append(name, value);
    else target.set(name, value);
  }
}
