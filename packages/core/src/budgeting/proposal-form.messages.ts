import type { Catalogs } from '../i18n/translate.js';
import en from './proposal-form.messages.en.js';
import fi, { type ProposalFormMessageKey } from './proposal-form.messages.fi.js';
import sv from './proposal-form.messages.sv.js';

export type { ProposalFormMessageKey };

/** Every language of the proposal form's texts at once (tests and tools). */
export const proposalFormMessages: Catalogs<ProposalFormMessageKey> = { fi, sv, en };
