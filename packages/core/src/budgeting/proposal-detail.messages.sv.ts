import type { Catalog } from '../i18n/translate.js';
import type { ProposalDetailMessageKey } from './proposal-detail.messages.fi.js';

/** Swedish texts of one proposal's page. */
const sv: Catalog<ProposalDetailMessageKey> = {
  'budgeting.proposals.reason': 'Motivering: {reason}',
  'budgeting.proposals.mergedInto': 'Sammanslaget med förslaget: {title}',
  'budgeting.proposals.location': 'Plats: {address}',
  'budgeting.proposals.submittedAt': 'Inlämnat {date}',
};

export default sv;
