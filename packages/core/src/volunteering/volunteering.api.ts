import type { HttpClient } from '../http/http.js';
import { OpportunitySchema, ShiftSchema, type Opportunity, type Shift } from './opportunity.read.schema.js';
import { VOLUNTEERING_PATHS } from './volunteering.paths.js';
import { createVolunteeringBoardApi, type VolunteeringBoardApi } from './volunteering-board.api.js';
import type { OpportunityInput, ShiftInput } from './opportunity.schema.js';
import type { TalkootProposal, TalkootDecision, TalkootProposalSubmission } from './proposal.schema.js';
import type { SeatHold, SignupReceipt, StaffSignup } from './signup.schema.js';
import { OverlapListSchema, type Overlap } from './overlap.schema.js';
import type { SignupSubmission } from './signup-submission.schema.js';
import { createVolunteeringProposalApi } from './volunteering-proposal.api.js';
import { createVolunteeringSignupSendApi } from './volunteering-signup.api.js';

// Each view's requests are a module of their own (issue 7, ADRs 0066 and 0078): a bundle keeps a
// module whole, with what every importer uses, so one module of all of them put the sign-up's
// and the proposal's answer schemas in the board's and the sign-up form's first file.
export { createVolunteeringBoardApi, type VolunteeringBoardApi } from './volunteering-board.api.js';
export { createVolunteeringProposalApi } from './volunteering-proposal.api.js';
export { createVolunteeringSignupSendApi } from './volunteering-signup.api.js';
export { StaffSignupListSchema, TalkootProposalListSchema } from './volunteering-lists.schema.js';

const enc = encodeURIComponent;
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The resident side of volunteering: the board, seat holds, sign-ups by manage code, proposals. */
export interface VolunteeringApi extends VolunteeringBoardApi {
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

/** What the sign-up form uses: the opportunity, seat holds, the sign-up and its manage link. */
export type VolunteeringSignupApi = Pick<VolunteeringApi, 'opportunity' | 'shift' | 'hold' | 'release' | 'signUp' | 'manage' | 'change' | 'cancel' | 'overlaps'>;
/** What the proposal form sends. */
export type VolunteeringProposalApi = Pick<VolunteeringApi, 'propose'>;

const P = VOLUNTEERING_PATHS;
const readOpportunity = (http: HttpClient): VolunteeringApi['opportunity'] => (id, signal) => http.request(`${P.opportunities}/${enc(id)}`, OpportunitySchema, opts(signal));
const readShift = (http: HttpClient): VolunteeringApi['shift'] => (id, signal) => http.request(`${P.shifts}/${enc(id)}`, ShiftSchema, opts(signal));

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

/** The whole sign-up form's API (its first view's part and its later part). */
export function createVolunteeringSignupApi(http: HttpClient): VolunteeringSignupApi {
  return { ...createVolunteeringSignupFormApi(http), ...createVolunteeringSignupSendApi(http) };
}

/** The whole resident side (scripts, stories, tests). */
export function createVolunteeringApi(http: HttpClient): VolunteeringApi {
  return { ...createVolunteeringBoardApi(http), ...createVolunteeringSignupApi(http), ...createVolunteeringProposalApi(http) };
}
