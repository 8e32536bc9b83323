import {
  AssistedBallotSchema,
  BallotReceiptSchema,
  BUDGETING_PATHS,
  BudgetInputSchema,
  CastBallotSchema,
  ImplementationUpdateSchema,
  ProposalImageUploadSchema,
  ProposalDocumentListSchema,
  ProposalDocumentSchema,
  ProposalReviewSchema,
  PROPOSAL_IMAGE_MAX_BYTES,
  ProposalSubmissionSchema,
  ReceiptStatusSchema,
  RoundInputSchema,
  RoundUpdateSchema,
  RoundListSchema,
  RoundSchema,
  RulesSettingSchema,
  VotingCodesRequestSchema,
} from '@kohtaamo/core';
import { COMMON_PROBLEMS, jsonContent, jsonSchemaOf, problemResponse, STAFF_AUTH_PROBLEMS, STAFF_SECURITY } from '../../openapi/openapi.document.js';
import type { ModuleOpenApi } from '../../platform/module.js';

const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;

const param = (name: string, description: string, pattern?: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', ...(pattern ? { pattern } : {}) },
});
const roundId = param('roundId', 'The round id ("heinola-2027").', '^[a-z0-9][a-z0-9-]*$');
const budgetId = param('budgetId', 'A budget (area or theme) of the round.', '^[a-z0-9][a-z0-9-]*$');
const proposalId = param('proposalId', 'A proposal id (also its project id on the ballot and in the .pb file).', '^p[0-9a-z]{8,16}$');
const lang = { $ref: '#/components/parameters/AcceptLanguage' };
const anyJson = { 'application/json': { schema: { type: 'object' } } };

const FROZEN = problemResponse('Voting has opened: the rules, budgets and reviews are frozen (code "budgeting.rules.frozen"); the attempt is logged.');
const PHASE = problemResponse('The round is not in the phase this needs (type …/budgeting/wrong-phase).');
const NOT_FOUND = problemResponse('No such round, budget or proposal.');
const INVALID = problemResponse('Invalid fields (errors[] with JSON pointers and message codes).');

type Op = { summary: string; description?: string; body?: string; ok: [string, string, string | null]; params: unknown[]; extra?: Record<string, unknown> };

function pub(operationId: string, op: Op) {
  return {
    tags: ['budgeting'],
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [...op.params, lang],
    ...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
    responses: { [op.ok[0]]: { description: op.ok[1], content: op.ok[2] ? jsonContent(op.ok[2]) : anyJson }, ...op.extra, ...COMMON_PROBLEMS },
  };
}

function staff(operationId: string, op: Op) {
  return {
    tags: ['budgeting-staff'],
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    security: STAFF_SECURITY,
    parameters: [...op.params, lang],
    ...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
    responses: { [op.ok[0]]: { description: op.ok[1], content: op.ok[2] ? jsonContent(op.ok[2]) : anyJson }, ...op.extra, ...STAFF_AUTH_PROBLEMS },
  };
}

