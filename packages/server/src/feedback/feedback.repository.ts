import { randomUUID } from 'node:crypto';
import { DEFAULT_RESPONSE_TARGET_WORKING_DAYS } from './feedback.config.js';
import {
  FEEDBACK_PATHS,
  generateTrackingCode,
  pinOutsideArea,
  reportResponseTime,
  type BoundingBox,
  type FeedbackCategory,
  type FeedbackReceipt,
  type FeedbackStatus,
  type FeedbackStatusValue,
  type FeedbackSubmission,
  type FieldError,
} from '@kohtaamo/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.types.js';
import { reportTimesColumns } from './stats/report-times.js';
import type { FeedbackCategoryTable } from './feedback.tables.js';
import { isUniqueViolation, Rollback } from '../db/errors.js';
import { attachPhotos, checkSubmissionExtras, loadCategoryExtras } from './feedback-resident.repository.js';
import { publicAcknowledgement, publicAcknowledgementOf, publicHistory } from './handling/public-handling.js';
import { runIdempotent, type IdempotentRequest, type StoredResponse } from '../http/idempotency.repository.js';

export type SubmitOutcome =
  | { readonly kind: 'created'; readonly response: StoredResponse; readonly receipt: FeedbackReceipt }
  | { readonly kind: 'replayed'; readonly response: StoredResponse }
  | { readonly kind: 'unknownCategory' }
  /** Answers, notices or photos refused (feedback-resident.repository.ts). */
  | { readonly kind: 'invalid'; readonly errors: FieldError[] }
  | { readonly kind: 'idempotencyMismatch' };

export interface FeedbackRepository {
  listCategories(): Promise<FeedbackCategory[]>;
  /**
   * Stores a feedback, with its idempotency key when given, in one transaction. The answer to
   * give is part of the outcome (`response`), so a replay is the first answer exactly.
   */
  submit(submission: FeedbackSubmission, idempotency: IdempotentRequest | null): Promise<SubmitOutcome>;
  /** What anyone holding the tracking code may see, or null. Never the contact details. */
  findStatus(trackingCode: string): Promise<FeedbackStatus | null>;
}

export interface FeedbackRepositoryOptions {
  readonly clock?: () => Date;
  /** Makes tracking codes (tests inject collisions). */
  readonly newTrackingCode?: () => string;
  /** The city's target for a first response in working days, for `responseTime` (5). */
  readonly responseTargetWorkingDays?: number;
  /** The area a pin must lie in (the city's KOHTAAMO_MAP_BBOX); null or absent: anywhere. */
  readonly area?: BoundingBox | null;
}

/** Times a submission is retried with a new tracking code when the code is already taken. */
const TRACKING_CODE_ATTEMPTS = 5;

export function categoryFromRow(row: Selectable<FeedbackCategoryTable>): FeedbackCategory {
  return {
    id: row.id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    description: { fi: row.description_fi, sv: row.description_sv, en: row.description_en },
    // Filled in by listCategories (feedback-resident.repository.ts loads them).
    attributes: [],
    notices: [],
  };
}

