import {
  HelpOfferHandledSchema,
  HelpOfferListSchema,
  HelpOfferSchema,
  OpportunityInputSchema,
  OutboxListSchema,
  ShiftMessageReceiptSchema,
  ShiftMessageSchema,
  OpportunityListSchema,
  OpportunitySchema,
  OverlapListSchema,
  OverlapRequestSchema,
  SeatHoldRequestSchema,
  SeatHoldSchema,
  ShiftInputSchema,
  ShiftRoleSchema,
  StaffOpportunitySchema,
  StaffShiftSchema,
  SignupChangeSchema,
  SignupReceiptSchema,
  SignupSubmissionSchema,
  StaffSignupChangeSchema,
  StaffSignupListSchema,
  StaffSignupSchema,
  TalkootDecisionRequestSchema,
  TalkootProposalListSchema,
  TalkootProposalSchema,
  TalkootProposalSubmissionSchema,
  VapaaehtoistyoTaskSchema,
  VolunteeringFiguresSchema,
  VOLUNTEERING_PATHS,
} from '@kohtaamo/core';
import * as v from 'valibot';
import { COMMON_PROBLEMS, jsonContent, jsonSchemaOf, problemResponse, STAFF_AUTH_PROBLEMS, STAFF_SECURITY } from '../../openapi/openapi.document.js';
import type { ModuleOpenApi } from '../../platform/module.js';

const P = VOLUNTEERING_PATHS;
const O = `${P.staff}/organisations/{organisationId}`;

const param = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } });
const lang = { $ref: '#/components/parameters/AcceptLanguage' };
const organisationId = param('organisationId', 'The organisation ("heinolan-latu"); "city" covers every organisation.');
const opportunityId = param('opportunityId', 'An opportunity id.');
const shiftId = param('shiftId', 'A shift id.');
const signupId = param('signupId', 'A sign-up id.');
const code = param('code', 'The manage code from the confirmation ("XXXX-XXXX-XXXX-XXXX-C"; case, spaces and hyphens do not matter).');
const idempotency = { name: 'Idempotency-Key', in: 'header', required: false, description: 'The same key with the same body stores one sign-up and replays its answer.', schema: { type: 'string' } };

/** Edits of shifts and opportunities name the version they were made on (ADR 0060). */
const ifMatch = (of: string) => ({ name: 'If-Match', in: 'header', required: true, description: `The ${of}’s version the edit was made on (its \`version\`, or the ETag of the last edit), as an entity tag ("3").`, schema: { type: 'string' } });
const etag = (of: string) => ({ ETag: { description: `The ${of}’s version as an entity tag ("4"), for the next edit’s If-Match.`, schema: { type: 'string' } } });
const STALE = (of: string) => ({
  ...problemResponse(`Stale (…/stale-version, code volunteering.${of}.stale): another coordinator saved the ${of} after that version; nothing is changed. The answer’s ETag is the current version: reload, then edit again (ADR 0060).`),
  headers: etag(of),
});
const VERSION_REQUIRED = problemResponse('If-Match is missing (…/version-required).');

/**
 * `version` as the document describes it. Core's schemas carry it bare (the console's bundle
 * holds no descriptions); the server sends it with every local shift and opportunity, the
 * residents' routes included.
 */
const versionOf = (of: string) => v.pipe(v.number(), v.description(`The ${of}’s version: 1 when made, one more with each saved edit of the ${of}${of === 'opportunity' ? ' (its shifts have their own)' : ''}. An edit names it in If-Match (ADR 0060).`));
// A shift's roles are described with the limits they were written under (the widgets read them loosely).
const DocShift = v.object({ ...StaffShiftSchema.entries, roles: v.array(ShiftRoleSchema), version: versionOf('shift') });
const DocStaffOpportunity = v.object({ ...StaffOpportunitySchema.entries, version: versionOf('opportunity'), shifts: v.array(DocShift) });
/** On the residents' routes: imported tasks (source "vapaaehtoistyo") have no version. */
const DocOpportunity = v.object({ ...OpportunitySchema.entries, version: v.optional(versionOf('opportunity')), shifts: v.array(DocShift) });

