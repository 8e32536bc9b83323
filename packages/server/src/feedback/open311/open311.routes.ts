import {
  blockingNotice,
  DETAILED_STATUS_OF,
  FEEDBACK_RESIDENT_PATHS,
  feedbackStatusesFor,
  FeedbackSubmissionSchema,
  HISTORY_STATUS_OF,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  issuesToFieldErrors,
  LOCALES,
  normalizeTrackingCode,
  OPEN311_BASE_PATH,
  OPEN311_SPECIFICATION,
  OPEN311_STATUS_OF,
  OPEN311_STATUSES,
  OPEN311_WINDOW_DAYS,
  decodeOpen311Attributes,
  parseW3cDateTime,
  requestWindow,
  splitList,
  titleFromText,
  toW3cDateTime,
  validateAttributeAnswers,
  type FeedbackStatusValue,
  type FieldError,
  type Locale,
  type MessageParams,
  type Open311Status,
} from '@kohtaamo/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../../db/database.types.js';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { createFeedbackRepository, type FeedbackRepositoryOptions } from '../feedback.repository.js';
import type { AppEnv } from '../../http/app-env.js';
import { corsFor } from '../../http/cors.js';
import type { Logger } from '../../http/health.routes.js';
import { requestHash } from '../../http/idempotency.js';
import { verifyApiKey as verifyIssuedApiKey } from '../../platform/staff/api-keys.js';
import { t } from '../../http/problem.js';
import { createOpen311Repository, OPEN311_MAX_RESULTS, type Open311Category, OPEN311_SUBMIT_SCOPE, type Open311RequestRecord } from './open311.repository.js';
import { toXmlDocument, type Open311Object, type Open311Value } from './open311.xml.js';

export type Open311Format = 'xml' | 'json';

export interface Open311Options {
  readonly origins?: readonly string[];
  /**
   * The server's public address (KOHTAAMO_PUBLIC_URL) that absolute URLs start with. Unset: the
   * URLs are root-relative. Never the request's Host header, which the client writes.
   */
  readonly publicUrl?: string | null;
  readonly logger?: Logger;
  readonly feedback?: FeedbackRepositoryOptions;
  readonly clock?: () => Date;
  /** Checks an api_key: by default the keys `kohtaamo-server admin api-key issue` gave, not revoked. */
  readonly verifyApiKey?: (key: string) => Promise<boolean>;
}

/** The largest radius of a CitySDK location search, in metres. */
export const OPEN311_MAX_RADIUS_M = 50_000;

/** Services and their definitions change seldom: a client may reuse them for a few minutes. */
const CACHEABLE = { 'Cache-Control': 'public, max-age=300' };

/** Largest POST body (a request is at most 5000 characters of text and a few answers). */
export const OPEN311_MAX_BODY_BYTES = 64 * 1024;

/** Texts through the server's catalogs (the feedback module registers open311Messages). */
const tr = (locale: Locale, key: string, params?: MessageParams) => t(locale, key, params);

/** "requests.json" → requests + json; anything else is not an Open311 resource. */
export function splitFormat(file: string): { name: string; format: Open311Format } | null {
  const match = /^(.+)\.(xml|json)$/.exec(file);
  return match ? { name: match[1]!, format: match[2] as Open311Format } : null;
}

/** The format a path asks for, to answer even a wrong path in it (XML, the required one, by default). */
const formatOfPath = (path: string): Open311Format => (path.endsWith('.json') ? 'json' : 'xml');

/** The opaque cursor of the list: where the page after a request starts. */
function encodeListCursor(record: { readonly createdAt: string; readonly id: string }): string {
  return Buffer.from(JSON.stringify([record.createdAt, record.id])).toString('base64url');
}

function decodeListCursor(text: string): { createdAt: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)) || id.length > 100) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

function answer(c: Context<AppEnv>, format: Open311Format, root: string, value: Open311Value, status = 200, headers: Record<string, string> = {}): Response {
  const common = { 'Cache-Control': 'no-store', ...headers };
  if (format === 'json') {
    return c.body(JSON.stringify(value), status as 200, { 'Content-Type': 'application/json; charset=utf-8', ...common });
  }
  return c.body(toXmlDocument(root, value), status as 200, { 'Content-Type': 'text/xml; charset=utf-8', ...common });
}

