import { feedbackHandlingMessages, translate, type FeedbackStatusValue, type LocalizedText } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { acknowledgementFor, acknowledgementOf } from './handling.repository.js';

/**
 * What handling adds to the resident's public answers: the status history (status and time,
 * never who) and the automatic acknowledgement (not a response by the city).
 */

export async function publicHistory(db: Kysely<Database>, feedbackId: string): Promise<{ status: FeedbackStatusValue; at: string }[]> {
  const rows = await db.selectFrom('feedback_history').select(['status', 'at']).where('feedback_id', '=', feedbackId).orderBy('at').execute();
  return rows.map((r) => ({ status: r.status as FeedbackStatusValue, at: r.at }));
}

export function publicAcknowledgement(db: Kysely<Database>, categoryId: string): Promise<LocalizedText> {
  return acknowledgementFor(db, categoryId, (locale) => translate(feedbackHandlingMessages, locale, 'feedback.handling.acknowledgement'));
}

/** The same acknowledgement from the unit's columns read with the report (one statement less per lookup). */
export function publicAcknowledgementOf(row: { acknowledgement_fi: string | null; acknowledgement_sv: string | null; acknowledgement_en: string | null }): LocalizedText {
  return acknowledgementOf(row, (locale) => translate(feedbackHandlingMessages, locale, 'feedback.handling.acknowledgement'));
}