const NOT_FOUND = problemResponse('No such item (or not of this organisation).');
const INVALID = problemResponse('Invalid fields (errors[] with JSON pointers, message codes and parameters).');
const FULL = problemResponse('No seat and no room on the waiting list (type …/volunteering/full), or the shift is closed (…/volunteering/closed).');
const UNKNOWN_CODE = problemResponse('The manage code is not valid or the sign-up was anonymised (…/volunteering/unknown-code).');

type Op = { summary: string; description?: string; body?: string; ok: [string, string, string | null]; okHeaders?: Record<string, unknown>; params: unknown[]; extra?: Record<string, unknown> };
const body = (op: Op) => (op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {});
const ok = (op: Op) => ({ [op.ok[0]]: { description: op.ok[1], ...(op.okHeaders ? { headers: op.okHeaders } : {}), content: op.ok[2] ? jsonContent(op.ok[2]) : { 'application/json': { schema: { type: 'object' } } } } });

function pub(operationId: string, op: Op) {
  return { tags: ['volunteering'], operationId, summary: op.summary, ...(op.description ? { description: op.description } : {}), parameters: [...op.params, lang], ...body(op), responses: { ...ok(op), ...op.extra, ...COMMON_PROBLEMS } };
}
function staff(operationId: string, op: Op) {
  return { tags: ['volunteering-staff'], operationId, summary: op.summary, ...(op.description ? { description: op.description } : {}), security: STAFF_SECURITY, parameters: [...op.params, lang], ...body(op), responses: { ...ok(op), ...op.extra, ...STAFF_AUTH_PROBLEMS } };
}

