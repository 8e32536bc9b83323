import { randomUUID } from 'node:crypto';
import { DEFAULT_RESPONSE_TARGET_WORKING_DAYS } from './feedback.config.js';
import {
  blockingNotice,
  blockingPointer,
  boundingBoxAround,
  distanceMeters,
  FEEDBACK_RESIDENT_PATHS,
  NEARBY_RADIUS_M,
  PUBLIC_PAGE_SIZE,
  reportResponseTime,
  validateAttributeAnswers,
  type AttributeAnswers,
  type BoundingBox,
  type CategoryAttribute,
  type CategoryNotice,
  type FeedbackStatusValue,
  type FieldError,
  type FollowResult,
  type LatLon,
  type NearbyFeedback,
  type PhotoType,
  type PublicFeedback,
  type PublicFeedbackList,
} from '@kohtaamo/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { Rollback } from '../db/errors.js';
import { runIdempotent, type IdempotentRequest, type StoredResponse } from '../http/idempotency.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

export const OPEN_STATUSES: readonly FeedbackStatusValue[] = ['received', 'allocated', 'in_handling'];
export const CLOSED_STATUSES: readonly FeedbackStatusValue[] = ['done', 'rejected'];

export interface CategoryExtras {
  readonly attributes: CategoryAttribute[];
  readonly notices: CategoryNotice[];
}

/** The questions and notices of every category (or one), by category id. */
export async function loadCategoryExtras(db: Db, categoryId?: string): Promise<Map<string, CategoryExtras>> {
  let attributeQuery = db.selectFrom('feedback_category_attributes').selectAll().orderBy('sort_order').orderBy('code');
  let noticeQuery = db.selectFrom('feedback_category_notices').selectAll().orderBy('sort_order').orderBy('id');
  if (categoryId !== undefined) {
    attributeQuery = attributeQuery.where('category_id', '=', categoryId);
    noticeQuery = noticeQuery.where('category_id', '=', categoryId);
  }
  const [attributes, notices] = await Promise.all([attributeQuery.execute(), noticeQuery.execute()]);
  const map = new Map<string, { attributes: CategoryAttribute[]; notices: CategoryNotice[] }>();
  const entry = (id: string) => {
    let found = map.get(id);
    if (!found) map.set(id, (found = { attributes: [], notices: [] }));
    return found;
  };
  for (const row of attributes) {
    entry(row.category_id).attributes.push({
      code: row.code,
      datatype: row.datatype as CategoryAttribute['datatype'],
      variable: row.variable === 1,
      required: row.required === 1,
      order: row.sort_order,
      description: { fi: row.description_fi, sv: row.description_sv, en: row.description_en },
      values: JSON.parse(row.values_json) as CategoryAttribute['values'],
    });
  }
  for (const row of notices) {
    entry(row.category_id).notices.push({
      id: row.id,
      text: { fi: row.text_fi, sv: row.text_sv, en: row.text_en },
      blocking: row.blocking === 1,
      when:
        row.when_attribute !== null
          ? { attribute: row.when_attribute, values: JSON.parse(row.when_values_json ?? '[]') as string[] }
          : null,
    });
  }
  return map;
}

export interface SubmissionExtras {
  readonly attributes?: AttributeAnswers | undefined;
  readonly photos?: readonly string[] | undefined;
}

/**
 * Checks a submission's answers against its category (and its blocking notices) and that its
 * photos exist and belong to no feedback yet. Inside the submission's transaction.
 */
export async function checkSubmissionExtras(
  trx: Db,
  categoryId: string,
  submission: SubmissionExtras,
): Promise<{ ok: true; answers: AttributeAnswers } | { ok: false; errors: FieldError[] }> {
  const extras = (await loadCategoryExtras(trx, categoryId)).get(categoryId) ?? { attributes: [], notices: [] };
  const validation = validateAttributeAnswers(extras.attributes, submission.attributes);
  const errors: FieldError[] = validation.ok ? [] : [...validation.errors];
  const blocking = blockingNotice(extras.notices, validation.ok ? validation.answers : submission.attributes);
  if (blocking) errors.push({ pointer: blockingPointer(blocking), code: 'feedback.notice.blocking' });
  const ids = submission.photos ?? [];
  if (ids.length > 0) {
    const rows = await trx.selectFrom('feedback_photos').select(['id', 'feedback_id']).where('id', 'in', [...ids]).execute();
    ids.forEach((id, index) => {
      const row = rows.find((r) => r.id === id);
      if (!row || row.feedback_id !== null) errors.push({ pointer: `#/photos/${index}`, code: 'feedback.photo.unknown' });
    });
  }
  return errors.length > 0 || !validation.ok ? { ok: false, errors } : { ok: true, answers: validation.answers };
}

