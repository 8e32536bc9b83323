import { allows, grantsOf } from '../../platform/auth/grants.js';
import { reportTimesColumns } from '../stats/report-times.js';
import { randomUUID } from 'node:crypto';
import {
  allowedTransitions,
  canTransition,
  STAFF_PATHS,
  ifMatchSatisfied,
  mayHandleCategory,
  responseTimesAfter,
  type Assignment,
  type FeedbackStatusValue,
  type FeedbackVisibility,
  type Locale,
  type LocalizedText,
  type Moderation,
  type NoteInput,
  type ReplyTemplate,
  type StaffFeedbackDetail,
  type StaffFeedbackList,
  type StaffFeedbackSummary,
  type StaffInboxQuery,
  type StaffUser,
  type StatusChange,
  type Unit,
  CITY_ORGANISATION,
} from '@kohtaamo/core';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { FeedbackTable } from '../feedback.tables.js';
import { Rollback } from '../../db/errors.js';
import { enqueueReplyNotification } from './reply-mail.js';

/** What a change by staff came to; the routes turn each into an answer. */
export type MutationOutcome =
  | { readonly kind: 'ok'; readonly detail: StaffFeedbackDetail }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'forbidden'; readonly code: 'staff.forbidden.category' | 'staff.forbidden.assign' }
  | { readonly kind: 'versionRequired' }
  | { readonly kind: 'stale'; readonly version: number }
  | { readonly kind: 'invalidTransition'; readonly from: FeedbackStatusValue; readonly to: FeedbackStatusValue }
  | { readonly kind: 'invalidField'; readonly pointer: string; readonly code: string };

/** Where a page of the staff queue ends: the last report's (created_at, id), and the order it was read in. */
export interface InboxCursor {
  readonly createdAt: string;
  readonly id: string;
  readonly order?: 'oldest' | 'newest';
}

/** The opaque `next` of a queue page: base64url of the last report's position (and "newest" when so read). */
export function encodeInboxCursor(cursor: InboxCursor): string {
  const value = cursor.order === 'newest' ? [cursor.createdAt, cursor.id, 'n'] : [cursor.createdAt, cursor.id];
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The position a `cursor` stands for, or null when it is not one this server wrote. */
export function decodeInboxCursor(text: string): InboxCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length < 2 || value.length > 3) return null;
    const [createdAt, id, order] = value as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || createdAt.length > 64 || id.length > 128) return null;
    if (order !== undefined && order !== 'n') return null;
    return { createdAt, id, order: order === 'n' ? 'newest' : 'oldest' };
  } catch {
    return null;
  }
}

export interface HandlingRepository {
  listUnits(): Promise<Unit[]>;
  inbox(staff: StaffUser, query: StaffInboxQuery): Promise<StaffFeedbackList>;
  /** The report as staff see it; `categoryId` for the permission check. Null when there is none. */
  detail(id: string): Promise<StaffFeedbackDetail | null>;
  /** A photo of the report, whatever its moderation, for staff only. Null when there is none. */
  photo(feedbackId: string, photoId: string): Promise<{ contentType: string; bytes: Buffer } | null>;
  changeStatus(id: string, staff: StaffUser, ifMatch: string | undefined, change: StatusChange): Promise<MutationOutcome>;
  assign(id: string, staff: StaffUser, ifMatch: string | undefined, assignment: Assignment): Promise<MutationOutcome>;
  moderate(id: string, staff: StaffUser, ifMatch: string | undefined, moderation: Moderation): Promise<MutationOutcome>;
  addNote(id: string, staff: StaffUser, ifMatch: string | undefined, note: NoteInput): Promise<MutationOutcome>;
  replyTemplates(category: string | undefined): Promise<ReplyTemplate[]>;
}

type FeedbackRow = {
  id: string;
  category_id: string;
  status: string;
  version: number;
  first_response_at: string | null;
  closed_at: string | null;
  message: string;
  public_message: string | null;
  visibility: string;
};

const localized = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/**
 * The automatic acknowledgement for a category: its unit's text, else the generic one. It is
 * shown on submission and does not count as a response by the city.
 */
export async function acknowledgementFor(
  db: Kysely<Database>,
  categoryId: string,
  generic: (locale: Locale) => string,
): Promise<LocalizedText> {
  const row = await db
    .selectFrom('feedback_categories as c')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .select(['u.acknowledgement_fi', 'u.acknowledgement_sv', 'u.acknowledgement_en'])
    .where('c.id', '=', categoryId)
    .executeTakeFirst();
  return acknowledgementOf(row, generic);
}

