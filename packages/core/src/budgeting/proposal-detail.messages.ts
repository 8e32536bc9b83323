import type { Catalogs } from '../i18n/translate.js';
import en from './proposal-detail.messages.en.js';
import fi, { type ProposalDetailMessageKey } from './proposal-detail.messages.fi.js';
import sv from './proposal-detail.messages.sv.js';

export type { ProposalDetailMessageKey };

/** Every language of the texts of one proposal's page at once (tests and tools). */
export const proposalDetailMessages: Catalogs<ProposalDetailMessageKey> = { fi, sv, en };
