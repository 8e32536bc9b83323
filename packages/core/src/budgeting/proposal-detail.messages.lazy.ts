import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ProposalDetailMessageKey } from './proposal-detail.messages.fi.js';

/** The texts of one proposal's page: loaded with that part (Finnish too), Swedish and English when a page needs them. */
export const lazyProposalDetailMessages: LazyCatalogs<ProposalDetailMessageKey> = {
  fi,
  sv: () => import('./proposal-detail.messages.sv.js'),
  en: () => import('./proposal-detail.messages.en.js'),
};
