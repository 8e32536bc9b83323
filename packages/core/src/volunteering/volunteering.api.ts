import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import {
  OpportunityListSchema,
  OpportunitySchema,
  ShiftSchema,
  VOLUNTEERING_PATHS,
  type BoardFilter,
  type Opportunity,
  type OpportunityInput,
  type Shift,
  type ShiftInput,
} from './opportunity.schema.js';
import { TalkootProposalSchema, type TalkootProposal, type TalkootDecision, type TalkootProposalSubmission } from './proposal.schema.js';
import { OverlapListSchema, SeatHoldSchema, type Overlap, SignupReceiptSchema, StaffSignupSchema, type SeatHold, type SignupReceipt, type StaffSignup } from './signup.schema.js';
import type { SignupSubmission } from './signup-submission.schema.js';

const enc = encodeURIComponent;
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
export const TalkootProposalListSchema = v.object({ items: v.array(TalkootProposalSchema), total: v.number() });
export const StaffSignupListSchema = v.object({ items: v.array(StaffSignupSchema), total: v.number() });
const OkSchema = v.looseObject({});

/** The resident side of volunteering: the board, seat holds, sign-ups by manage code, proposals. */
export interface VolunteeringApi {
  board(filter?: Partial<BoardFilter>, signal?: AbortSignal): Promise<{ items: Opportunity[]; total: number }>;
  opportunity(id: string, signal?: AbortSignal): Promise<Opportunity>;
  shift(id: string, signal?: AbortSignal): Promise<Shift>;
  /** Holds seats while the form is filled in; give the hold id back with the sign-up. */
  hold(shiftId: string, seats: number): Promise<SeatHold>;
  release(holdId: string): Promise<void>;
  /** Signs up; the same key always stores one sign-up. The receipt holds the manage code once. */
  signUp(shiftId: string, submission: SignupSubmission, idempotencyKey: string): Promise<SignupReceipt>;
  /** The sign-up a manage code opens. */
  manage(code: string, signal?: AbortSignal): Promise<SignupReceipt>;
  change(code: string, groupSize: number): Promise<SignupReceipt>;
  cancel(code: string): Promise<SignupReceipt>;
  propose(proposal: TalkootProposalSubmission, idempotencyKey: string): Promise<TalkootProposal>;
  /** The person's own sign-ups (by the manage codes kept on this device) that overlap a shift. */
  overlaps(shiftId: string, codes: readonly string[]): Promise<Overlap[]>;
}

/** What the board reads. */
export type VolunteeringBoardApi = Pick<VolunteeringApi, 'board' | 'opportunity' | 'shift'>;
/** What the sign-up form uses: the opportunity, seat holds, the sign-up and its manage link. */
export type VolunteeringSignupApi = Pick<VolunteeringApi, 'opportunity' | 'shift' | 'hold' | 'release' | 'signUp' | 'manage' | 'change' | 'cancel' | 'overlaps'>;
/** What the proposal form sends. */
export type VolunteeringProposalApi = Pick<VolunteeringApi, 'propose'>;

const P = VOLUNTEERING_PATHS;
const readOpportunity = (http: HttpClient): VolunteeringBoardApi['opportunity'] => (id, signal) => http.request(`${P.opportunities}/${enc(id)}`, OpportunitySchema, opts(signal));
const readShift = (http: HttpClient): VolunteeringBoardApi['shift'] => (id, signal) => http.request(`${P.shifts}/${enc(id)}`, ShiftSchema, opts(signal));

/**
 * The board's part of the API. Each widget builds only its part (issue 7): an object's unused
 * methods cannot be left out of a bundle, and each method brings the schemas of its answers.
 */
export function createVolunteeringBoardApi(http: HttpClient): VolunteeringBoardApi {
  return {
    board(filter = {}, signal) {
      const searchParams: Record<string, string> = {};
      for (const [k, value] of Object.entries(filter)) if (value !== undefined && value !== '') searchParams[k] = String(value);
      return http.request(P.opportunities, OpportunityListSchema, { searchParams, ...opts(signal) });
    },
    opportunity: readOpportunity(http),
    shift: readShift(http),
  };
}

/** What the sign-up form reads for its first view: the opportunity (or a shift) and the person's overlapping sign-ups. */
export type VolunteeringSignupFormApi = Pick<VolunteeringApi, 'opportunity' | 'shift' | 'overlaps'>;
/** What the sign-up form does after the person acts: seat holds, the sign-up, and the manage link's reading, change and cancel. */
export type VolunteeringSignupSendApi = Pick<VolunteeringApi, 'hold' | 'release' | 'signUp' | 'manage' | 'change' | 'cancel'>;

/** The sign-up form's first view (issue 7: the entry of `<kohtaamo-volunteer-signup>` builds only this). */
export function createVolunteeringSignupFormApi(http: HttpClient): VolunteeringSignupFormApi {
  return {
    opportunity: readOpportunity(http),
    shift: readShift(http),
    overlaps: async (shiftId, codes) => (await http.request(`${P.signups}/overlaps`, OverlapListSchema, { method: 'POST', json: { shiftId, codes } })).items,
  };
}

/** The sign-up form's later part: holds, sending, the manage link (with the receipt's schema). */
export function createVolunteeringSignupSendApi(http: HttpClient): VolunteeringSignupSendApi {
  return {
    hold: (shiftId, seats) => http.request(`${P.shifts}/${enc(shiftId)}/holds`, SeatHoldSchema, { method: 'POST', json: { seats } }),
    release: async (holdId) => {
      await http.request(`/api/v1/volunteering/holds/${enc(holdId)}/release`, OkSchema, { method: 'POST' });
    },
    signUp: (shiftId, submission, key) =>
      http.request(`${P.shifts}/${enc(shiftId)}/signups`, SignupReceiptSchema, { method: 'POST', json: submission, headers: { [IDEMPOTENCY_HEADER]: key } }),
    manage: (code, signal) => http.request(`${P.signups}/${enc(code)}`, SignupReceiptSchema, opts(signal)),
    change: (code, groupSize) => http.request(`${P.signups}/${enc(code)}`, SignupReceiptSchema, { method: 'PATCH', json: { groupSize } }),
    cancel: (code) => http.request(`${P.signups}/${enc(code)}/cancel`, SignupReceiptSchema, { method: 'POST' }),
  };
}

/** The whole sign-up form's API (its first view's part and its later part). */
export function createVolunteeringSignupApi(http: HttpClient): VolunteeringSignupApi {
  return { ...createVolunteeringSignupFormApi(http), ...createVolunteeringSignupSendApi(http) };
}

/** The proposal form's part of the API. */
export function createVolunteeringProposalApi(http: HttpClient): VolunteeringProposalApi {
  return {
    propose: (proposal, key) => http.request(P.proposals, TalkootProposalSchema, { method: 'POST', json: proposal, headers: { [IDEMPOTENCY_HEADER]: key } }),
  };
}

/** The whole resident side (scripts, stories, tests). */
export function createVolunteeringApi(http: HttpClient): VolunteeringApi {
  return { ...createVolunteeringBoardApi(http), ...createVolunteeringSignupApi(http), ...createVolunteeringProposalApi(http) };
}
