import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ProposalFormMessageKey } from './proposal-form.messages.fi.js';

/** The proposal form's texts: loaded with the form (Finnish too), Swedish and English when a page needs them. */
export const lazyProposalFormMessages: LazyCatalogs<ProposalFormMessageKey> = {
  fi,
  sv: () => import('./proposal-form.messages.sv.js'),
  en: () => import('./proposal-form.messages.en.js'),
};
