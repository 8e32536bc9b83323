import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// A segment may start with "-" or "_": the widgets' chunks are named by a base64url hash (docs/adr/0079).
const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The file a URL path below `root` names, or null when the path is not a plain relative path
 * of safe segments (no "..", no hidden files, no encoded slashes): nothing outside `root`.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  if (segments.length === 0 || !segments.every((s) => SAFE_SEGMENT.test(s))) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file.startsWith(base + sep) ? file : null;
}

async function statFile(path: string): Promise<Stats | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

export interface ServeFileOptions {
  readonly cacheControl: string;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Send `<file>.br` or `<file>.gz` (written by the build beside the file) when the request's
   * Accept-Encoding allows it, with `Content-Encoding` and `Vary: Accept-Encoding`.
   */
  readonly precompressed?: boolean;
}

/** The content codings of precompressed files, best first, and their file suffixes. */
const CODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The codings an Accept-Encoding header allows (RFC 9110 §12.5.3): listed with q > 0, or
 * covered by `*` with q > 0 and not listed with q=0.
 */
export function acceptedCodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  if (!header) return accepted;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number.parseFloat(q.slice(2)) : 1;
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  for (const { coding } of CODINGS) {
    const weight = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*');
    if (weight !== undefined && weight > 0) accepted.add(coding);
  }
  return accepted;
}

/**
 * Answers with a file, or returns null when there is no such file. Sends a weak ETag and
 * Last-Modified and answers 304 to a matching If-None-Match, so `no-cache` costs one small
 * round trip; HEAD gets the headers only.
 */
export async function serveFile(c: Context, path: string, options: ServeFileOptions): Promise<Response | null> {
  const original = await statFile(path);
  if (original === null) return null;
  let stats = original;
  let body = path;
  let coding: string | null = null;
  if (options.precompressed) {
    const accepted = acceptedCodings(c.req.header('Accept-Encoding'));
    for (const candidate of CODINGS) {
      if (!accepted.has(candidate.coding)) continue;
      const compressed = await statFile(path + candidate.suffix);
      // Only a file written with (or after) the original: never a stale leftover.
      if (compressed !== null && compressed.mtimeMs >= original.mtimeMs) {
        stats = compressed;
        body = path + candidate.suffix;
        coding = candidate.coding;
        break;
      }
    }
  }
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${coding ? `-${coding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(path),
    'Cache-Control': options.cacheControl,
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
    ...(options.precompressed ? { Vary: 'Accept-Encoding' } : {}),
    ...(coding ? { 'Content-Encoding': coding } : {}),
    ...options.headers,
  };
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return c.body(null, 304, headers);
  }
  headers['Content-Length'] = String(stats.size);
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const stream = Readable.toWeb(createReadStream(body)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200, headers);
}