/** The budgeting module's part of /openapi.json. */
export function budgetingOpenApi(): ModuleOpenApi {
  return {
    tags: [
      { name: 'budgeting', description: 'Participatory budgeting: rounds, proposals, ballots, receipts, results (open data)' },
      { name: 'budgeting-staff', description: 'Running a budgeting round: budgets, review, rules, voting codes, assisted ballots, results' },
    ],
    paths: {
      [R]: { get: pub('listBudgetingRounds', { summary: 'Rounds with their phases and budgets', params: [], ok: ['200', 'Rounds, latest vote first.', 'BudgetingRoundList'] }) },
      [`${R}/{roundId}`]: { get: pub('getBudgetingRound', { summary: 'One round', params: [roundId], ok: ['200', 'The round.', 'BudgetingRound'], extra: { '404': NOT_FOUND } }) },
      [`${R}/{roundId}/proposals`]: {
        get: pub('listBudgetingProposals', {
          summary: 'Proposals of a round, filtered',
          params: [
            roundId,
            { name: 'budget', in: 'query', schema: { type: 'string' } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['submitted', 'feasible', 'rejected', 'merged'] } },
            { name: 'maxCost', in: 'query', schema: { type: 'string', pattern: '^\\d+$' }, description: 'At most this cost (the city’s estimate when reviewed).' },
            { name: 'cursor', in: 'query', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,400}$' }, description: 'The `next` of the page before (keyset paging, oldest first); none for the first page. One this server did not write is a 422 at #/cursor.' },
            { name: 'pageSize', in: 'query', schema: { type: 'string', pattern: '^\\d{1,3}$' }, description: '1–100 (50).' },
          ],
          ok: ['200', 'A page of proposals, oldest first: `total` of the filters, `next` the cursor of the page after (null on the last).', 'BudgetingProposalList'],
          extra: { '404': NOT_FOUND, '422': INVALID },
        }),
        post: pub('submitBudgetingProposal', {
          summary: 'Send a proposal (proposal phase only)',
          description:
            'With an Idempotency-Key, a repeated request with the same body gets the first answer again and stores nothing more. ' +
            'An image is uploaded first (…/proposal-images) and named in "image" with its text alternative; an image that is unknown, ' +
            'of another round or taken by another proposal is a 422 at "#/image/id" (code "budgeting.image.unknown").',
          params: [roundId, { $ref: '#/components/parameters/IdempotencyKey' }],
          body: 'BudgetingProposalSubmission',
          ok: ['201', 'Stored; Location says where to read it.', 'BudgetingProposal'],
          extra: { '404': NOT_FOUND, '409': PHASE, '422': INVALID, '429': problemResponse('Too many proposals from this client (scope budgeting-proposal).') },
        }),
      },
      [`${R}/{roundId}/proposal-images`]: {
        post: {
          tags: ['budgeting'],
          operationId: 'uploadBudgetingProposalImage',
          summary: 'Upload an image for a proposal (proposal phase only; then send its id in "image" with a text alternative)',
          description:
            `The body is the image itself: JPEG, PNG or WebP by its first bytes (the Content-Type is not trusted); at most ${PROPOSAL_IMAGE_MAX_BYTES} bytes by default. ` +
            'Metadata (Exif with GPS, XMP, comments, PNG text chunks) is removed before it is stored, and a JPEG taken on its side is turned upright. ' +
            'Not public until a proposal takes it; one that no proposal took within a day is deleted. One proposal per image.',
          parameters: [roundId, lang],
          requestBody: { required: true, content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {}, 'application/octet-stream': {} } },
          responses: {
            '201': { description: 'Stored; send its id with the proposal.', content: jsonContent('BudgetingProposalImageUpload') },
            '404': NOT_FOUND,
            '409': PHASE,
            '413': problemResponse('Larger than the limit (code "budgeting.image.tooLarge").'),
            '422': problemResponse('Not a JPEG, PNG or WebP image (pointer "#/image", code "budgeting.image.type").'),
            '429': problemResponse('Too many uploads from this client (scope budgeting-image, default 20 in 10 minutes); see Retry-After.'),
            ...COMMON_PROBLEMS,
          },
        },
      },
      [`${R}/{roundId}/proposal-images/{imageId}`]: {
        get: {
          tags: ['budgeting'],
          operationId: 'getBudgetingProposalImage',
          summary: 'The image of a proposal (its text alternative is the proposal’s image.alt)',
          parameters: [roundId, { name: 'imageId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }, lang],
          responses: {
            '200': { description: 'The image, metadata stripped. Cache-Control: public, max-age=3600.', content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {} } },
            '404': problemResponse('No such image in the round, or no proposal took it (code "budgeting.image.unknown").'),
            ...COMMON_PROBLEMS,
          },
        },
      },
      [`${R}/{roundId}/proposals/{proposalId}`]: { get: pub('getBudgetingProposal', { summary: 'One proposal, with its review and implementation', params: [roundId, proposalId], ok: ['200', 'The proposal.', 'BudgetingProposal'], extra: { '404': NOT_FOUND } }) },
      [`${R}/{roundId}/budgets/{budgetId}/ballot`]: {
        get: pub('getBudgetingBallot', { summary: 'The frozen rules and the projects of a budget’s ballot', params: [roundId, budgetId], ok: ['200', 'Rules (core BudgetRules) and projects with titles.', null], extra: { '404': NOT_FOUND, '409': PHASE } }),
      },
      [`${R}/{roundId}/budgets/{budgetId}/ballots`]: {
        post: pub('castBudgetingBallot', {
          summary: 'Cast a ballot',
          description:
            'The voter proves eligibility with a single-use voting code or a signed token of the city’s identity service (HS256 JWS; ' +
            'ADR 0019). One ballot per voter (per budget, or per round when a voter may vote in one budget): a second is a 409 ' +
            '"budgeting.voting.alreadyVoted". The answer holds the receipt code, shown once; who voted and what was voted are stored apart. ' +
            'With an Idempotency-Key (a secret the client draws before casting and keeps until it has the answer), the same voter ' +
            'and key again get the same receipt (201, Idempotent-Replayed: true) and store nothing more, so a lost answer loses no ' +
            'receipt; the key itself is never stored (ADR 0031).',
          params: [roundId, budgetId, { $ref: '#/components/parameters/IdempotencyKey' }],
          body: 'BudgetingCastBallot',
          ok: ['201', 'Counted in the ballot box; keep the receipt code.', 'BudgetingBallotReceipt'],
          extra: { '403': problemResponse('The voting code or identity token is not valid for this round.'), '404': NOT_FOUND, '409': problemResponse('Voting is not open, or this voter has voted already.'), '422': INVALID, '429': problemResponse('Too many ballots from this client (scope budgeting-ballot).') },
        }),
      },
      [`${R}/{roundId}/receipts/{code}`]: {
        get: pub('verifyBudgetingReceipt', {
          summary: 'Whether a ballot with this receipt code is in the ballot box (stored) or in the published result (counted)',
          description: 'Never reveals what the ballot holds.',
          params: [roundId, param('code', 'The receipt code, read leniently (case, spaces, O for 0).')],
          ok: ['200', 'Found.', 'BudgetingReceiptStatus'],
          extra: { '404': problemResponse('No counted ballot has this code.'), '422': INVALID },
        }),
      },
      [`${R}/{roundId}/receipts`]: { get: pub('listBudgetingReceipts', { summary: 'The published receipt list and its SHA-256 (after the results are published), kept with the results; ETag', params: [roundId], ok: ['200', '{ codes, sha256 }', null], extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND } }) },
      [`${R}/{roundId}/results`]: {
        get: pub('getBudgetingResults', { summary: 'The published results: winners, votes and cost per project, explanations, voters with a winner, implementation', params: [roundId], ok: ['200', 'Open data, no personal data. Served from the kept results with an ETag; Cache-Control: public, max-age=60, stale-while-revalidate=300.', null], extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND } }),
      },
      [`${R}/{roundId}/budgets/{budgetId}/ballots.pb`]: {
        get: {
          ...pub('exportBudgetingPabulib', { summary: 'The anonymised ballots of a budget as a Pabulib .pb file (recount with npx kohtaamo-tally)', params: [roundId, budgetId], ok: ['200', 'The file.', null], extra: { '404': NOT_FOUND } }),
          responses: { '200': { description: 'The .pb file, ballots in a random order drawn once per computation of the results (kept with them, ETag).', content: { 'text/plain': { schema: { type: 'string' } } } }, '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND, ...COMMON_PROBLEMS },
        },
      },
      '/api/v1/budgeting/figures': { get: pub('getBudgetingFigures', { summary: 'Figures for the signals view: proposals, ballots, voters with a winner per round', params: [], ok: ['200', 'Figures.', null] }) },

      [S]: { post: staff('createBudgetingRound', { summary: 'Create a round (an officer of the whole domain)', params: [], body: 'BudgetingRoundInput', ok: ['201', 'Created.', 'BudgetingRound'], extra: { '409': problemResponse('A round with this id exists.'), '422': problemResponse('Invalid fields (errors[] with JSON pointers, message codes and params): among them a vote already opened (#/schedule/votingOpenAt, budgeting.round.votingStarted) or already ended (#/schedule/votingCloseAt, budgeting.round.votingEnded), each with { day } in Helsinki time.') } }) },
      [`${S}/{roundId}`]: {
        patch: staff('updateBudgetingRound', {
          summary: 'Change a round: texts at any time; the schedule and the voter rule only before voting opens',
          params: [roundId],
          body: 'BudgetingRoundUpdate',
          ok: ['200', 'The round.', 'BudgetingRound'],
          extra: { '404': NOT_FOUND, '409': FROZEN, '422': problemResponse('Invalid fields (errors[] with JSON pointers, message codes and params): among them a schedule whose vote has already ended (#/schedule/votingCloseAt, budgeting.round.votingEnded, { day } in Helsinki time). A vote opening now is taken: that is how an officer opens it.') },
        }),
      },
      [`${S}/{roundId}/budgets`]: { post: staff('createBudgetingBudget', { summary: 'Add a budget (area or theme)', params: [roundId], body: 'BudgetingBudgetInput', ok: ['201', 'The round with the budget.', 'BudgetingRound'], extra: { '404': NOT_FOUND, '409': FROZEN, '422': INVALID } }) },
      [`${S}/{roundId}/proposals/{proposalId}/review`]: {
        post: staff('reviewBudgetingProposal', { summary: 'Review a proposal: feasible with a cost estimate, or rejected / merged with a public reason', params: [roundId, proposalId], body: 'BudgetingProposalReview', ok: ['200', 'The proposal.', 'BudgetingProposal'], extra: { '404': NOT_FOUND, '409': FROZEN, '422': INVALID } }),
      },
      [`${S}/{roundId}/budgets/{budgetId}/rules`]: {
        put: staff('setBudgetingRules', {
          summary: 'Set a budget’s rules (ballot type and limits, winner rule, completion, tie-breaking)',
          description: 'The projects are the budget’s feasible proposals at the city’s cost estimates. Refused (409) and logged once voting has opened.',
          params: [roundId, budgetId],
          body: 'BudgetingRulesSetting',
          ok: ['200', 'The rules (core BudgetRules).', null],
          extra: { '404': NOT_FOUND, '409': FROZEN, '422': INVALID },
        }),
      },
      [`${S}/{roundId}/rules-log`]: { get: staff('getBudgetingRulesLog', { summary: 'Every change of the rules, and every refused attempt', params: [roundId], ok: ['200', '{ items }', null], extra: { '404': NOT_FOUND } }) },
      [`${S}/{roundId}/voting-codes`]: {
        post: staff('issueBudgetingVotingCodes', { summary: 'Issue single-use voting codes, returned once for printing (only keyed hashes are stored)', params: [roundId], body: 'BudgetingVotingCodesRequest', ok: ['201', '{ codes }', null], extra: { '404': NOT_FOUND, '409': PHASE, '422': INVALID } }),
      },
      [`${S}/{roundId}/budgets/{budgetId}/assisted-ballots`]: {
        post: staff('castAssistedBudgetingBallot', {
          summary: 'Enter a ballot for a voter in person (the same one-ballot check)',
          description: 'The voter is a voting code, or the identity the officer checked: the same identifier the identity service puts in `sub`. An Idempotency-Key makes a retry answer the same receipt (ADR 0031).',
          params: [roundId, budgetId, { $ref: '#/components/parameters/IdempotencyKey' }],
          body: 'BudgetingAssistedBallot',
          ok: ['201', 'Counted; hand the receipt code to the voter.', 'BudgetingBallotReceipt'],
          extra: { '404': NOT_FOUND, '409': problemResponse('Voting is not open, or this voter has voted already.'), '422': INVALID },
        }),
      },
      [`${S}/{roundId}/close`]: { post: staff('closeBudgetingVote', { summary: 'Close the vote', params: [roundId], ok: ['200', 'The round.', 'BudgetingRound'], extra: { '404': NOT_FOUND, '409': PHASE } }) },
      [`${S}/{roundId}/results`]: {
        post: staff('computeBudgetingResults', { summary: 'Compute the results with the frozen rules, in the tally worker (202 and the tally job for large votes)', params: [roundId], ok: ['200', 'The results (not yet public).', null], extra: { '202': { description: 'Queued for the tally job.' }, '404': NOT_FOUND, '409': PHASE } }),
      },
      [`${S}/{roundId}/results/publish`]: { post: staff('publishBudgetingResults', { summary: 'Publish the results and the receipt list', params: [roundId], ok: ['200', 'The published results.', null], extra: { '404': NOT_FOUND, '409': PHASE } }) },
      [`${S}/{roundId}/proposals/{proposalId}/implementation`]: {
        put: staff('updateBudgetingImplementation', { summary: 'The implementation status and progress of a winning project', params: [roundId, proposalId], body: 'BudgetingImplementationUpdate', ok: ['200', 'The proposal.', 'BudgetingProposal'], extra: { '404': NOT_FOUND, '409': PHASE, '422': INVALID } }),
      },
    },
    schemas: {
      BudgetingRound: jsonSchemaOf(RoundSchema),
      BudgetingRoundList: jsonSchemaOf(RoundListSchema),
      BudgetingRoundInput: jsonSchemaOf(RoundInputSchema),
      BudgetingRoundUpdate: jsonSchemaOf(RoundUpdateSchema),
      BudgetingBudgetInput: jsonSchemaOf(BudgetInputSchema),
      BudgetingProposal: jsonSchemaOf(ProposalDocumentSchema),
      BudgetingProposalList: jsonSchemaOf(ProposalDocumentListSchema),
      BudgetingProposalSubmission: jsonSchemaOf(ProposalSubmissionSchema),
      BudgetingProposalImageUpload: jsonSchemaOf(ProposalImageUploadSchema),
      BudgetingProposalReview: jsonSchemaOf(ProposalReviewSchema),
      BudgetingRulesSetting: jsonSchemaOf(RulesSettingSchema),
      BudgetingCastBallot: jsonSchemaOf(CastBallotSchema),
      BudgetingAssistedBallot: jsonSchemaOf(AssistedBallotSchema),
      BudgetingBallotReceipt: jsonSchemaOf(BallotReceiptSchema),
      BudgetingReceiptStatus: jsonSchemaOf(ReceiptStatusSchema),
      BudgetingVotingCodesRequest: jsonSchemaOf(VotingCodesRequestSchema),
      BudgetingImplementationUpdate: jsonSchemaOf(ImplementationUpdateSchema),
    },
  };
}