/** The volunteering module's part of /openapi.json. */
export function volunteeringOpenApi(): ModuleOpenApi {
  return {
    tags: [
      { name: 'volunteering', description: 'Volunteering and talkoot: the board, seat holds, sign-ups with manage codes, proposals, figures (open data)' },
      { name: 'volunteering-staff', description: 'Coordinators of the city and associations: opportunities, shifts, sign-ups, exports, proposals, offers of help from the resident survey' },
    ],
    paths: {
      [P.opportunities]: {
        get: pub('listVolunteeringOpportunities', {
          summary: 'The board: published opportunities of every organisation and tasks imported from vapaaehtoistyo.fi',
          description:
            'Paged by cursor (ADR 0081): soonest first by the first open shift still to come (within `from`–`to`), then opportunities without open shifts, imported tasks among them by their start. Each local opportunity carries its shifts that have not ended. Give `next` back as `cursor` for the page after; `next` is null on the last page. A page may hold fewer than `limit` opportunities while `next` is set (the server reads a bounded number of candidates per request).',
          params: [
            ...['organisation', 'theme', 'area', 'from', 'to', 'under18', 'english', 'remote'].map((n) => query(n, `Filter by ${n} (dates YYYY-MM-DD, Helsinki; flags "true").`)),
            query('limit', 'Opportunities per page, 1–100. Default 50.'),
            query('cursor', 'The `next` of the page before (opaque). Not one the server gave: 422 with the pointer #/cursor.'),
          ],
          ok: ['200', 'A page of opportunities, soonest first, and the cursor of the next page.', 'VolunteeringOpportunityList'],
          extra: { '422': problemResponse('An invalid filter, limit or cursor (errors[] with JSON pointers).') },
        }),
      },
      [`${P.opportunities}/{opportunityId}`]: { get: pub('getVolunteeringOpportunity', { summary: 'One opportunity with its shifts and seat counts', params: [opportunityId], ok: ['200', 'The opportunity.', 'VolunteeringOpportunity'], extra: { '404': NOT_FOUND } }) },
      [`${P.shifts}/{shiftId}`]: { get: pub('getVolunteeringShift', { summary: 'One shift with its seat counts', params: [shiftId], ok: ['200', 'The shift.', 'VolunteeringShift'], extra: { '404': NOT_FOUND } }) },
      [`${P.shifts}/{shiftId}/holds`]: {
        post: pub('holdVolunteeringSeats', { summary: 'Holds seats while the sign-up form is filled in', body: 'VolunteeringSeatHoldRequest', params: [shiftId], ok: ['201', 'The hold (outcome "waiting": no seats held, only the waiting list has room).', 'VolunteeringSeatHold'], extra: { '404': NOT_FOUND, '409': FULL, '422': INVALID } }),
      },
      ['/api/v1/volunteering/holds/{holdId}/release']: { post: pub('releaseVolunteeringHold', { summary: 'Gives held seats back', params: [param('holdId', 'The hold id.')], ok: ['200', 'Released (or already gone).', null] }) },
      [`${P.shifts}/{shiftId}/signups`]: {
        post: pub('signUpForVolunteeringShift', {
          summary: 'Signs up for a shift',
          description: 'Attending while seats are free (a hold’s seats are the sign-up’s own), then the waiting list, then 409. The receipt holds the manage code once; only its hash is stored.',
          body: 'VolunteeringSignupSubmission',
          params: [shiftId, idempotency],
          ok: ['201', 'The receipt with the manage code and link.', 'VolunteeringSignupReceipt'],
          extra: { '404': NOT_FOUND, '409': FULL, '422': INVALID },
        }),
      },
      [`${P.signups}/overlaps`]: { post: pub('volunteeringOverlaps', { summary: 'The person’s own sign-ups (by the manage codes on their device) that overlap a shift', body: 'VolunteeringOverlapRequest', params: [], ok: ['200', 'Overlapping shifts.', 'VolunteeringOverlapList'], extra: { '422': INVALID } }) },
      [`${P.signups}/{code}`]: {
        get: pub('getVolunteeringSignup', { summary: 'The sign-up a manage code opens', params: [code], ok: ['200', 'The sign-up.', 'VolunteeringSignupReceipt'], extra: { '404': UNKNOWN_CODE } }),
        patch: pub('changeVolunteeringSignup', { summary: 'Changes the group size', body: 'VolunteeringSignupChange', params: [code], ok: ['200', 'The changed sign-up.', 'VolunteeringSignupReceipt'], extra: { '404': UNKNOWN_CODE, '409': FULL, '422': INVALID } }),
      },
      [`${P.signups}/{code}/cancel`]: {
        post: pub('cancelVolunteeringSignup', { summary: 'Cancels; the seats go to the first on the waiting list who fit', params: [code], ok: ['200', 'The cancelled sign-up.', 'VolunteeringSignupReceipt'], extra: { '404': UNKNOWN_CODE, '409': FULL } }),
      },
      [P.proposals]: { post: pub('proposeTalkoot', { summary: 'Proposes a talkoot event', body: 'VolunteeringProposalSubmission', params: [idempotency], ok: ['201', 'The proposal.', 'VolunteeringProposal'], extra: { '422': INVALID } }) },
      [P.figures]: { get: pub('volunteeringFigures', { summary: 'Volunteers, hours and talkoot per area and month (open data, no personal data)', params: [], ok: ['200', 'Figures.', 'VolunteeringFigures'] }) },
      [P.export]: { get: pub('exportVolunteeringTasks', { summary: 'Our published opportunities in vapaaehtoistyo.fi’s task shape (Unix seconds)', params: [], ok: ['200', '{ data: tasks }', 'VolunteeringTaskExport'] }) },

      [`${O}/opportunities`]: {
        get: staff('listOwnVolunteeringOpportunities', {
          summary: 'The organisation’s opportunities (the city: all), newest first in keyset pages, each with its version and each shift with its own',
          params: [
            organisationId,
            query('limit', 'Opportunities per page, 1–200. Default 50.'),
            query('cursor', 'The `next` of the page before (opaque). Not one the server gave: 422 with the pointer #/cursor.'),
          ],
          ok: ['200', 'A page of opportunities: `next` reads the page after it (null on the last), `total` counts them all.', 'VolunteeringStaffOpportunityList'],
          extra: { '422': INVALID },
        }),
        post: staff('createVolunteeringOpportunity', { summary: 'Creates an opportunity of the organisation', body: 'VolunteeringOpportunityInput', params: [organisationId], ok: ['201', 'Created (version 1).', 'VolunteeringStaffOpportunity'], extra: { '422': INVALID } }),
      },
      [`${O}/opportunities/{opportunityId}`]: {
        put: staff('updateVolunteeringOpportunity', {
          summary: 'Edits an opportunity’s own fields (its shifts are edited one by one)',
          description: 'The edit names the version it was made on in If-Match (the staff list’s `version`), compared under the opportunity’s lock: of edits made on one version exactly one is saved (ADR 0060).',
          body: 'VolunteeringOpportunityInput',
          params: [organisationId, opportunityId, ifMatch('opportunity')],
          ok: ['200', 'The opportunity as saved; its new version in ETag.', 'VolunteeringStaffOpportunity'],
          okHeaders: etag('opportunity'),
          extra: { '404': NOT_FOUND, '412': STALE('opportunity'), '422': INVALID, '428': VERSION_REQUIRED },
        }),
      },
      [`${O}/opportunities/{opportunityId}/shifts`]: {
        post: staff('addVolunteeringShift', { summary: 'Adds a shift (the opportunity’s version stays as it is)', body: 'VolunteeringShiftInput', params: [organisationId, opportunityId], ok: ['201', 'The shift (version 1).', 'VolunteeringStaffShift'], extra: { '404': NOT_FOUND, '422': INVALID } }),
      },
      [`${O}/opportunities/{opportunityId}/signups.csv`]: {
        get: {
          ...staff('exportVolunteeringSignups', { summary: 'The sign-ups of the opportunity’s shifts as CSV', params: [organisationId, opportunityId], ok: ['200', 'CSV', null], extra: { '404': NOT_FOUND } }),
          responses: { '200': { description: 'CSV (UTF-8 with BOM).', content: { 'text/csv': { schema: { type: 'string' } } } }, '404': NOT_FOUND, ...STAFF_AUTH_PROBLEMS },
        },
      },
      [`${O}/shifts/{shiftId}`]: {
        put: staff('updateVolunteeringShift', { summary: 'Edits a shift under its lock', description: 'Places below those attending, waiting list places below those waiting, a largest group below one signed up, or removing a role someone signed up for: 422 by the field. Changed times mail every active sign-up its updated .ics; more places promote the waiting list. The edit names the version it was made on in If-Match (the staff list’s `version`).', body: 'VolunteeringShiftInput', params: [organisationId, shiftId, ifMatch('shift')], ok: ['200', 'The shift as saved; its new version in ETag.', 'VolunteeringStaffShift'], okHeaders: etag('shift'), extra: { '404': NOT_FOUND, '409': problemResponse('The shift has started.'), '412': STALE('shift'), '422': INVALID, '428': VERSION_REQUIRED } }),
      },
      [`${O}/shifts/{shiftId}/signups`]: { get: staff('listVolunteeringSignups', { summary: 'A shift’s sign-ups in order, with waiting positions', params: [organisationId, shiftId], ok: ['200', 'Sign-ups.', 'VolunteeringStaffSignupList'], extra: { '404': NOT_FOUND } }) },
      [`${O}/signups/{signupId}`]: {
        patch: staff('changeVolunteeringSignupAsStaff', { summary: 'Check-in, hours and their approval, record extract seen (only when and by whom)', body: 'VolunteeringStaffSignupChange', params: [organisationId, signupId], ok: ['200', 'The sign-up.', 'VolunteeringStaffSignup'], extra: { '404': NOT_FOUND, '422': INVALID } }),
      },
      [`${O}/shifts/{shiftId}/messages`]: {
        post: staff('messageVolunteeringShift', { summary: 'Mails the people of a shift (attending, or the waiting list too) through the outbox', description: 'One mail per sign-up, about that sign-up (retention removes it with the sign-up). Without SMTP configured the mails wait in the outbox (GET …/outbox).', body: 'VolunteeringShiftMessage', params: [organisationId, shiftId], ok: ['201', 'How many mails were queued.', 'VolunteeringShiftMessageReceipt'], extra: { '404': NOT_FOUND, '422': INVALID } }),
      },
      [`${O}/outbox`]: {
        get: staff('listVolunteeringOutbox', { summary: 'The organisation’s volunteering mails not yet delivered (the city: all)', description: 'What waits in the platform outbox: with no SMTP configured every mail stays here; otherwise those being retried or given up.', params: [organisationId], ok: ['200', 'Mails waiting.', 'VolunteeringOutbox'] }),
      },
      [`${P.staff}/proposals`]: { get: staff('listTalkootProposals', { summary: 'Talkoot proposals (the city)', params: [], ok: ['200', 'Proposals.', 'VolunteeringProposalList'] }) },
      [`${P.staff}/help-offers`]: {
        get: staff('listVolunteeringHelpOffers', { summary: 'Offers of help from the resident survey, with the consent each person gave (the city’s coordinators)', description: 'Read through the platform’s contact offers (ADR 0054): the survey keeps them and removes them with its retention. Open ones first, newest first.', params: [], ok: ['200', 'Offers.', 'VolunteeringHelpOfferList'] }),
      },
      [`${P.staff}/help-offers/handling`]: {
        post: staff('markVolunteeringHelpOffer', { summary: 'Marks an offer of help (its id, "surveys:<id>") handled, when and by whom, or open again', body: 'VolunteeringHelpOfferHandled', params: [], ok: ['200', 'The offer.', 'VolunteeringHelpOffer'], extra: { '404': NOT_FOUND, '422': INVALID } }),
      },
      [`${P.staff}/proposals/decisions`]: {
        post: staff('decideTalkootProposal', { summary: 'Approves (a city talkoot opportunity is made) or declines with a reason; the proposer is told', body: 'VolunteeringDecision', params: [], ok: ['200', 'The decided proposal.', 'VolunteeringProposal'], extra: { '404': NOT_FOUND, '409': problemResponse('Already decided, or left undecided past its day and the retention period (its proposer removed, ADR 0099).'), '422': INVALID } }),
      },
    },
    schemas: {
      VolunteeringHelpOffer: jsonSchemaOf(HelpOfferSchema),
      VolunteeringHelpOfferList: jsonSchemaOf(HelpOfferListSchema),
      VolunteeringHelpOfferHandled: jsonSchemaOf(HelpOfferHandledSchema),
      VolunteeringOpportunity: jsonSchemaOf(DocOpportunity),
      VolunteeringOpportunityList: jsonSchemaOf(v.object({ ...OpportunityListSchema.entries, items: v.array(DocOpportunity) })),
      VolunteeringOpportunityInput: jsonSchemaOf(OpportunityInputSchema),
      VolunteeringShift: jsonSchemaOf(DocShift),
      VolunteeringStaffShift: jsonSchemaOf(DocShift),
      VolunteeringStaffOpportunity: jsonSchemaOf(DocStaffOpportunity),
      VolunteeringStaffOpportunityList: jsonSchemaOf(v.object({ items: v.array(DocStaffOpportunity), total: v.number(), next: v.nullable(v.string()) })),
      VolunteeringShiftInput: jsonSchemaOf(ShiftInputSchema),
      VolunteeringSeatHoldRequest: jsonSchemaOf(SeatHoldRequestSchema),
      VolunteeringSeatHold: jsonSchemaOf(SeatHoldSchema),
      VolunteeringSignupSubmission: jsonSchemaOf(SignupSubmissionSchema),
      VolunteeringSignupReceipt: jsonSchemaOf(SignupReceiptSchema),
      VolunteeringSignupChange: jsonSchemaOf(SignupChangeSchema),
      VolunteeringOverlapRequest: jsonSchemaOf(OverlapRequestSchema),
      VolunteeringOverlapList: jsonSchemaOf(OverlapListSchema),
      VolunteeringStaffSignup: jsonSchemaOf(StaffSignupSchema),
      VolunteeringStaffSignupList: jsonSchemaOf(StaffSignupListSchema),
      VolunteeringStaffSignupChange: jsonSchemaOf(StaffSignupChangeSchema),
      VolunteeringProposalSubmission: jsonSchemaOf(TalkootProposalSubmissionSchema),
      VolunteeringProposal: jsonSchemaOf(TalkootProposalSchema),
      VolunteeringProposalList: jsonSchemaOf(TalkootProposalListSchema),
      VolunteeringDecision: jsonSchemaOf(TalkootDecisionRequestSchema),
      VolunteeringFigures: jsonSchemaOf(VolunteeringFiguresSchema),
      VolunteeringShiftMessage: jsonSchemaOf(ShiftMessageSchema),
      VolunteeringShiftMessageReceipt: jsonSchemaOf(ShiftMessageReceiptSchema),
      VolunteeringOutbox: jsonSchemaOf(OutboxListSchema),
      VolunteeringTaskExport: jsonSchemaOf(v.object({ data: v.array(VapaaehtoistyoTaskSchema) })),
    },
  };
}