/** An error list (the spec's `<errors><error><code/><description/></error></errors>`). */
function fail(c: Context<AppEnv>, format: Open311Format, status: number, descriptions: readonly string[], headers: Record<string, string> = {}): Response {
  return answer(c, format, 'errors', descriptions.map((description) => ({ code: status, description })), status, headers);
}

/**
 * The language of names and texts: the CitySDK `locale` parameter ("fi", "sv_FI", "en-GB"),
 * else Accept-Language when the client sent one, else English (CitySDK's default).
 */
export function open311Locale(param: string | undefined, acceptLanguage: string | undefined, negotiated: Locale): Locale {
  const base = (param ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  // Accept-Language counts only when it names one of our languages ("*" is no preference).
  return acceptLanguage && /(^|[\s,])(fi|sv|en)\b/i.test(acceptLanguage) ? negotiated : 'en';
}

/** Query parameters, each once: a parameter given empty counts as absent (the spec's "Optional"). */
function queryOf(c: Context<AppEnv>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, values] of Object.entries(c.req.queries())) {
    const given = values.filter((value) => value.trim() !== '');
    if (given.length > 0) out.set(key, given);
  }
  return out;
}

/** Where a submission field's error is reported: the Open311 parameter it came from. */
const PARAMETER_OF_POINTER: ReadonlyArray<[RegExp, string]> = [
  [/^#\/category/, 'service_code'],
  [/^#\/message/, 'description'],
  [/^#\/location\/lat/, 'lat'],
  [/^#\/location\/lon/, 'long'],
  [/^#\/location/, 'address_string'],
  [/^#\/contact\/email/, 'email'],
  [/^#\/contact\/phone/, 'phone'],
  [/^#\/contact\/name/, 'first_name'],
  [/^#\/contact/, 'email'],
  [/^#\/lang/, 'locale'],
];

export function parameterOfPointer(pointer: string): string {
  const attribute = /^#\/attributes\/([^/]+)/.exec(pointer);
  if (attribute) return `attribute[${attribute[1]}]`;
  return PARAMETER_OF_POINTER.find(([pattern]) => pattern.test(pointer))?.[1] ?? pointer.replace(/^#\//, '');
}

function describe(errors: readonly FieldError[], locale: Locale): string[] {
  return errors.map((e) => `${parameterOfPointer(e.pointer)}: ${tr(locale, e.code, e.params)}`);
}

/**
 * Open311 GeoReport v2 under /open311/v2, in XML and JSON, with the CitySDK / 6Aika extensions
 * under `extensions=true` (see docs/open311.md):
 * - GET  discovery.{fmt}, services.{fmt}, services/{service_code}.{fmt}
 * - POST requests.{fmt} (form encoded, api_key) → a regular Kohtaamo feedback
 * - GET  tokens/{token}.{fmt}, requests.{fmt}, requests/{service_request_id}.{fmt}
 * service_request_id is the feedback's tracking code; service_code the category id.
 */
export function open311Routes(db: Kysely<Database>, options: Open311Options = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const repository = createOpen311Repository(db);
  const feedback = createFeedbackRepository(db, options.feedback);
  const clock = options.clock ?? (() => new Date());
  const verifyApiKey = options.verifyApiKey ?? ((key: string) => verifyIssuedApiKey(db, key));
  const startedAt = clock();
  const base = OPEN311_BASE_PATH;
  const publicOrigin = options.publicUrl?.replace(/\/+$/, '') ?? '';

  app.use(`${base}/*`, corsFor(options.origins ?? []));

  const localeOf = (c: Context<AppEnv>, param?: string) =>
    open311Locale(param ?? c.req.query('locale'), c.req.header('Accept-Language'), c.get('locale'));

  /** Runs a handler; a failure is logged and answered as an Open311 error in the right format. */
  function guarded(format: Open311Format, c: Context<AppEnv>, work: () => Promise<Response>): Promise<Response> {
    return work().catch((error: unknown) => {
      (options.logger ?? console).error(`Unhandled error on ${c.req.method} ${c.req.path}`, error);
      const locale = localeOf(c);
      if (isDatabaseUnavailable(error)) return fail(c, format, 503, [tr(locale, 'problem.unavailable.database')], { 'Retry-After': '5' });
      return fail(c, format, 500, [tr(locale, 'open311.internal')]);
    });
  }

  function extensionsOf(c: Context<AppEnv>, format: Open311Format, locale: Locale): boolean | Response {
    const value = (c.req.query('extensions') ?? '').trim().toLowerCase();
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    return fail(c, format, 400, [`extensions: ${tr(locale, 'open311.boolean.invalid')}`]);
  }

  function requestView(r: Open311RequestRecord, locale: Locale, extensions: boolean, origin: string): Open311Object {
    const status = OPEN311_STATUS_OF[r.status];
    const notes = [...r.history].reverse().find((h) => h.publicReply)?.publicReply ?? r.replyText;
    const mediaUrls = r.published ? r.photoIds.map((id) => `${origin}${FEEDBACK_RESIDENT_PATHS.photo(id)}`) : [];
    const view: Record<string, Open311Value> = {
      service_request_id: r.trackingCode,
      status,
      status_notes: notes ?? null,
      service_name: r.categoryName[locale],
      service_code: r.categoryId,
      description: r.publicText,
      agency_responsible: r.unitName?.[locale] ?? null,
      service_notice: r.acknowledgement?.[locale] ?? null,
      requested_datetime: toW3cDateTime(r.createdAt),
      // "For requests with status=closed, this will be the date the request was closed."
      updated_datetime: toW3cDateTime(status === 'closed' && r.closedAt ? r.closedAt : r.updatedAt),
      address: r.published ? r.address : null,
      lat: r.published ? r.lat : null,
      long: r.published ? r.lon : null,
      media_url: mediaUrls[0] ?? null,
    };
    if (extensions) {
      view['extended_attributes'] = {
        title: r.publicText ? titleFromText(r.publicText) : r.categoryName[locale],
        detailed_status: DETAILED_STATUS_OF[r.status],
        // Kohtaamo's own addition: when the city first answered (Open311 has no response time).
        first_response_datetime: r.firstResponseAt ? toW3cDateTime(r.firstResponseAt) : null,
        media_urls: mediaUrls,
        request_history: r.history.map((h) => ({
          time: toW3cDateTime(h.at),
          status: HISTORY_STATUS_OF[h.status],
          ...(h.publicReply ? { note: h.publicReply } : {}),
        })),
      };
    }
    return view;
  }

  // Read here (not through the feedback repository) so services and definitions always carry
  // the questions and notices straight from their tables.
  const categories = (): Promise<Open311Category[]> => repository.categories();

  // ---- discovery ------------------------------------------------------------------------
  const discovery = (c: Context<AppEnv>, format: Open311Format) => {
    const locale = localeOf(c);
    const origin = publicOrigin;
    const changeset = toW3cDateTime(startedAt);
    return answer(c, format, 'discovery', {
      changeset,
      contact: tr(locale, 'open311.discovery.contact'),
      key_service: tr(locale, 'open311.discovery.keyService'),
      endpoints: [
        {
          specification: OPEN311_SPECIFICATION,
          url: `${origin}${base}`,
          changeset,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
  };

  // ---- services --------------------------------------------------------------------------
  const services = (c: Context<AppEnv>, format: Open311Format) =>
    guarded(format, c, async () => {
      const locale = localeOf(c);
      const [list, units] = await Promise.all([categories(), repository.unitsOfCategories()]);
      return answer(
        c,
        format,
        'services',
        list.map((category) => ({
          service_code: category.id,
          service_name: category.name[locale],
          description: category.description[locale],
          metadata: category.attributes.length > 0,
          type: 'realtime',
          // Synonyms: the name in the other two languages.
          keywords: LOCALES.filter((l) => l !== locale)
            .map((l) => category.name[l].replace(/,/g, ' '))
            .join(', '),
          group: units.get(category.id)?.name[locale] ?? null,
        })),
        200,
        CACHEABLE,
      );
    });

  const serviceDefinition = (c: Context<AppEnv>, format: Open311Format, code: string) =>
    guarded(format, c, async () => {
      const locale = localeOf(c);
      const category = (await categories()).find((cat) => cat.id === code);
      if (!category) return fail(c, format, 404, [`service_code: ${tr(locale, 'open311.service.notFound', { code })}`]);
      const attributes = [...category.attributes].sort((a, b) => a.order - b.order);
      return answer(c, format, 'service_definition', {
        service_code: category.id,
        attributes: attributes.map((a, index) => ({
          variable: a.variable,
          code: a.code,
          datatype: a.datatype,
          required: a.required,
          datatype_description: tr(locale, `open311.datatype.${a.datatype}`),
          // "Any positive integer not used for other attributes": 1, 2, 3 … in the form's order.
          order: index + 1,
          description: a.description[locale],
          ...(a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist'
            ? { values: a.values.map((value) => ({ key: value.key, name: value.name[locale] })) }
            : {}),
        })),
      }, 200, CACHEABLE);
    });

  // ---- GET requests ----------------------------------------------------------------------
  const listRequests = (c: Context<AppEnv>, format: Open311Format) =>
    guarded(format, c, async () => {
      const locale = localeOf(c);
      const extensions = extensionsOf(c, format, locale);
      if (extensions instanceof Response) return extensions;
      const query = queryOf(c);
      const origin = publicOrigin;
      const ids = splitList(query.get('service_request_id'));
      if (ids.length > 0) {
        // "This overrides all other arguments."
        if (ids.length > OPEN311_MAX_RESULTS) {
          return fail(c, format, 400, [`service_request_id: ${tr(locale, 'open311.tooMany', { max: OPEN311_MAX_RESULTS })}`]);
        }
        const codes = ids.map((id) => normalizeTrackingCode(id)).filter((code): code is string => code !== null);
        const records = await repository.findByCodes(codes);
        return answer(c, format, 'service_requests', records.map((r) => requestView(r, locale, extensions, origin)));
      }
      const errors: string[] = [];
      const statuses = splitList(query.get('status'));
      for (const status of statuses) {
        if (!(OPEN311_STATUSES as readonly string[]).includes(status)) errors.push(`status: ${tr(locale, 'open311.status.invalid')}`);
      }
      const date = (name: string): Date | null => {
        const text = query.get(name)?.[0];
        if (text === undefined) return null;
        const parsed = parseW3cDateTime(text);
        if (parsed === null) errors.push(`${name}: ${tr(locale, 'open311.date.invalid')}`);
        return parsed;
      };
      const start = date('start_date');
      const end = date('end_date');
      // CitySDK: a changeset by updated_datetime; updated_before defaults to now.
      const updatedAfter = date('updated_after');
      const updatedBefore = date('updated_before');
      // Paging (the most implemented GeoReport v2 extension): page from 1, page_size up to 1000.
      const positive = (name: string, max: number): number | null => {
        const text = query.get(name)?.[0];
        if (text === undefined) return null;
        const value = Number(text);
        if (!/^\d+$/.test(text) || value < 1 || value > max) {
          errors.push(`${name}: ${tr(locale, 'open311.integer.invalid', { max })}`);
          return null;
        }
        return value;
      };
      // CitySDK location search: lat, long and radius (metres) together.
      const coordinate = (name: string, min: number, max: number): number | null => {
        const text = query.get(name)?.[0];
        if (text === undefined) return null;
        const value = Number(text);
        if (!Number.isFinite(value) || value < min || value > max) {
          errors.push(`${name}: ${tr(locale, 'open311.number.invalid')}`);
          return null;
        }
        return value;
      };
      const nearLat = coordinate('lat', -90, 90);
      const nearLon = coordinate('long', -180, 180);
      const radius = coordinate('radius', 1, OPEN311_MAX_RADIUS_M);
      const nearGiven = ['lat', 'long', 'radius'].filter((name) => query.has(name));
      if (nearGiven.length > 0 && nearGiven.length < 3) {
        errors.push(`${['lat', 'long', 'radius'].find((n) => !query.has(n))}: ${tr(locale, 'open311.near.incomplete')}`);
      }
      const pageSize = positive('page_size', OPEN311_MAX_RESULTS) ?? OPEN311_MAX_RESULTS;
      const page = positive('page', 1_000_000) ?? 1;
      // Keyset paging: `cursor` (from the Link header's next address) continues after the last
      // request of the page before, on the index, however deep; `page` still works (an offset).
      const cursorText = query.get('cursor')?.[0];
      const after = cursorText === undefined ? null : decodeListCursor(cursorText);
      if (cursorText !== undefined && (after === null || query.has('page'))) errors.push(`cursor: ${tr(locale, 'open311.cursor.invalid')}`);
      if (errors.length > 0) return fail(c, format, 400, errors);
      const byUpdate = updatedAfter !== null || updatedBefore !== null;
      let range: { start: string | null; end: string | null } = { start: null, end: null };
      if (!byUpdate || start !== null || end !== null) {
        // The requested_datetime window: the spec's default of the last 90 days, unless the
        // client asks for a changeset by update time only.
        const window = requestWindow(start, end, clock());
        if (!window.ok) {
          const key = window.reason === 'reversed' ? 'open311.date.reversed' : 'open311.date.tooLong';
          return fail(c, format, 400, [`end_date: ${tr(locale, key, { days: OPEN311_WINDOW_DAYS })}`]);
        }
        range = { start: window.start.toISOString(), end: window.end.toISOString() };
      }
      const feedbackStatuses: FeedbackStatusValue[] = (statuses as Open311Status[]).flatMap((s) => feedbackStatusesFor(s));
      const records = await repository.findPublished({
        categoryIds: splitList(query.get('service_code')),
        statuses: feedbackStatuses,
        ...range,
        updatedAfter: updatedAfter?.toISOString() ?? null,
        updatedBefore: (updatedBefore ?? (updatedAfter !== null ? clock() : null))?.toISOString() ?? null,
        limit: pageSize,
        offset: after === null ? (page - 1) * pageSize : 0,
        after,
        near: nearLat !== null && nearLon !== null && radius !== null ? { lat: nearLat, lon: nearLon, radius } : null,
      });
      // A full page may have a next one: its address in a Link header (RFC 8288), in both formats.
      const headers: Record<string, string> = {};
      const last = records.at(-1);
      if (last && records.length === pageSize) {
        const next = new URL(c.req.url);
        next.searchParams.delete('page');
        next.searchParams.set('cursor', encodeListCursor(last));
        headers['Link'] = `<${next.pathname}${next.search}>; rel="next"`;
      }
      return answer(c, format, 'service_requests', records.map((r) => requestView(r, locale, extensions, origin)), 200, headers);
    });

  const oneRequest = (c: Context<AppEnv>, format: Open311Format, id: string) =>
    guarded(format, c, async () => {
      const locale = localeOf(c);
      const extensions = extensionsOf(c, format, locale);
      if (extensions instanceof Response) return extensions;
      const code = normalizeTrackingCode(id);
      const records = code === null ? [] : await repository.findByCodes([code]);
      if (records.length === 0) return fail(c, format, 404, [`service_request_id: ${tr(locale, 'open311.request.notFound', { id })}`]);
      const origin = publicOrigin;
      return answer(c, format, 'service_requests', records.map((r) => requestView(r, locale, extensions, origin)));
    });

  const token = (c: Context<AppEnv>, format: Open311Format, value: string) =>
    guarded(format, c, async () => {
      const locale = localeOf(c);
      const id = await repository.requestIdForToken(value);
      if (id === null) return fail(c, format, 404, [`token: ${tr(locale, 'open311.token.notFound', { token: value })}`]);
      return answer(c, format, 'service_requests', [{ service_request_id: id, token: value }]);
    });

  // ---- POST requests ---------------------------------------------------------------------
  const postRequest = (c: Context<AppEnv>, format: Open311Format) =>
    guarded(format, c, async () => {
      const contentType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      let entries: [string, string][];
      if (contentType === 'application/x-www-form-urlencoded') {
        entries = [...new URLSearchParams(await c.req.text())];
      } else if (contentType === 'multipart/form-data') {
        let form: FormData;
        try {
          form = await c.req.raw.formData();
        } catch {
          // No boundary, a cut-off part, bytes that are no multipart at all: the client's mistake.
          return fail(c, format, 400, [tr(localeOf(c), 'open311.multipart.malformed')]);
        }
        if ([...form.values()].some((value) => typeof value !== 'string')) {
          return fail(c, format, 400, [`media: ${tr(localeOf(c), 'open311.media.unsupported')}`]);
        }
        entries = [...form.entries()] as [string, string][];
      } else {
        return fail(c, format, 400, [tr(localeOf(c), 'open311.contentType')], { 'Accept-Post': 'application/x-www-form-urlencoded' });
      }
      const field = (name: string): string | undefined => {
        const value = entries.find(([key]) => key === name)?.[1]?.trim();
        return value === undefined || value === '' ? undefined : value;
      };
      const locale = localeOf(c, field('locale'));

      // A key in the URL is never taken, even with a valid one in the body: URLs are written to
      // proxy and server logs and to browser history. The spec sends it in the POST body.
      if (c.req.query('api_key') !== undefined) return fail(c, format, 400, [`api_key: ${tr(locale, 'open311.apiKey.inQuery')}`]);
      // 403 next: without a valid key nothing else is looked at.
      const apiKey = field('api_key');
      if (apiKey === undefined) return fail(c, format, 403, [`api_key: ${tr(locale, 'open311.apiKey.missing')}`]);
      if (!(await verifyApiKey(apiKey))) return fail(c, format, 403, [`api_key: ${tr(locale, 'open311.apiKey.invalid')}`]);

      const serviceCode = field('service_code');
      if (serviceCode === undefined) return fail(c, format, 400, [`service_code: ${tr(locale, 'open311.service.required')}`]);
      const category = (await categories()).find((cat) => cat.id === serviceCode);
      if (!category) return fail(c, format, 404, [`service_code: ${tr(locale, 'open311.service.notFound', { code: serviceCode })}`]);

      // The location parameter: lat & long, or address_string, or address_id.
      const errors: string[] = [];
      const number = (name: string): number | undefined => {
        const text = field(name);
        if (text === undefined) return undefined;
        const value = Number(text);
        if (!Number.isFinite(value)) errors.push(`${name}: ${tr(locale, 'open311.number.invalid')}`);
        return value;
      };
      const lat = number('lat');
      const long = number('long');
      const addressString = field('address_string');
      const addressId = field('address_id');
      if (errors.length > 0) return fail(c, format, 400, errors);
      if ((lat === undefined) !== (long === undefined)) {
        return fail(c, format, 400, [`${lat === undefined ? 'lat' : 'long'}: ${tr(locale, 'open311.location.latLong')}`]);
      }
      if (lat === undefined && addressString === undefined) {
        const key = addressId !== undefined ? 'open311.addressId.unsupported' : 'open311.location.required';
        return fail(c, format, 400, [`${addressId !== undefined ? 'address_id' : 'address_string'}: ${tr(locale, key)}`]);
      }

      const email = field('email');
      const phone = field('phone');
      const name = [field('first_name'), field('last_name')].filter(Boolean).join(' ');
      const attributes = decodeOpen311Attributes(entries);
      const input = {
        category: serviceCode,
        message: field('description') ?? '',
        location: {
          ...(addressString !== undefined ? { address: addressString } : {}),
          ...(lat !== undefined && long !== undefined ? { lat, lon: long } : {}),
        },
        // Open311 has no consent field: giving an email or phone is asking to be answered.
        ...(email || phone || name ? { contact: { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}), consent: true } } : {}),
        ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
        lang: locale,
      };
      const parsed = v.safeParse(FeedbackSubmissionSchema, input);
      if (!parsed.success) return fail(c, format, 400, describe(issuesToFieldErrors(parsed.issues), locale));
      const checked = validateAttributeAnswers(category.attributes, parsed.output.attributes);
      if (!checked.ok) return fail(c, format, 400, describe(checked.errors, locale));
      const notice = blockingNotice(category.notices, checked.answers);
      if (notice) return fail(c, format, 400, [notice.text[locale]]);
      const submission = { ...parsed.output, ...(Object.keys(checked.answers).length > 0 ? { attributes: checked.answers } : {}) };

      const rawKey = c.req.header(IDEMPOTENCY_HEADER)?.trim().replace(/^"(.*)"$/, '$1');
      if (rawKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(rawKey)) {
        return fail(c, format, 400, [`${IDEMPOTENCY_HEADER}: ${tr(locale, 'problem.idempotencyKey.invalid')}`]);
      }
      const outcome = await feedback.submit(
        submission,
        rawKey === undefined ? null : { scope: OPEN311_SUBMIT_SCOPE, key: rawKey, hash: requestHash(input) },
      );
      switch (outcome.kind) {
        case 'created':
        case 'replayed': {
          const trackingCode = (JSON.parse(outcome.response.body) as { trackingCode: string }).trackingCode;
          const units = await repository.unitsOfCategories();
          return answer(c, format, 'service_requests', [
            {
              service_request_id: trackingCode,
              service_notice: units.get(category.id)?.acknowledgement[locale] ?? null,
              account_id: null,
            },
          ], 200, outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {});
        }
        case 'unknownCategory':
          return fail(c, format, 404, [`service_code: ${tr(locale, 'open311.service.notFound', { code: serviceCode })}`]);
        case 'idempotencyMismatch':
          return fail(c, format, 400, [`${IDEMPOTENCY_HEADER}: ${tr(locale, 'open311.idempotency.mismatch')}`]);
        default: {
          const other = outcome as { kind: string; errors?: FieldError[] };
          return fail(c, format, 400, other.errors ? describe(other.errors, locale) : [tr(locale, 'problem.validation.detail')]);
        }
      }
    });

  // ---- routing ---------------------------------------------------------------------------
  const notFound = (c: Context<AppEnv>) =>
    fail(c, formatOfPath(c.req.path), 404, [tr(localeOf(c), 'open311.notFound', { path: c.req.path })]);

  app.get(`${base}/:file`, (c) => {
    const target = splitFormat(c.req.param('file'));
    if (target?.name === 'discovery') return discovery(c, target.format);
    if (target?.name === 'services') return services(c, target.format);
    if (target?.name === 'requests') return listRequests(c, target.format);
    return notFound(c);
  });
  app.post(
    `${base}/:file`,
    bodyLimit({
      maxSize: OPEN311_MAX_BODY_BYTES,
      onError: (c) =>
        fail(c as Context<AppEnv>, formatOfPath(c.req.path), 413, [tr(localeOf(c as Context<AppEnv>), 'open311.tooLarge', { max: OPEN311_MAX_BODY_BYTES })]),
    }),
    (c) => {
      const target = splitFormat(c.req.param('file'));
      if (target?.name === 'requests') return postRequest(c, target.format);
      return notFound(c);
    },
  );
  app.get(`${base}/services/:file`, (c) => {
    const target = splitFormat(c.req.param('file'));
    return target ? serviceDefinition(c, target.format, target.name) : notFound(c);
  });
  app.get(`${base}/requests/:file`, (c) => {
    const target = splitFormat(c.req.param('file'));
    return target ? oneRequest(c, target.format, target.name) : notFound(c);
  });
  app.get(`${base}/tokens/:file`, (c) => {
    const target = splitFormat(c.req.param('file'));
    return target ? token(c, target.format, target.name) : notFound(c);
  });
  // Another method on an Open311 resource: 405 with Allow, as an Open311 error list.
  app.on(['PUT', 'PATCH', 'DELETE'], `${base}/*`, (c) => {
    const allow = /\/requests\.(xml|json)$/.test(c.req.path) ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS';
    return fail(c, formatOfPath(c.req.path), 405, [tr(localeOf(c), 'problem.methodNotAllowed.detail', { method: c.req.method, path: c.req.path, allow })], { Allow: allow });
  });
  app.get('/open311/*', notFound);

  return app;
}