/** The acknowledgement from a category's unit's columns (read with the category), else the generic text. */
export function acknowledgementOf(
  row: { acknowledgement_fi: string | null; acknowledgement_sv: string | null; acknowledgement_en: string | null } | undefined,
  generic: (locale: Locale) => string,
): LocalizedText {
  return {
    fi: row?.acknowledgement_fi ?? generic('fi'),
    sv: row?.acknowledgement_sv ?? generic('sv'),
    en: row?.acknowledgement_en ?? generic('en'),
  };
}

export function createHandlingRepository(db: Kysely<Database>, options: { clock?: () => Date; cityName?: string } = {}): HandlingRepository {
  const clock = options.clock ?? (() => new Date());

  function summaryQuery() {
    return db
      .selectFrom('feedback as f')
      .innerJoin('feedback_categories as c', 'c.id', 'f.category_id')
      .leftJoin('units as u', 'u.id', 'f.unit_id')
      .leftJoin('staff_users as s', 's.id', 'f.assigned_to')
      .select([
        'f.id',
        'f.tracking_code',
        'f.status',
        'f.visibility',
        'f.message',
        'f.address',
        'f.lat',
        'f.lon',
        'f.lang',
        'f.contact_name',
        'f.contact_email',
        'f.contact_phone',
        'f.contact_consent',
        'f.created_at',
        'f.updated_at',
        'f.first_response_at',
        'f.closed_at',
        'f.version',
        'f.public_message',
        'f.reply_text',
        'f.replied_at',
        'c.id as category_id',
        'c.name_fi as category_fi',
        'c.name_sv as category_sv',
        'c.name_en as category_en',
        'u.id as unit_id',
        'u.name_fi as unit_fi',
        'u.name_sv as unit_sv',
        'u.name_en as unit_en',
        's.id as assignee_id',
        's.name as assignee_name',
      ]);
  }
  type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

  function summaryFromRow(row: SummaryRow): StaffFeedbackSummary {
    return {
      id: row.id,
      trackingCode: row.tracking_code,
      category: { id: row.category_id, name: localized(row.category_fi, row.category_sv, row.category_en) },
      unit: row.unit_id !== null ? { id: row.unit_id, name: localized(row.unit_fi ?? '', row.unit_sv ?? '', row.unit_en ?? '') } : null,
      status: row.status as FeedbackStatusValue,
      visibility: row.visibility as FeedbackVisibility,
      message: row.message,
      address: row.address,
      lang: row.lang as Locale,
      assignedTo: row.assignee_id !== null ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
      hasContact: Boolean(row.contact_email || row.contact_phone || row.contact_name),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      firstResponseAt: row.first_response_at,
      closedAt: row.closed_at,
      version: Number(row.version),
    };
  }

  async function detail(id: string): Promise<StaffFeedbackDetail | null> {
    const row = await summaryQuery().where('f.id', '=', id).executeTakeFirst();
    if (row === undefined) return null;
    const [history, notes, photos] = await Promise.all([
      db
        .selectFrom('feedback_history')
        .select(['status', 'at', 'actor_id', 'actor_name', 'public_reply'])
        .where('feedback_id', '=', id)
        .orderBy('at')
        .execute(),
      db
        .selectFrom('feedback_notes as n')
        .leftJoin('staff_users as s', 's.id', 'n.author_id')
        .select(['n.id', 'n.text', 'n.created_at', 's.id as author_id', 's.name as author_name'])
        .where('n.feedback_id', '=', id)
        .orderBy('n.created_at')
        .execute(),
      db
        .selectFrom('feedback_photos')
        .select(['id', 'hidden'])
        .where('feedback_id', '=', id)
        .orderBy('sort_order')
        .execute(),
    ]);
    const summary = summaryFromRow(row);
    const hasContact = summary.hasContact;
    return {
      ...summary,
      publicMessage: row.public_message,
      point: row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : null,
      contact: hasContact
        ? { name: row.contact_name, email: row.contact_email, phone: row.contact_phone, consent: row.contact_consent === 1 }
        : null,
      reply: row.reply_text !== null && row.replied_at !== null ? { text: row.reply_text, repliedAt: row.replied_at } : null,
      history: history.map((h) => ({
        status: h.status as FeedbackStatusValue,
        at: h.at,
        actor: h.actor_id !== null || h.actor_name !== null ? { id: h.actor_id ?? '', name: h.actor_name ?? '' } : null,
        reply: h.public_reply,
      })),
      notes: notes.map((n) => ({
        id: n.id,
        text: n.text,
        createdAt: n.created_at,
        author: n.author_id !== null ? { id: n.author_id, name: n.author_name ?? '' } : null,
      })),
      photos: photos.map((p) => ({ id: p.id, url: STAFF_PATHS.photo(id, p.id), hidden: Number(p.hidden) === 1 })),
      nextStatuses: [...allowedTransitions(summary.status)],
    };
  }

  async function photo(feedbackId: string, photoId: string) {
    const row = await db
      .selectFrom('feedback_photos')
      .select(['content_type', 'data'])
      .where('id', '=', photoId)
      .where('feedback_id', '=', feedbackId)
      .executeTakeFirst();
    return row ? { contentType: row.content_type, bytes: row.data } : null;
  }

  /**
   * One change by staff, all or nothing: the report must exist and still be at the version
   * named by If-Match (the platform's guard checked the caller's grant for its category). The version goes up by one with the change;
   * the UPDATE names the version read, so two handlers racing cannot both win (the loser's
   * UPDATE matches no row, waiting for the winner's lock on PostgreSQL, and rolls back).
   */
  async function mutate(
    id: string,
    staff: StaffUser,
    ifMatch: string | undefined,
    apply: (trx: Transaction<Database>, row: FeedbackRow, now: string) => Promise<Updateable<FeedbackTable>>,
  ): Promise<MutationOutcome> {
    try {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('feedback')
          .select(['id', 'category_id', 'status', 'version', 'first_response_at', 'closed_at', 'message', 'public_message', 'visibility'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (row === undefined) throw new Rollback<MutationOutcome>({ kind: 'notFound' });
        const version = Number(row.version);
        const match = ifMatchSatisfied(ifMatch, version);
        if (match === null) throw new Rollback<MutationOutcome>({ kind: 'versionRequired' });
        if (!match) throw new Rollback<MutationOutcome>({ kind: 'stale', version });
        const now = clock().toISOString();
        const set = await apply(trx, { ...row, version }, now);
        const result = await trx
          .updateTable('feedback')
          .set({ ...set, version: version + 1 })
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows ?? 0n) !== 1) throw new Rollback<MutationOutcome>({ kind: 'stale', version: version + 1 });
        if ('first_response_at' in set || 'closed_at' in set) {
          // The times changed: their derived values (and so the kept counts of the figures,
          // ADR 0043) follow in this same transaction, not at the next stats request.
          const times = await trx.selectFrom('feedback').select(['created_at', 'first_response_at', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
          await trx
            .updateTable('feedback')
            .set(reportTimesColumns(times.created_at, times.first_response_at, times.closed_at))
            .where('id', '=', id)
            .execute();
        }
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as MutationOutcome;
      throw error;
    }
    const after = await detail(id);
    if (after === null) return { kind: 'notFound' };
    return { kind: 'ok', detail: after };
  }

  return {
    async listUnits() {
      const rows = await db.selectFrom('units').select(['id', 'name_fi', 'name_sv', 'name_en']).orderBy('name_fi').execute();
      return rows.map((r) => ({ id: r.id, name: localized(r.name_fi, r.name_sv, r.name_en) }));
    },

    async inbox(staff, query) {
      let q = summaryQuery();
      if (staff.role !== 'admin') {
        if (staff.categories.length === 0) return { items: [], total: 0, next: null };
        q = q.where('f.category_id', 'in', staff.categories);
      }
      if (query.status) q = q.where('f.status', '=', query.status);
      if (query.state === 'open') q = q.where('f.status', 'not in', ['done', 'rejected']);
      if (query.state === 'closed') q = q.where('f.status', 'in', ['done', 'rejected']);
      if (query.category) q = q.where('f.category_id', '=', query.category);
      if (query.unit) q = q.where('f.unit_id', '=', query.unit);
      if (query.assigned === 'me') q = q.where('f.assigned_to', '=', staff.id);
      if (query.assigned === 'none') q = q.where('f.assigned_to', 'is', null);
      if (query.visibility) q = q.where('f.visibility', '=', query.visibility);
      const counted = q;
      // Keyset paging on (created_at, id), the queue's order, over the created_at index: a page
      // costs the same at report 10 as at report 100 000, and a report arriving meanwhile moves
      // nothing already shown.
      // Newest first walks the same index backwards.
      const newest = query.order === 'newest';
      const after = query.cursor !== undefined ? decodeInboxCursor(query.cursor) : null;
      if (after) {
        const beyond = newest ? '<' : '>';
        q = q.where((eb) =>
          eb.or([eb('f.created_at', beyond, after.createdAt), eb.and([eb('f.created_at', '=', after.createdAt), eb('f.id', beyond, after.id)])]),
        );
      }
      const direction = newest ? 'desc' : 'asc';
      let page = q.orderBy('f.created_at', direction).orderBy('f.id', direction).limit(query.limit + 1);
      if (!after && query.offset > 0) page = page.offset(query.offset);
      const [rows, count] = await Promise.all([
        page.execute(),
        counted.clearSelect().select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      const next = rows.length > query.limit && last ? encodeInboxCursor({ createdAt: last.created_at, id: last.id, order: query.order }) : null;
      return { items: items.map(summaryFromRow), total: Number(count.n), next };
    },

    detail: (id) => detail(id),
    photo: (feedbackId, photoId) => photo(feedbackId, photoId),

    changeStatus(id, staff, ifMatch, change) {
      return mutate(id, staff, ifMatch, async (trx, row, now) => {
        const from = row.status as FeedbackStatusValue;
        if (!canTransition(from, change.status)) {
          throw new Rollback<MutationOutcome>({ kind: 'invalidTransition', from, to: change.status });
        }
        const reply = change.reply && change.reply.length > 0 ? change.reply : null;
        await trx
          .insertInto('feedback_history')
          .values({ id: randomUUID(), feedback_id: id, status: change.status, at: now, actor_id: staff.id, actor_name: staff.name, public_reply: reply })
          .execute();
        // A public reply is mailed to a resident who gave an email and consent (signals outbox),
        // queued in this transaction: no reply, no mail; a reply, exactly one mail.
        if (reply !== null) await enqueueReplyNotification(trx, id, { now: new Date(now), ...(options.cityName !== undefined ? { cityName: options.cityName } : {}) });
        const times = responseTimesAfter({ firstResponseAt: row.first_response_at, closedAt: row.closed_at }, change.status, now);
        return {
          status: change.status,
          updated_at: now,
          first_response_at: times.firstResponseAt,
          closed_at: times.closedAt,
          ...(reply !== null ? { reply_text: reply, replied_at: now } : {}),
        };
      });
    },

    assign(id, staff, ifMatch, assignment) {
      return mutate(id, staff, ifMatch, async (trx, row) => {
        const target = assignment.assignTo === 'me' ? staff.id : assignment.assignTo;
        if (target !== null && target !== staff.id) {
          if (staff.role !== 'admin') throw new Rollback<MutationOutcome>({ kind: 'forbidden', code: 'staff.forbidden.assign' });
          const user = await trx.selectFrom('staff_users').select(['id', 'disabled_at']).where('id', '=', target).executeTakeFirst();
          // The assignee must be able to handle it: the one grant check, on their grants.
          const handles =
            user !== undefined &&
            user.disabled_at === null &&
            allows(await grantsOf(trx, user.id), { domain: 'feedback', roles: ['handler'], organisation: CITY_ORGANISATION, scope: row.category_id });
          if (!handles) throw new Rollback<MutationOutcome>({ kind: 'invalidField', pointer: '#/assignTo', code: 'feedback.handling.assignee.unknown' });
        }
        return { assigned_to: target };
      });
    },

    moderate(id, staff, ifMatch, moderation) {
      return mutate(id, staff, ifMatch, async (trx, row, now) => {
        const set: Updateable<FeedbackTable> = {};
        if (moderation.publicMessage !== undefined) set.public_message = moderation.publicMessage;
        if (moderation.visibility !== undefined) {
          set.visibility = moderation.visibility;
          // Publishing what nobody redacted publishes the text as the resident wrote it.
          const text = moderation.publicMessage !== undefined ? moderation.publicMessage : row.public_message;
          if (moderation.visibility === 'published' && text === null) set.public_message = row.message;
        }
        for (const photo of moderation.photos ?? []) {
          const result = await trx
            .updateTable('feedback_photos')
            .set({ hidden: photo.hidden ? 1 : 0 })
            .where('id', '=', photo.id)
            .where('feedback_id', '=', id)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows ?? 0n) !== 1) {
            throw new Rollback<MutationOutcome>({ kind: 'invalidField', pointer: '#/photos', code: 'feedback.handling.photo.unknown' });
          }
        }
        set.updated_at = now;
        return set;
      });
    },

    addNote(id, staff, ifMatch, note) {
      return mutate(id, staff, ifMatch, async (trx, _row, now) => {
        await trx
          .insertInto('feedback_notes')
          .values({ id: randomUUID(), feedback_id: id, author_id: staff.id, text: note.text, created_at: now })
          .execute();
        return {};
      });
    },

    async replyTemplates(category) {
      let q = db.selectFrom('reply_templates').selectAll();
      if (category) q = q.where((eb) => eb.or([eb('category_id', 'is', null), eb('category_id', '=', category)]));
      const rows = await q.orderBy('sort_order').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        category: r.category_id,
        title: localized(r.title_fi, r.title_sv, r.title_en),
        text: localized(r.text_fi, r.text_sv, r.text_en),
      }));
    },
  };
}
