import * as v from 'valibot';
import { NetworkError, ContractError } from '../../http/errors.js';
import {
  Open311DiscoverySchema,
  Open311ErrorListSchema,
  Open311PostResultListSchema,
  Open311RequestListSchema,
  Open311ServiceDefinitionSchema,
  Open311ServiceListSchema,
  Open311TokenResultListSchema,
  type Open311Discovery,
  type Open311ErrorEntry,
  type Open311NewRequest,
  type Open311PostResult,
  type Open311Request,
  type Open311RequestFilters,
  type Open311Service,
  type Open311ServiceDefinition,
} from './open311.schema.js';
import { encodeOpen311Request, open311FilterParams } from './open311.logic.js';

export interface Open311ClientOptions {
  /** The GeoReport v2 endpoint ("https://palaute.example.fi/open311/v2"), without a format. */
  readonly baseUrl: string;
  /** Needed for POST requests only. */
  readonly apiKey?: string;
  /** Sent with every call when the endpoint serves several jurisdictions. */
  readonly jurisdictionId?: string;
  readonly fetch?: typeof fetch;
  /** Milliseconds before a call counts as failed (15 s). */
  readonly timeout?: number;
}

export interface Open311CallOptions {
  /** CitySDK: preferred language of names and descriptions ("fi", "sv", "en"). */
  readonly locale?: string;
  readonly signal?: AbortSignal;
}

/** The server answered with an Open311 error list. */
export class Open311Error extends Error {
  override readonly name = 'Open311Error';
  constructor(
    readonly status: number,
    readonly errors: readonly Open311ErrorEntry[],
  ) {
    super(errors.map((e) => e.description).join('; ') || `HTTP ${status}`);
  }
}

export interface Open311Client {
  discovery(options?: Open311CallOptions): Promise<Open311Discovery>;
  listServices(options?: Open311CallOptions): Promise<Open311Service[]>;
  getServiceDefinition(serviceCode: string, options?: Open311CallOptions): Promise<Open311ServiceDefinition>;
  /**
   * Creates a service request. `idempotencyKey`, when given, goes in an Idempotency-Key header:
   * Kohtaamo then stores one request however often the same POST is retried (other servers
   * ignore the header).
   */
  postRequest(request: Open311NewRequest, options?: Open311CallOptions & { idempotencyKey?: string }): Promise<Open311PostResult>;
  getRequestIdFromToken(token: string, options?: Open311CallOptions): Promise<string | null>;
  getRequests(filters?: Open311RequestFilters, options?: Open311CallOptions): Promise<Open311Request[]>;
  /** One request, or null when the server does not know the id (404). */
  getRequest(id: string, options?: Open311CallOptions & { extensions?: boolean }): Promise<Open311Request | null>;
}

/** `url` as an absolute URL, read against `base` (itself read against the page when relative); unchanged when already absolute or unreadable. */
function resolveAgainst(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, new URL(base, (globalThis as { location?: { href?: string } }).location?.href)).toString();
  } catch {
    return url;
  }
}

/**
 * A client of any Open311 GeoReport v2 server, in its JSON format (no XML parser needed, no
 * DOM): Kohtaamo's own /open311/v2 or another city's. Every answer is checked by the schemas.
 */
export function createOpen311Client(options: Open311ClientOptions): Open311Client {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
  const timeout = options.timeout ?? 15_000;

  function url(path: string, params: Record<string, string> = {}): string {
    const search = new URLSearchParams();
    if (options.jurisdictionId) search.set('jurisdiction_id', options.jurisdictionId);
    for (const [key, value] of Object.entries(params)) search.set(key, value);
    const query = search.toString();
    return `${base}/${path}.json${query ? `?${query}` : ''}`;
  }

  async function call<S extends v.GenericSchema>(
    target: string,
    schema: S,
    init: RequestInit & { signal?: AbortSignal | undefined },
    allow404 = false,
  ): Promise<v.InferOutput<S> | null> {
    const timer = AbortSignal.timeout(timeout);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    let response: Response;
    try {
      response = await doFetch(target, { ...init, signal, headers: { Accept: 'application/json', ...init.headers } });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new NetworkError(error instanceof Error ? error.message : 'Network request failed', error);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      if (allow404 && response.status === 404) return null;
      const errors = v.safeParse(Open311ErrorListSchema, body);
      throw new Open311Error(response.status, errors.success ? errors.output : []);
    }
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) throw new ContractError(`Unexpected answer from ${target}`, parsed.issues);
    return parsed.output;
  }

  const locale = (o?: Open311CallOptions): Record<string, string> => (o?.locale ? { locale: o.locale } : {});
  const get = (o?: Open311CallOptions) => ({ method: 'GET', signal: o?.signal });

  return {
    async discovery(o) {
      const target = url('discovery');
      const discovery = (await call(target, Open311DiscoverySchema, get(o)))!;
      // A server may give its endpoints root-relative (Kohtaamo does when no public URL is set):
      // they are read against the discovery document's own address.
      return { ...discovery, endpoints: discovery.endpoints.map((e) => ({ ...e, url: resolveAgainst(e.url, target) })) };
    },
    async listServices(o) {
      return (await call(url('services', locale(o)), Open311ServiceListSchema, get(o)))!;
    },
    async getServiceDefinition(code, o) {
      return (await call(url(`services/${encodeURIComponent(code)}`, locale(o)), Open311ServiceDefinitionSchema, get(o)))!;
    },
    async postRequest(request, o) {
      const extra: Record<string, string> = {};
      if (options.apiKey) extra['api_key'] = options.apiKey;
      if (options.jurisdictionId) extra['jurisdiction_id'] = options.jurisdictionId;
      if (o?.locale) extra['locale'] = o.locale;
      const list = (await call(`${base}/requests.json`, Open311PostResultListSchema, {
        method: 'POST',
        signal: o?.signal,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
          ...(o?.idempotencyKey ? { 'Idempotency-Key': o.idempotencyKey } : {}),
        },
        body: encodeOpen311Request(request, extra).toString(),
      }))!;
      const first = list[0];
      if (!first) throw new ContractError('POST requests answered with an empty list', []);
      return first;
    },
    async getRequestIdFromToken(token, o) {
      const list = await call(url(`tokens/${encodeURIComponent(token)}`), Open311TokenResultListSchema, get(o), true);
      return list?.[0]?.service_request_id ?? null;
    },
    async getRequests(filters = {}, o) {
      const params = { ...open311FilterParams(filters), ...locale(o) };
      return (await call(url('requests', params), Open311RequestListSchema, get(o)))!;
    },
    async getRequest(id, o) {
      const params: Record<string, string> = { ...locale(o), ...(o?.extensions ? { extensions: 'true' } : {}) };
      const list = await call(url(`requests/${encodeURIComponent(id)}`, params), Open311RequestListSchema, get(o), true);
      return list?.[0] ?? null;
    },
  };
}
