import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { OpportunitySchema, ShiftSchema, VOLUNTEERING_PATHS } from './opportunity.read.schema.js';
import type { OpportunityInput, ShiftInput } from './opportunity.schema.js';
import type { HelpOffer, HelpOfferList } from './help-offer.schema.js';
import { TalkootProposalSchema, type TalkootDecision, type TalkootProposal } from './proposal.schema.js';
import { StaffSignupSchema, type StaffSignup } from './signup.schema.js';
import { StaffSignupListSchema, TalkootProposalListSchema } from './volunteering-lists.schema.js';

/*
 * The coordinators' side of volunteering: a module of its own, so the resident widgets (board,
 * sign-up, proposal) do not carry what only the console uses.
 */

const enc = encodeURIComponent;
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/**
 * A coordinator's message to the people of a shift (a change of meeting place, rain): one mail
 * to each sign-up's email through the platform outbox. `to`: those attending, or the waiting
 * list too.
 */
export const ShiftMessageSchema = v.object({
  subject: v.pipe(v.string('common.required'), v.trim(), v.minLength(1, 'common.required'), v.maxLength(200, 'common.tooLong')),
  body: v.pipe(v.string('common.required'), v.trim(), v.minLength(1, 'common.required'), v.maxLength(5000, 'common.tooLong')),
  to: v.optional(v.picklist(['attending', 'all'], 'common.invalid'), 'attending'),
});
export type ShiftMessage = v.InferInput<typeof ShiftMessageSchema>;

/** What the outbox did with a shift message: how many mails were queued, and whether mail is sent at all. */
export const ShiftMessageReceiptSchema = v.object({ queued: v.number(), smtpConfigured: v.boolean() });
export type ShiftMessageReceipt = v.InferOutput<typeof ShiftMessageReceiptSchema>;

/** A volunteering mail not yet delivered (no SMTP configured, or retrying), as a coordinator sees it. */
export const OutboxMailSchema = v.object({
  id: v.string(),
  to: v.string(),
  subject: v.string(),
  createdAt: v.string(),
  attempts: v.number(),
  lastError: v.nullable(v.string()),
  /** Given up after too many attempts. */
  failed: v.boolean(),
});
export type OutboxMail = v.InferOutput<typeof OutboxMailSchema>;
export const OutboxListSchema = v.object({ items: v.array(OutboxMailSchema), total: v.number(), smtpConfigured: v.boolean() });
export type OutboxList = v.InferOutput<typeof OutboxListSchema>;

/**
 * A shift and an opportunity as a coordinator reads them: each with its version, which an edit
 * sends back in If-Match (ADR 0060). The residents' widgets read them without it (ShiftSchema and
 * OpportunitySchema drop the key).
 */
export const StaffShiftSchema = v.object({ ...ShiftSchema.entries, version: v.number() });
export type StaffShift = v.InferOutput<typeof StaffShiftSchema>;
export const StaffOpportunitySchema = v.object({ ...OpportunitySchema.entries, version: v.number(), shifts: v.array(StaffShiftSchema) });
export type StaffOpportunity = v.InferOutput<typeof StaffOpportunitySchema>;
/** A page of the coordinators' list, newest first: `next` reads the one after it (null on the last), `total` counts them all. */
const StaffOpportunityListSchema = v.object({ items: v.array(StaffOpportunitySchema), total: v.number(), next: v.nullable(v.string()) });
export type StaffOpportunityPage = v.InferOutput<typeof StaffOpportunityListSchema>;
/** The coordinators' list is read in keyset pages of this many (issue 11): the server's default. */
export const STAFF_OPPORTUNITY_PAGE_SIZE = 50;
/**
 * The query of the coordinators' list: `limit` (1-200, default 50) and `cursor`, the `next` of
 * the page before (opaque: a cursor the server did not write is refused by this field, 422).
 */
export const StaffOpportunityQuerySchema = v.object({
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'common.invalid'), v.transform(Number), v.minValue(1, 'common.invalid'), v.maxValue(200, 'common.invalid')),
    String(STAFF_OPPORTUNITY_PAGE_SIZE),
  ),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,400}$/, 'common.invalid'))),
});

