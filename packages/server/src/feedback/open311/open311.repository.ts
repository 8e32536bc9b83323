import { boundingBoxAround, distanceMeters, type CategoryAttribute, type CategoryNotice, type FeedbackCategory, type FeedbackStatusValue, type Locale } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { IDEMPOTENCY_KEY_TTL_MS } from '../../http/idempotency.js';

/** The scope Open311 submissions' idempotency keys (and so their tokens) are stored under. */
export const OPEN311_SUBMIT_SCOPE = 'POST /open311/v2/requests';

/** The most requests one GET requests answers (the spec's "first 1000 requests"). */
export const OPEN311_MAX_RESULTS = 1000;

export type LocalizedColumns = { readonly fi: string; readonly sv: string; readonly en: string };

/** One feedback as Open311 may show it: no contact details, no unreviewed resident text. */
export interface Open311RequestRecord {
  readonly id: string;
  readonly trackingCode: string;
  readonly status: FeedbackStatusValue;
  readonly categoryId: string;
  readonly categoryName: LocalizedColumns;
  readonly published: boolean;
  /** The moderated public text; only for a published feedback. */
  readonly publicText: string | null;
  readonly address: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  /** The staff's first public response (not the automatic acknowledgement), or null. */
  readonly firstResponseAt: string | null;
  readonly replyText: string | null;
  readonly unitName: LocalizedColumns | null;
  readonly acknowledgement: Partial<Record<Locale, string | null>> | null;
  readonly history: readonly { status: FeedbackStatusValue; at: string; publicReply: string | null }[];
  readonly photoIds: readonly string[];
}

export interface RequestQuery {
  readonly categoryIds: readonly string[];
  readonly statuses: readonly FeedbackStatusValue[];
  /** requested_datetime range: ISO instants, inclusive; null = no bound. */
  readonly start: string | null;
  readonly end: string | null;
  /** updated_datetime range (CitySDK updated_after / updated_before), inclusive. */
  readonly updatedAfter?: string | null;
  readonly updatedBefore?: string | null;
  readonly limit: number;
  readonly offset?: number;
  /** Keyset paging: continue after this request of the order (newest first), instead of an offset. */
  readonly after?: { readonly createdAt: string; readonly id: string } | null;
  /** CitySDK: only requests whose pin is within `radius` metres of the point. */
  readonly near?: { readonly lat: number; readonly lon: number; readonly radius: number } | null;
}

/** The most rows a radius search reads before measuring distances exactly. */
const NEAR_SCAN_MAX = 10_000;

/** A category (an Open311 service) with its questions and notices. */
export type Open311Category = Omit<FeedbackCategory, 'attributes' | 'notices'> & {
  readonly attributes: CategoryAttribute[];
  readonly notices: CategoryNotice[];
};

