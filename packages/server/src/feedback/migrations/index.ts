import type { Migration } from 'kysely';
import { feedbackBase } from './0001-feedback.js';
import { feedbackHandling } from './0002-feedback-handling.js';
import { feedbackResident } from './0003-feedback-resident.js';
import { feedbackSignals } from './0004-feedback-signals.js';
import { feedbackPhotoBytes } from './0005-photo-bytes-follower-lang.js';
import { feedbackStatsColumns } from './0006-feedback-stats-columns.js';
import { feedbackStatsDays } from './0007-feedback-stats-days.js';
import { feedbackStatsClasses } from './0008-feedback-stats-classes.js';
import { feedbackPublicCounts } from './0009-feedback-public-counts.js';
import { feedbackCountsLockOrder } from './0010-feedback-counts-lock-order.js';
import { feedbackStatsGroupIndexes } from './0011-feedback-stats-group-indexes.js';

/**
 * The feedback module's schema, oldest first; it runs after the platform's (whose staff_users
 * table 0002 refers to). A migration that has run is never edited: a change is a new entry.
 * The first four keep the names they had in release 0.1, so such a database is adopted as is.
 */
export const feedbackMigrations: Readonly<Record<string, Migration>> = {
  '0001_feedback': feedbackBase,
  '0002_feedback_handling': feedbackHandling,
  '0003_feedback_resident': feedbackResident,
  '0004_feedback_signals': feedbackSignals,
  '0005_feedback_photo_bytes_follower_lang': feedbackPhotoBytes,
  '0006_feedback_stats_columns': feedbackStatsColumns,
  '0007_feedback_stats_days': feedbackStatsDays,
  '0008_feedback_stats_classes': feedbackStatsClasses,
  '0009_feedback_public_counts': feedbackPublicCounts,
  '0010_feedback_counts_lock_order': feedbackCountsLockOrder,
  '0011_feedback_stats_group_indexes': feedbackStatsGroupIndexes,
};
