import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of one proposal's page in the proposals widget (<kohtaamo-budget-proposals>),
 * loaded with that page's part (issue 7, ADR 0089). Finnish defines the keys: Swedish and English
 * must have the same.
 */
const fi = {
  'budgeting.proposals.reason': 'Perustelu: {reason}',
  'budgeting.proposals.mergedInto': 'Yhdistetty ehdotukseen: {title}',
  'budgeting.proposals.location': 'Sijainti: {address}',
  'budgeting.proposals.submittedAt': 'Jätetty {date}',
} satisfies Catalog;

export type ProposalDetailMessageKey = keyof typeof fi;
export default fi;
