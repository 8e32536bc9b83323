import * as v from 'valibot';
import { createSubmissionStore, type SubmissionState, type SubmissionStore } from '../forms/submission.store.js';
import type { DraftStorage, Scheduler } from '../forms/draft-storage.js';
import { issuesToFieldErrors } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import type { BudgetingApi } from './budgeting.api.js';
import { ProposalSubmissionSchema, type Proposal, type ProposalSubmission } from './round.schema.js';

/** What a resident types into the proposal form: text as typed (the cost too), kept on the device. */
export interface ProposalDraft {
  readonly budget: string;
  readonly title: string;
  readonly description: string;
  /** Whole euros as typed ("25 000", "25000 €"). */
  readonly estimatedCost: string;
  readonly address: string;
  /** The uploaded image (its id on the server and the file's name), or null. */
  readonly image: ProposalDraftImage | null;
  /** What the image shows, in the proposer's words (sent with the image only). */
  readonly imageAlt: string;
}

export interface ProposalDraftImage {
  readonly id: string;
  readonly name: string;
}

/** The fields of the form, in the order of the form and its error summary. */
export const PROPOSAL_FIELDS = ['budget', 'title', 'description', 'estimatedCost', 'address', 'image', 'imageAlt'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const emptyProposalDraft = (budget = ''): ProposalDraft => ({ budget, title: '', description: '', estimatedCost: '', address: '', image: null, imageAlt: '' });

/** The form field a server pointer is about: "#/location/…" is the address, "#/image/alt" the image's text, "#/image/…" the image. */
export function budgetProposalFieldOf(pointer: string): ProposalField | null {
  if (pointer.startsWith('#/location')) return 'address';
  if (pointer === '#/image/alt') return 'imageAlt';
  if (pointer === '#/image' || pointer.startsWith('#/image/')) return 'image';
  const name = pointer.slice(2);
  return (PROPOSAL_FIELDS as readonly string[]).includes(name) ? (name as ProposalField) : null;
}

/** "25 000 €", "25000", "25 000,00" → 25000; anything else → NaN (the schema's error then). */
export function parseEuros(typed: string): number {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(/,00$|\.00$/, '');
  return /^\d{1,12}$/.test(compact) ? Number(compact) : Number.NaN;
}

/** The draft as the request body (the server's own schema), or its field errors by JSON pointer. */
export function validateProposalDraft(draft: ProposalDraft, lang: Locale) {
  const address = draft.address.trim();
  const cost = draft.estimatedCost.trim() === '' ? undefined : parseEuros(draft.estimatedCost);
  const body = {
    budget: draft.budget,
    title: draft.title,
    description: draft.description,
    estimatedCost: cost,
    ...(address ? { location: { address } } : {}),
    lang,
    ...(draft.image ? { image: { id: draft.image.id, alt: draft.imageAlt } } : {}),
  };
  const result = v.safeParse(ProposalSubmissionSchema, body);
  if (result.success) return { ok: true as const, body: result.output };
  const errors = issuesToFieldErrors(result.issues).map((e) =>
    // "#/location/address" is typed in the address field, "#/image/alt" in the image's.
    e.pointer.startsWith('#/location') ? { ...e, pointer: '#/address' } : e.pointer === '#/image/alt' ? { ...e, pointer: '#/imageAlt' } : e.pointer === '#/estimatedCost' && e.code === 'common.invalid' ? { ...e, code: 'budgeting.proposal.cost' } : e,
  );
  return { ok: false as const, errors };
}

export interface ProposalFormOptions {
  readonly api: Pick<BudgetingApi, 'submitProposal'>;
  readonly round: string;
  readonly lang: () => Locale;
  readonly budget?: string;
  readonly storage?: DraftStorage | null;
  readonly storageKey?: string;
  readonly scheduler?: Scheduler;
  readonly random?: () => number;
  readonly onSent?: (proposal: Proposal) => void;
}

export type ProposalFormState = SubmissionState<ProposalDraft, Proposal>;
export type ProposalFormStore = SubmissionStore<ProposalDraft, Proposal>;

/**
 * The proposal form of participatory budgeting on the generic submission store: the draft stays
 * on the device (a proposal has no personal fields), one Idempotency-Key per body until the
 * server confirms, retries while offline, the server's 422 mapped to the fields.
 */
export function createProposalFormStore(options: ProposalFormOptions): ProposalFormStore {
  return createSubmissionStore<ProposalDraft, ProposalSubmission, Proposal>({
    initial: () => emptyProposalDraft(options.budget ?? ''),
    validate: (draft) => validateProposalDraft(draft, options.lang()),
    send: (body, key) => options.api.submitProposal(options.round, body, key),
    storage: options.storage ?? null,
    storageKey: options.storageKey ?? `kohtaamo:budget-proposal:${options.round}`,
    clears: (field, pointer) => pointer === `#/${field}` || budgetProposalFieldOf(pointer) === field,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.onSent ? { onSent: options.onSent } : {}),
  });
}