export async function attachPhotos(trx: Db, feedbackId: string, ids: readonly string[]): Promise<void> {
  for (const [index, id] of ids.entries()) {
    await trx.updateTable('feedback_photos').set({ feedback_id: feedbackId, sort_order: index }).where('id', '=', id).where('feedback_id', 'is', null).execute();
  }
}

export interface PublicListFilter {
  readonly category?: string | undefined;
  readonly status?: string | undefined;
  readonly bbox?: BoundingBox | null | undefined;
  readonly page?: number | undefined;
  readonly pageSize?: number | undefined;
  /** The `next` of the page before (wins over `page`). */
  readonly cursor?: string | undefined;
}

export type FollowOutcome =
  | { readonly kind: 'done' | 'replayed'; readonly response: StoredResponse }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'full'; readonly max: number }
  | { readonly kind: 'idempotencyMismatch' };

export interface StoredPhoto {
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface FeedbackResidentRepository {
  listPublic(filter: PublicListFilter): Promise<PublicFeedbackList>;
  nearby(category: string, point: LatLon, radius?: number): Promise<NearbyFeedback[]>;
  /** `lang`: the language the follower's email updates are written in. */
  follow(trackingCode: string, email: string | null, idempotency: IdempotentRequest | null, lang?: string): Promise<FollowOutcome>;
  storePhoto(bytes: Uint8Array, type: PhotoType): Promise<{ id: string; byteSize: number }>;
  /** A photo anyone may see: its feedback is published and moderation has not hidden it. */
  findPublicPhoto(id: string): Promise<StoredPhoto | null>;
}

const PUBLIC_COLUMNS = [
  'f.id',
  'f.tracking_code',
  'f.status',
  'f.public_message',
  'f.address',
  'f.lat',
  'f.lon',
  'f.reply_text',
  'f.replied_at',
  'f.created_at',
  'f.updated_at',
  'f.first_response_at',
  'f.closed_at',
  'c.id as category_id',
  'c.name_fi',
  'c.name_sv',
  'c.name_en',
] as const;

/** A `cursor` that is not one this server made. */
export class InvalidCursorError extends Error {}

interface ListPosition {
  readonly at: string;
  readonly id: string;
  readonly page: number;
}

/** The position after a page: opaque to clients (base64url of JSON). */
export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id, position.page])).toString('base64url');
}

export function decodeListCursor(cursor: string): ListPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [at, id, page] = value as unknown[];
    if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at)) return null;
    if (typeof id !== 'string' || id.length === 0 || id.length > 100) return null;
    if (typeof page !== 'number' || !Number.isInteger(page) || page < 2 || page > 10_000_000) return null;
    return { at, id, page };
  } catch {
    return null;
  }
}

export interface FeedbackResidentRepositoryOptions {
  readonly clock?: () => Date;
  /** Where counting the public list runs (ModuleContext.reader: off the event loop on SQLite). */
  readonly reader?: Kysely<Database>;
  /** The city's target for a first response in working days, for `responseTime` (5). */
  readonly responseTargetWorkingDays?: number;
  /** The most followers one report takes (FOLLOWERS_MAX_PER_REPORT). */
  readonly followersMax?: number;
}

/** The most followers one report takes: enough for any real street light, not for a script. */
export const FOLLOWERS_MAX_PER_REPORT = 500;