export interface Open311Repository {
  /** The categories (services) in the form's order, with their questions and notices. */
  categories(): Promise<Open311Category[]>;
  /** Unit (the Open311 group) of each category, by category id. */
  unitsOfCategories(): Promise<Map<string, { name: LocalizedColumns; acknowledgement: Partial<Record<Locale, string | null>> } | null>>;
  /** Published requests in a window, newest first. */
  findPublished(query: RequestQuery): Promise<Open311RequestRecord[]>;
  /** Requests by tracking code, whatever their moderation (the code is the key to its status). */
  findByCodes(codes: readonly string[]): Promise<Open311RequestRecord[]>;
  /** The service_request_id a token (an Idempotency-Key of a POST) became, or null. */
  requestIdForToken(token: string): Promise<string | null>;
}

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function createOpen311Repository(db: Kysely<Database>): Open311Repository {
  function baseQuery() {
    // Columns named one by one: contact details and the resident's raw text are never read here.
    return db
      .selectFrom('feedback as f')
      .innerJoin('feedback_categories as c', 'c.id', 'f.category_id')
      .leftJoin('units as u', 'u.id', 'f.unit_id')
      .select([
        'f.id',
        'f.tracking_code',
        'f.status',
        'f.category_id',
        'c.name_fi',
        'c.name_sv',
        'c.name_en',
        'f.visibility',
        'f.public_message',
        'f.address',
        'f.lat',
        'f.lon',
        'f.created_at',
        'f.updated_at',
        'f.closed_at',
        'f.first_response_at',
        'f.reply_text',
        'u.name_fi as unit_fi',
        'u.name_sv as unit_sv',
        'u.name_en as unit_en',
        'u.acknowledgement_fi',
        'u.acknowledgement_sv',
        'u.acknowledgement_en',
      ]);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

  async function complete(rows: Row[]): Promise<Open311RequestRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const history = await db
      .selectFrom('feedback_history')
      .select(['feedback_id', 'status', 'at', 'public_reply'])
      .where('feedback_id', 'in', ids)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const photos = await db
      .selectFrom('feedback_photos')
      .select(['id', 'feedback_id'])
      .where('feedback_id', 'in', ids)
      .where('hidden', '=', 0)
      .orderBy('sort_order')
      .orderBy('id')
      .execute();
    return rows.map((r) => {
      const published = r.visibility === 'published';
      return {
        id: r.id,
        trackingCode: r.tracking_code,
        status: r.status as FeedbackStatusValue,
        categoryId: r.category_id,
        categoryName: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
        published,
        publicText: published ? (r.public_message ?? null) : null,
        address: r.address,
        lat: toNumber(r.lat),
        lon: toNumber(r.lon),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        closedAt: r.closed_at,
        firstResponseAt: r.first_response_at,
        replyText: r.reply_text,
        unitName: r.unit_fi !== null ? { fi: r.unit_fi, sv: r.unit_sv ?? r.unit_fi, en: r.unit_en ?? r.unit_fi } : null,
        acknowledgement:
          r.unit_fi !== null ? { fi: r.acknowledgement_fi, sv: r.acknowledgement_sv, en: r.acknowledgement_en } : null,
        history: history
          .filter((h) => h.feedback_id === r.id)
          .map((h) => ({ status: h.status as FeedbackStatusValue, at: h.at, publicReply: h.public_reply })),
        photoIds: photos.filter((p) => p.feedback_id === r.id).map((p) => p.id),
      };
    });
  }

  return {
    async categories() {
      const [rows, attributes, notices] = await Promise.all([
        db.selectFrom('feedback_categories').selectAll().orderBy('sort_order').orderBy('id').execute(),
        db.selectFrom('feedback_category_attributes').selectAll().orderBy('sort_order').orderBy('code').execute(),
        db.selectFrom('feedback_category_notices').selectAll().orderBy('sort_order').orderBy('id').execute(),
      ]);
      return rows.map((row): Open311Category => ({
        id: row.id,
        name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
        description: { fi: row.description_fi, sv: row.description_sv, en: row.description_en },
        attributes: attributes
          .filter((a) => a.category_id === row.id)
          .map(
            (a): CategoryAttribute => ({
              code: a.code,
              datatype: a.datatype as CategoryAttribute['datatype'],
              variable: Number(a.variable) === 1,
              required: Number(a.required) === 1,
              order: Number(a.sort_order),
              description: { fi: a.description_fi, sv: a.description_sv, en: a.description_en },
              values: JSON.parse(a.values_json || '[]') as CategoryAttribute['values'],
            }),
          ),
        notices: notices
          .filter((n) => n.category_id === row.id)
          .map(
            (n): CategoryNotice => ({
              id: n.id,
              text: { fi: n.text_fi, sv: n.text_sv, en: n.text_en },
              blocking: Number(n.blocking) === 1,
              when:
                n.when_attribute !== null
                  ? { attribute: n.when_attribute, values: JSON.parse(n.when_values_json ?? '[]') as string[] }
                  : null,
            }),
          ),
      }));
    },

    async unitsOfCategories() {
      const rows = await db
        .selectFrom('feedback_categories as c')
        .leftJoin('units as u', 'u.id', 'c.unit_id')
        .select([
          'c.id',
          'u.name_fi',
          'u.name_sv',
          'u.name_en',
          'u.acknowledgement_fi',
          'u.acknowledgement_sv',
          'u.acknowledgement_en',
        ])
        .execute();
      return new Map(
        rows.map((r) => [
          r.id,
          r.name_fi === null
            ? null
            : {
                name: { fi: r.name_fi, sv: r.name_sv ?? r.name_fi, en: r.name_en ?? r.name_fi },
                acknowledgement: { fi: r.acknowledgement_fi, sv: r.acknowledgement_sv, en: r.acknowledgement_en },
              },
        ]),
      );
    },

    async findPublished(query) {
      let q = baseQuery().where('f.visibility', '=', 'published');
      if (query.start) q = q.where('f.created_at', '>=', query.start);
      if (query.end) q = q.where('f.created_at', '<=', query.end);
      if (query.updatedAfter) q = q.where('f.updated_at', '>=', query.updatedAfter);
      if (query.updatedBefore) q = q.where('f.updated_at', '<=', query.updatedBefore);
      if (query.categoryIds.length > 0) q = q.where('f.category_id', 'in', [...query.categoryIds]);
      if (query.statuses.length > 0) q = q.where('f.status', 'in', [...query.statuses]);
      // Newest first, on the index (visibility[, category_id], created_at, id): a cursor page
      // continues after the last request of the page before, with no offset to skip.
      const after = query.after;
      if (after) {
        q = q.where((eb) =>
          eb.or([eb('f.created_at', '<', after.createdAt), eb.and([eb('f.created_at', '=', after.createdAt), eb('f.id', '<', after.id)])]),
        );
      }
      q = q.orderBy('f.created_at', 'desc').orderBy('f.id', 'desc');
      const offset = query.offset ?? 0;
      if (query.near) {
        // The box around the circle in SQL, the circle itself here; then the page.
        const near = query.near;
        const [west, south, east, north] = boundingBoxAround({ lat: near.lat, lon: near.lon }, near.radius);
        const boxed = await q
          .where('f.lat', '>=', south)
          .where('f.lat', '<=', north)
          .where('f.lon', '>=', west)
          .where('f.lon', '<=', east)
          .limit(NEAR_SCAN_MAX)
          .execute();
        const inside = boxed.filter(
          (r) => r.lat !== null && r.lon !== null && distanceMeters({ lat: Number(r.lat), lon: Number(r.lon) }, near) <= near.radius,
        );
        return complete(inside.slice(offset, offset + query.limit));
      }
      return complete(await q.limit(query.limit).offset(offset).execute());
    },

    async findByCodes(codes) {
      if (codes.length === 0) return [];
      const rows = await baseQuery()
        .where('f.tracking_code', 'in', [...codes])
        .orderBy('f.created_at', 'desc')
        .orderBy('f.tracking_code')
        .execute();
      return complete(rows);
    },

    async requestIdForToken(token) {
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['response_body'])
        .where('scope', '=', OPEN311_SUBMIT_SCOPE)
        .where('key', '=', token)
        // A token lives as long as its idempotency key (24 h), whether or not it was swept yet.
        .where('created_at', '>=', new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS).toISOString())
        .executeTakeFirst();
      if (!row?.response_body) return null;
      const body = JSON.parse(row.response_body) as { trackingCode?: unknown };
      return typeof body.trackingCode === 'string' ? body.trackingCode : null;
    },
  };
}