/** A coordinator's side, for one organisation ("city" sees every organisation's). */
export interface VolunteeringStaffApi {
  /** One page of the organisation's opportunities, newest first: the first, or the one after `cursor` (the page before's `next`). */
  opportunities(signal?: AbortSignal, page?: { readonly cursor?: string | undefined; readonly limit?: number | undefined }): Promise<StaffOpportunityPage>;
  createOpportunity(input: OpportunityInput): Promise<StaffOpportunity>;
  /**
   * Edits an opportunity's own fields (not its shifts). `version` is the one the edit was made
   * on: 412 (stale-version) when another coordinator saved the opportunity meanwhile.
   */
  updateOpportunity(id: string, input: OpportunityInput, version: number): Promise<StaffOpportunity>;
  addShift(opportunityId: string, input: ShiftInput): Promise<StaffShift>;
  /**
   * Edits a shift's times, places, waiting list, group size and roles (422 by the field when
   * sign-ups do not fit; changed times mail the people). `version` is the one the edit was made
   * on: 412 (stale-version) when another coordinator saved the shift meanwhile.
   */
  updateShift(shiftId: string, input: ShiftInput, version: number): Promise<StaffShift>;
  signups(shiftId: string, signal?: AbortSignal): Promise<{ items: StaffSignup[]; total: number }>;
  checkIn(signupId: string, checkedIn: boolean): Promise<StaffSignup>;
  logHours(signupId: string, hours: number, approved: boolean): Promise<StaffSignup>;
  /** Records that a criminal record extract was seen (when and by whom; never the extract), or removes that record. */
  recordCheckSeen(signupId: string, seen?: boolean): Promise<StaffSignup>;
  /** The sign-ups of an opportunity's shifts as CSV (text/csv). */
  exportCsv(opportunityId: string): Promise<Blob>;
  /** Talkoot proposals (the city's coordinators). */
  proposals(signal?: AbortSignal): Promise<{ items: TalkootProposal[]; total: number }>;
  decide(proposalId: string, decision: TalkootDecision): Promise<TalkootProposal>;
  /** Mails the people of a shift through the outbox. */
  messageShift(shiftId: string, message: ShiftMessage): Promise<ShiftMessageReceipt>;
  /** The organisation's volunteering mails not yet delivered (waiting when no SMTP is configured). */
  outbox(signal?: AbortSignal): Promise<OutboxList>;
  /** Offers of help from the resident survey, with their consent (the city's coordinators, ADR 0054). */
  helpOffers(signal?: AbortSignal): Promise<HelpOfferList>;
  /** Marks an offer handled, or open again. */
  markHelpOffer(id: string, handled: boolean): Promise<HelpOffer>;
}

export function createVolunteeringStaffApi(http: HttpClient, organisation: string): VolunteeringStaffApi {
  const S = VOLUNTEERING_PATHS.staff;
  const O = `${S}/organisations/${enc(organisation)}`;
  return {
    opportunities: (signal, page = {}) => {
      const searchParams: Record<string, string> = {};
      if (page.limit) searchParams.limit = String(page.limit);
      if (page.cursor) searchParams.cursor = page.cursor;
      return http.request(`${O}/opportunities`, StaffOpportunityListSchema, { ...opts(signal), searchParams });
    },
    createOpportunity: (input) => http.request(`${O}/opportunities`, StaffOpportunitySchema, { method: 'POST', json: input }),
    updateOpportunity: (id, input, version) => http.request(`${O}/opportunities/${enc(id)}`, StaffOpportunitySchema, { method: 'PUT', json: input, headers: { 'If-Match': `"${version}"` } }),
    addShift: (id, input) => http.request(`${O}/opportunities/${enc(id)}/shifts`, StaffShiftSchema, { method: 'POST', json: input }),
    updateShift: (id, input, version) => http.request(`${O}/shifts/${enc(id)}`, StaffShiftSchema, { method: 'PUT', json: input, headers: { 'If-Match': `"${version}"` } }),
    signups: (shiftId, signal) => http.request(`${O}/shifts/${enc(shiftId)}/signups`, StaffSignupListSchema, opts(signal)),
    checkIn: (id, checkedIn) => http.request(`${O}/signups/${enc(id)}`, StaffSignupSchema, { method: 'PATCH', json: { checkedIn } }),
    logHours: (id, hours, approved) => http.request(`${O}/signups/${enc(id)}`, StaffSignupSchema, { method: 'PATCH', json: { hours, hoursApproved: approved } }),
    recordCheckSeen: (id, seen = true) => http.request(`${O}/signups/${enc(id)}`, StaffSignupSchema, { method: 'PATCH', json: { recordCheckSeen: seen } }),
    exportCsv: (id) => http.blob(`${O}/opportunities/${enc(id)}/signups.csv`),
    proposals: (signal) => http.request(`${S}/proposals`, TalkootProposalListSchema, opts(signal)),
    decide: (id, decision) => http.request(`${S}/proposals/decisions`, TalkootProposalSchema, { method: 'POST', json: { proposal: id, decision } }),
    messageShift: (shiftId, message) => http.request(`${O}/shifts/${enc(shiftId)}/messages`, ShiftMessageReceiptSchema, { method: 'POST', json: message }),
    outbox: (signal) => http.request(`${O}/outbox`, OutboxListSchema, opts(signal)),
    // The offers' schemas are a chunk of their own: the console's entry does not carry them (ADR 0054).
    helpOffers: async (signal) => http.request(`${S}/help-offers`, (await import('./help-offer.schema.js')).HelpOfferListSchema, opts(signal)),
    markHelpOffer: async (id, handled) => http.request(`${S}/help-offers/handling`, (await import('./help-offer.schema.js')).HelpOfferSchema, { method: 'POST', json: { offer: id, handled } }),
  };
}