export function createFeedbackRepository(db: Kysely<Database>, options: FeedbackRepositoryOptions = {}): FeedbackRepository {
  const clock = options.clock ?? (() => new Date());
  const newTrackingCode = options.newTrackingCode ?? (() => generateTrackingCode());

  async function submitOnce(submission: FeedbackSubmission, idempotency: IdempotentRequest | null): Promise<SubmitOutcome> {
    const now = clock();
    const outcome = await runIdempotent(
      db,
      idempotency,
      async (trx) => {
        const category = await trx
          .selectFrom('feedback_categories')
          .select(['id', 'unit_id'])
          .where('id', '=', submission.category)
          .executeTakeFirst();
        if (category === undefined) throw new Rollback<SubmitOutcome>({ kind: 'unknownCategory' });
        const extras = await checkSubmissionExtras(trx, category.id, submission);
        if (!extras.ok) throw new Rollback<SubmitOutcome>({ kind: 'invalid', errors: extras.errors });
        const createdAt = now.toISOString();
        const receipt: FeedbackReceipt = {
          trackingCode: newTrackingCode(),
          status: 'received',
          createdAt,
          acknowledgement: await publicAcknowledgement(trx, category.id),
        };
        const contact = submission.contact;
        const feedbackId = randomUUID();
        await trx
          .insertInto('feedback')
          .values({
            id: feedbackId,
            tracking_code: receipt.trackingCode,
            category_id: category.id,
            message: submission.message,
            address: submission.location?.address ?? null,
            contact_name: contact?.name || null,
            contact_email: contact?.email || null,
            contact_phone: contact?.phone || null,
            contact_consent: contact?.consent ? 1 : 0,
            lang: submission.lang,
            status: receipt.status,
            reply_text: null,
            replied_at: null,
            created_at: createdAt,
            updated_at: createdAt,
            // The values the response-time figures read, filled now so a stats request has nothing to fill.
            ...reportTimesColumns(createdAt, null, null),
            unit_id: category.unit_id,
            lat: submission.location?.lat ?? null,
            lon: submission.location?.lon ?? null,
            attributes: Object.keys(extras.answers).length > 0 ? JSON.stringify(extras.answers) : null,
          })
          .execute();
        await attachPhotos(trx, feedbackId, submission.photos ?? []);
        // The history starts with the submission itself (no staff actor).
        await trx
          .insertInto('feedback_history')
          .values({
            id: randomUUID(),
            feedback_id: feedbackId,
            status: receipt.status,
            at: createdAt,
            actor_id: null,
            actor_name: null,
            public_reply: null,
          })
          .execute();
        return { result: receipt, response: { status: 201, body: JSON.stringify(receipt) } };
      },
      { clock: () => now },
    );
    switch (outcome.kind) {
      case 'done':
        return { kind: 'created', receipt: outcome.result, response: outcome.response };
      case 'replay':
        return { kind: 'replayed', response: outcome.response };
      case 'mismatch':
        return { kind: 'idempotencyMismatch' };
    }
  }

  return {
    async listCategories() {
      const rows = await db.selectFrom('feedback_categories').selectAll().orderBy('sort_order').orderBy('id').execute();
      const extras = await loadCategoryExtras(db);
      return rows.map((row) => ({ ...categoryFromRow(row), ...extras.get(row.id) }));
    },

    async submit(submission, idempotency) {
      if (pinOutsideArea(submission.location, options.area ?? null)) {
        return { kind: 'invalid', errors: [{ pointer: '#/location/lat', code: 'feedback.location.outside' }] };
      }
      for (let attempt = 1; ; attempt++) {
        try {
          return await submitOnce(submission, idempotency);
        } catch (error) {
          if (error instanceof Rollback) return error.outcome as SubmitOutcome;
          // 40 random bits make a clash rare but possible: the transaction rolled back whole
          // (key included), so trying again with a new code is safe.
          if (attempt < TRACKING_CODE_ATTEMPTS && isUniqueViolation(error, 'tracking_code')) continue;
          throw error;
        }
      }
    },

    async findStatus(trackingCode) {
      // Columns are named one by one: the contact columns are never read for a public answer.
      // The category's unit's acknowledgement comes with the report: two statements a lookup.
      const row = await db
        .selectFrom('feedback as f')
        .innerJoin('feedback_categories as c', 'c.id', 'f.category_id')
        .leftJoin('units as u', 'u.id', 'c.unit_id')
        .select([
          'u.acknowledgement_fi',
          'u.acknowledgement_sv',
          'u.acknowledgement_en',
          'f.id',
          'f.tracking_code',
          'f.status',
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
        ])
        .where('f.tracking_code', '=', trackingCode)
        .executeTakeFirst();
      if (row === undefined) return null;
      const history = await publicHistory(db, row.id);
      const acknowledgement = publicAcknowledgementOf(row);
      return {
        trackingCode: row.tracking_code,
        category: { id: row.category_id, name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en } },
        status: row.status as FeedbackStatusValue,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        reply:
          row.reply_text !== null && row.replied_at !== null ? { text: row.reply_text, repliedAt: row.replied_at } : null,
        responseTime: reportResponseTime(
          { createdAt: row.created_at, firstResponseAt: row.first_response_at, closedAt: row.closed_at },
          options.responseTargetWorkingDays ?? DEFAULT_RESPONSE_TARGET_WORKING_DAYS,
          clock(),
        ),
        history,
        acknowledgement,
      };
    },
  };
}

/** Where a feedback's status is read: the Location of a 201. */
export function statusLocation(trackingCode: string): string {
  return FEEDBACK_PATHS.status(trackingCode);
}
