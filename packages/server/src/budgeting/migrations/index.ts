import type { Migration } from 'kysely';
import { budgetingBase } from './0001-budgeting.js';
import { ballotRetryTag } from './0002-ballot-retry-tag.js';
import { keptResults } from './0003-kept-results.js';
import { proposalImages } from './0004-proposal-images.js';
import { proposalListKeyset } from './0005-proposal-list-keyset.js';

/** The budgeting module's schema, oldest first, after the platform's. Frozen once released: a change is a new entry. */
export const budgetingMigrations: Readonly<Record<string, Migration>> = {
  '0001_budgeting': budgetingBase,
  '0002_ballot_retry_tag': ballotRetryTag,
  '0003_kept_results': keptResults,
  '0004_proposal_images': proposalImages,
  '0005_proposal_list_keyset': proposalListKeyset,
};
