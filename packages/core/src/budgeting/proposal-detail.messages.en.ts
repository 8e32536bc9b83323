import type { Catalog } from '../i18n/translate.js';
import type { ProposalDetailMessageKey } from './proposal-detail.messages.fi.js';

/** English texts of one proposal's page. */
const en: Catalog<ProposalDetailMessageKey> = {
  'budgeting.proposals.reason': 'Reason: {reason}',
  'budgeting.proposals.mergedInto': 'Merged into the proposal: {title}',
  'budgeting.proposals.location': 'Location: {address}',
  'budgeting.proposals.submittedAt': 'Submitted {date}',
};

export default en;