export function createFeedbackResidentRepository(db: Kysely<Database>, options: FeedbackResidentRepositoryOptions = {}): FeedbackResidentRepository {
  const clock = options.clock ?? (() => new Date());
  const target = options.responseTargetWorkingDays ?? DEFAULT_RESPONSE_TARGET_WORKING_DAYS;
  const followersMax = options.followersMax ?? FOLLOWERS_MAX_PER_REPORT;

  // Columns are named one by one: contact details and internal notes are never read here.
  const publicBase = (on: Kysely<Database> = db) =>
    on
      .selectFrom('feedback as f')
      .innerJoin('feedback_categories as c', 'c.id', 'f.category_id')
      .where('f.visibility', '=', 'published');

  type Row = {
    id: string;
    tracking_code: string;
    status: string;
    public_message: string | null;
    address: string | null;
    lat: number | null;
    lon: number | null;
    reply_text: string | null;
    replied_at: string | null;
    created_at: string;
    updated_at: string;
    first_response_at: string | null;
    closed_at: string | null;
    category_id: string;
    name_fi: string;
    name_sv: string;
    name_en: string;
  };

  async function toPublic(rows: Row[]): Promise<PublicFeedback[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [followers, photos] = await Promise.all([
      db
        .selectFrom('feedback_followers')
        .select(['feedback_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('feedback_id', 'in', ids)
        .groupBy('feedback_id')
        .execute(),
      db
        .selectFrom('feedback_photos')
        .select(['id', 'feedback_id'])
        .where('feedback_id', 'in', ids)
        .where('hidden', '=', 0)
        .orderBy('sort_order')
        .execute(),
    ]);
    return rows.map((row) => ({
      trackingCode: row.tracking_code,
      category: { id: row.category_id, name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en } },
      status: row.status as FeedbackStatusValue,
      message: row.public_message ?? '',
      address: row.address,
      point: row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      reply: row.reply_text !== null && row.replied_at !== null ? { text: row.reply_text, repliedAt: row.replied_at } : null,
      responseTime: reportResponseTime(
        { createdAt: row.created_at, firstResponseAt: row.first_response_at, closedAt: row.closed_at },
        target,
        clock(),
      ),
      followers: Number(followers.find((f) => f.feedback_id === row.id)?.n ?? 0),
      photos: photos.filter((p) => p.feedback_id === row.id).map((p) => FEEDBACK_RESIDENT_PATHS.photo(p.id)),
    }));
  }

  return {
    async listPublic(filter) {
      const pageSize = filter.pageSize ?? PUBLIC_PAGE_SIZE;
      const position = filter.cursor === undefined ? null : decodeListCursor(filter.cursor);
      if (filter.cursor !== undefined && position === null) throw new InvalidCursorError();
      const page = position?.page ?? filter.page ?? 1;
      const filtered = (on: Kysely<Database>) => {
        let query = publicBase(on);
        if (filter.category) query = query.where('f.category_id', '=', filter.category);
        if (filter.status === 'open') query = query.where('f.status', 'in', [...OPEN_STATUSES]);
        else if (filter.status === 'closed') query = query.where('f.status', 'in', [...CLOSED_STATUSES]);
        else if (filter.status) query = query.where('f.status', '=', filter.status);
        if (filter.bbox) {
          const [west, south, east, north] = filter.bbox;
          query = query.where('f.lat', '>=', south).where('f.lat', '<=', north).where('f.lon', '>=', west).where('f.lon', '<=', east);
        }
        return query;
      };
      // Newest first on the index (visibility[, category], created_at, id); a cursor continues
      // after the last row of the page before without an offset, however deep.
      let rowsQuery = filtered(db)
        .select([...PUBLIC_COLUMNS])
        .orderBy('f.created_at', 'desc')
        .orderBy('f.id', 'desc')
        .limit(pageSize + 1);
      if (position) rowsQuery = rowsQuery.where(sql<boolean>`(f.created_at, f.id) < (${position.at}, ${position.id})`);
      else if (page > 1) rowsQuery = rowsQuery.offset((page - 1) * pageSize);
      // The total: without a map area, a sum of the counts kept per (category, status) by
      // triggers (ADR 0046); within one, a count over the area (on SQLite on the reader thread).
      const total = async (): Promise<{ n: number | string | null }> => {
        if (filter.bbox) return filtered(options.reader ?? db).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
        let kept = db
          .selectFrom('feedback_public_counts as p')
          .innerJoin('feedback_categories as c', 'c.id', 'p.category_id')
          .select(sql<number | string | null>`sum(p.n)`.as('n'));
        if (filter.category) kept = kept.where('p.category_id', '=', filter.category);
        if (filter.status === 'open') kept = kept.where('p.status', 'in', [...OPEN_STATUSES]);
        else if (filter.status === 'closed') kept = kept.where('p.status', 'in', [...CLOSED_STATUSES]);
        else if (filter.status) kept = kept.where('p.status', '=', filter.status);
        return kept.executeTakeFirstOrThrow();
      };
      const [count, rows] = await Promise.all([total(), rowsQuery.execute()]);
      const pageRows = rows.slice(0, pageSize) as Row[];
      const last = pageRows[pageRows.length - 1];
      const next = rows.length > pageSize && last ? encodeListCursor({ at: last.created_at, id: last.id, page: page + 1 }) : null;
      return { items: await toPublic(pageRows), page, pageSize, total: Number(count.n ?? 0), next };
    },

    async nearby(category, point, radius = NEARBY_RADIUS_M) {
      const [west, south, east, north] = boundingBoxAround(point, radius);
      const rows = (await publicBase()
        .select([...PUBLIC_COLUMNS])
        .where('f.category_id', '=', category)
        .where('f.status', 'in', [...OPEN_STATUSES])
        .where('f.lat', '>=', south)
        .where('f.lat', '<=', north)
        .where('f.lon', '>=', west)
        .where('f.lon', '<=', east)
        .limit(200)
        .execute()) as Row[];
      const near = rows
        .map((row) => ({ row, distance: distanceMeters(point, { lat: Number(row.lat), lon: Number(row.lon) }) }))
        .filter((r) => r.distance <= radius)
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 5);
      const items = await toPublic(near.map((n) => n.row));
      return items.map((item, index) => ({ ...item, distance: Math.round(near[index]!.distance) }));
    },

    async follow(trackingCode, email, idempotency, lang = 'fi') {
      try {
        const outcome = await runIdempotent(
          db,
          idempotency,
          async (trx) => {
            const row = await trx
              .selectFrom('feedback')
              .select(['id', 'tracking_code'])
              .where('tracking_code', '=', trackingCode)
              .where('visibility', '=', 'published')
              .executeTakeFirst();
            if (!row) throw new Rollback<FollowOutcome>({ kind: 'notFound' });
            // Locks the report's row (PostgreSQL; SQLite runs one writer at a time), so that two
            // follows at once cannot both see room under the cap or both miss the same email.
            await trx.updateTable('feedback').set((eb) => ({ id: eb.ref('id') })).where('id', '=', row.id).execute();
            const countFollowers = async () =>
              Number(
                (
                  await trx
                    .selectFrom('feedback_followers')
                    .select((eb) => eb.fn.countAll<number | string>().as('n'))
                    .where('feedback_id', '=', row.id)
                    .executeTakeFirstOrThrow()
                ).n,
              );
            // An email is counted once: following again with it changes nothing.
            const already =
              email !== null &&
              (await trx
                .selectFrom('feedback_followers')
                .select('id')
                .where('feedback_id', '=', row.id)
                .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
                .executeTakeFirst()) !== undefined;
            if (!already) {
              if ((await countFollowers()) >= followersMax) throw new Rollback<FollowOutcome>({ kind: 'full', max: followersMax });
              await trx
                .insertInto('feedback_followers')
                .values({ id: randomUUID(), feedback_id: row.id, email, lang, created_at: clock().toISOString() })
                .execute();
            }
            const result: FollowResult = { trackingCode: row.tracking_code, followers: await countFollowers() };
            return { result, response: { status: 201, body: JSON.stringify(result) } };
          },
          { clock },
        );
        if (outcome.kind === 'mismatch') return { kind: 'idempotencyMismatch' };
        return { kind: outcome.kind === 'done' ? 'done' : 'replayed', response: outcome.response };
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as FollowOutcome;
        throw error;
      }
    },

    async storePhoto(bytes, type) {
      const id = randomUUID();
      await db
        .insertInto('feedback_photos')
        .values({
          id,
          feedback_id: null,
          content_type: type,
          byte_size: bytes.length,
          data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          sort_order: 0,
          hidden: 0,
          created_at: clock().toISOString(),
        })
        .execute();
      return { id, byteSize: bytes.length };
    },

    async findPublicPhoto(id) {
      const row = await db
        .selectFrom('feedback_photos as p')
        .innerJoin('feedback as f', 'f.id', 'p.feedback_id')
        .select(['p.content_type', 'p.data'])
        .where('p.id', '=', id)
        .where('p.hidden', '=', 0)
        .where('f.visibility', '=', 'published')
        .executeTakeFirst();
      return row ? { contentType: row.content_type, bytes: row.data } : null;
    },
  };
}
