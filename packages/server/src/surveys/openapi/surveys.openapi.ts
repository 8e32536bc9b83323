import {
  SURVEYS_PATHS,
  SurveyDefinitionSchema,
  SurveyDraftResumeSchema,
  SurveyDraftSaveSchema,
  SurveyDraftSavedSchema,
  SurveyDraftSchema,
  SurveyHelpOfferSchema,
  SurveyImportSchema,
  SurveyInterviewSchema,
  SurveyMarginsSchema,
  SurveyResponseReceiptSchema,
  SurveyResponseSubmissionSchema,
  SurveyResultsSchema,
  SurveyRoundDetailSchema,
  SurveyRoundInputSchema,
  SurveyRoundPaperSchema,
  SurveyRoundSchema,
  SurveyTokenRequestSchema,
  SurveyIndicatorInputSchema,
  SurveyBreakdownSchema,
  SurveyEarlierRoundsSchema,
  SurveyIndicatorListSchema,
  SurveyIndicatorSchema,
  SurveyPublishedTextsSchema,
  SurveyStaffTextListSchema,
  SurveyStaffTextSchema,
  SurveyTextModerationSchema,
} from '@kohtaamo/core';
import { COMMON_PROBLEMS, jsonContent, jsonSchemaOf, problemResponse, STAFF_AUTH_PROBLEMS, STAFF_SECURITY } from '../../openapi/openapi.document.js';
import type { ModuleOpenApi } from '../../platform/module.js';

const P = SURVEYS_PATHS.rounds;
const S = SURVEYS_PATHS.staff;

const param = (name: string, description: string, pattern?: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', ...(pattern ? { pattern } : {}) } });
const surveyRoundId = param('surveyRoundId', 'A survey round id ("heinola-2027").', '^[a-z0-9][a-z0-9-]*$');
const surveyId = param('surveyId', 'A survey id ("heinola-resident-survey"); the scope of an analyst’s grant.', '^[a-z0-9][a-z0-9-]*$');
const indicatorId = param('indicatorId', 'An indicator id ("overall-satisfied"), unique across surveys.', '^[a-z0-9][a-z0-9-]*$');
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const version = param('version', 'A version number (1, 2, …).', '^[1-9][0-9]*$');
const lang = { $ref: '#/components/parameters/AcceptLanguage' };
const anyJson = { 'application/json': { schema: { type: 'object' } } };

const NOT_FOUND = problemResponse('No such survey, version, round or draft.');
const CLOSED = problemResponse('The round is not open (type …/surveys/round-closed).');
const MODE = problemResponse('The round does not take this mode (type …/surveys/round-closed, code "surveys.round.modeNotAllowed").');
const INVALID = problemResponse('Invalid fields (errors[] with JSON pointers, message codes and parameters; answers at #/answers/<question>).');

type Op = { summary: string; description?: string; body?: string; ok: [string, string, string | null]; params: unknown[]; extra?: Record<string, unknown>; content?: Record<string, unknown> };

function op(tag: 'surveys' | 'surveys-staff', operationId: string, o: Op) {
  return {
    tags: [tag],
    operationId,
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    ...(tag === 'surveys-staff' ? { security: STAFF_SECURITY } : {}),
    parameters: [...o.params, lang],
    ...(o.body ? { requestBody: { required: true, content: jsonContent(o.body) } } : {}),
    responses: {
      [o.ok[0]]: { description: o.ok[1], content: o.content ?? (o.ok[2] ? jsonContent(o.ok[2]) : anyJson) },
      ...o.extra,
      ...(tag === 'surveys-staff' ? STAFF_AUTH_PROBLEMS : COMMON_PROBLEMS),
    },
  };
}
const pub = (id: string, o: Op) => op('surveys', id, o);
const staff = (id: string, o: Op) => op('surveys-staff', id, o);
const R = `${S}/{surveyId}/rounds/{surveyRoundId}`;

/** The surveys module's part of /openapi.json. */
export function surveysOpenApi(): ModuleOpenApi {
  return {
    tags: [
      { name: 'surveys', description: 'Answering surveys: round and definition, responses (open web, invitation), drafts, help offers, published results (open data)' },
      { name: 'surveys-staff', description: 'Running surveys: versions, rounds, invitation tokens, interviews, vendor imports, margins, results, exports' },
    ],
    paths: {
      [`${P}/{surveyRoundId}`]: { get: pub('getSurveyRound', { summary: 'A round and the definition of its version', params: [surveyRoundId], ok: ['200', 'The round (status open or closed) and its definition.', 'SurveyRoundPaper'], extra: { '404': NOT_FOUND } }) },
      [`${P}/{surveyRoundId}/responses`]: {
        post: pub('submitSurveyResponse', {
          summary: 'Send a response (open web, or invitation with a single-use token)',
          description:
            'Validated against the round’s version (conditions, required, ranges). No IP address, user agent or time is stored: the day only. A token is marked used in the same transaction and is not linked to the response. Send an Idempotency-Key to retry safely.',
          params: [surveyRoundId, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
          body: 'SurveyResponseSubmission',
          ok: ['201', 'Received.', 'SurveyResponseReceipt'],
          extra: { '403': problemResponse('The token is unknown or used (…/surveys/token-invalid), or the mode is not taken.'), '404': NOT_FOUND, '409': CLOSED, '422': INVALID },
        }),
      },
      [`${P}/{surveyRoundId}/drafts`]: {
        post: pub('saveSurveyDraft', { summary: 'Save a draft on the server; a new resume code, or save over one', description: 'Only a hash of the resume code is kept; drafts expire 30 days after the last save.', params: [surveyRoundId], body: 'SurveyDraftSave', ok: ['201', 'The resume code and expiry (200 when saved over an existing draft).', 'SurveyDraftSaved'], extra: { '404': NOT_FOUND, '409': CLOSED, '422': INVALID } }),
      },
      [`${P}/{surveyRoundId}/drafts/resume`]: { post: pub('resumeSurveyDraft', { summary: 'Read a draft by its resume code', params: [surveyRoundId], body: 'SurveyDraftResume', ok: ['200', 'The draft.', 'SurveyDraft'], extra: { '404': NOT_FOUND, '422': INVALID } }) },
      [`${P}/{surveyRoundId}/help-offers`]: {
        post: pub('offerSurveyHelp', { summary: '“I could…”: offer help, with consent and contact details', description: 'Stored apart from the answers, with no link to any response; removed by retention.', params: [surveyRoundId], body: 'SurveyHelpOffer', ok: ['201', 'Received.', null], extra: { '404': NOT_FOUND, '422': INVALID } }),
      },
      [`${P}/{surveyRoundId}/results`]: {
        get: pub('getSurveyResults', {
          summary: 'Published results (open data, no personal data), or a breakdown by a demographic question',
          description:
            'Computed off the request path (a worker thread, kept per data version; ADR 0034): served at once, a version behind at worst while the job refreshes it. ETag and Cache-Control: public, max-age=60, stale-while-revalidate=300. With `by`, a SurveyBreakdown: each level’s sample (domain estimates of the whole weighted design) and open answers apart; a group under 5 respondents is suppressed.',
          params: [surveyRoundId, query('by', 'A demographic question of the round ("area", "age_group", "sex").')],
          ok: ['200', 'The sample (weighted, with intervals) and the open web answers apart (no margin of error); SurveyBreakdown with `by`.', 'SurveyResults'],
          extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND, '422': problemResponse('`by` is not a demographic question of the round (pointer #/by).') },
        }),
      },
      [`${P}/{surveyRoundId}/results/earlier`]: {
        get: pub('getSurveyEarlierRounds', { summary: 'Earlier years’ rounds of the same survey with published results, newest first (for comparison)', params: [surveyRoundId], ok: ['200', '{ items: [{ round, year, title }] }', 'SurveyEarlierRounds'], extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND } }),
      },
      [`${P}/{surveyRoundId}/texts`]: {
        get: pub('getSurveyPublishedTexts', {
          summary: 'Free-text answers published by a moderator',
          description: 'Only texts a moderator published; each has its own id, never the response’s, and no date. ETag and Cache-Control: no-cache (a 304 is cheap).',
          params: [surveyRoundId, query('question', 'Only this question’s texts ("<question>.other" for an “other” text).')],
          ok: ['200', 'The published texts.', 'SurveyPublishedTexts'],
          extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND },
        }),
      },
      [SURVEYS_PATHS.indicators]: {
        get: pub('listSurveyIndicators', {
          summary: 'Survey figures declared strategy indicators: target, year and value in each published round',
          description: 'Values come from the sample only (weighted when margins are set), with 95% intervals; never from the self-selected open web answers. ETag and Cache-Control: no-cache.',
          params: [query('survey', 'Only this survey’s indicators.')],
          ok: ['200', '{ items }', 'SurveyIndicatorList'],
          extra: { '304': { description: 'Not modified (If-None-Match).' } },
        }),
      },
      [SURVEYS_PATHS.figures]: { get: pub('getSurveyFigures', { summary: 'Indicator figures of every published round (means of the sample, with intervals)', params: [], ok: ['200', '{ items }', null] }) },

      [S]: {
        get: staff('listSurveys', { summary: 'Surveys within the caller’s grants, with versions and rounds', params: [], ok: ['200', '{ items }', null] }),
        post: staff('createSurvey', { summary: 'Create a survey from a definition (version 1)', params: [], body: 'SurveyDefinitionBody', ok: ['201', '{ survey, version }', null], extra: { '409': problemResponse('The survey exists.'), '422': INVALID } }),
      },
      [`${S}/{surveyId}/versions`]: {
        post: staff('saveSurveyVersion', { summary: 'Save the next version (earlier versions never change)', params: [surveyId], body: 'SurveyDefinitionBody', ok: ['201', '{ survey, version }', null], extra: { '404': NOT_FOUND, '409': problemResponse('That version exists already (…/surveys/version-frozen).'), '422': INVALID } }),
      },
      [`${S}/{surveyId}/versions/{version}`]: { get: staff('getSurveyVersion', { summary: 'A version’s definition', params: [surveyId, version], ok: ['200', 'The definition.', 'SurveyDefinition'], extra: { '404': NOT_FOUND } }) },
      [`${S}/{surveyId}/rounds`]: { post: staff('createSurveyRound', { summary: 'Create a round of a version (draft)', params: [surveyId], body: 'SurveyRoundInput', ok: ['201', 'The round.', 'SurveyRound'], extra: { '409': problemResponse('The round exists.'), '422': INVALID } }) },
      [R]: { get: staff('getSurveyRoundDetail', { summary: 'A round for the console: margins, tokens issued and used, responses per mode (counts only)', params: [surveyId, surveyRoundId], ok: ['200', 'The round and its counts.', 'SurveyRoundDetail'], extra: { '404': NOT_FOUND } }) },
      [`${R}/open`]: { post: staff('openSurveyRound', { summary: 'Open the round', params: [surveyId, surveyRoundId], ok: ['200', 'The round.', 'SurveyRound'], extra: { '404': NOT_FOUND } }) },
      [`${R}/close`]: { post: staff('closeSurveyRound', { summary: 'Close the round', params: [surveyId, surveyRoundId], ok: ['200', 'The round.', 'SurveyRound'], extra: { '404': NOT_FOUND } }) },
      [`${R}/margins`]: { put: staff('setSurveyMargins', { summary: 'Set the population margins the sample is weighted to', params: [surveyId, surveyRoundId], body: 'SurveyMargins', ok: ['200', 'The margins.', 'SurveyMargins'], extra: { '404': NOT_FOUND, '422': INVALID } }) },
      [`${R}/tokens`]: { post: staff('issueSurveyTokens', { summary: 'Issue single-use invitation tokens, returned once (only hashes are kept)', params: [surveyId, surveyRoundId], body: 'SurveyTokenRequest', ok: ['201', '{ tokens }', null], extra: { '403': MODE, '404': NOT_FOUND, '409': CLOSED, '422': INVALID } }) },
      [`${R}/interviews`]: {
        post: staff('enterSurveyInterview', { summary: 'Enter an interview (interviewer mode) with the vendor’s respondent id', params: [surveyId, surveyRoundId], body: 'SurveyInterview', ok: ['201', 'Received.', null], extra: { '403': MODE, '404': NOT_FOUND, '409': problemResponse('The round is closed, or the respondent has a response already (…/surveys/duplicate-respondent).'), '422': INVALID } }),
      },
      [`${R}/results`]: {
        get: staff('computeSurveyResults', {
          summary: 'The results of the data as they are now (not public), or a breakdown with `by`',
          description: 'Kept per data version; when responses or margins changed since, computed in a worker thread while the server serves on. ETag; Cache-Control: private, no-cache.',
          params: [surveyId, surveyRoundId, query('by', 'A demographic question of the round.')],
          ok: ['200', 'The results (SurveyBreakdown with `by`).', 'SurveyResults'],
          extra: { '304': { description: 'Not modified (If-None-Match).' }, '404': NOT_FOUND, '422': INVALID },
        }),
      },
      [`${R}/results/publish`]: { post: staff('publishSurveyResults', { summary: 'Compute and publish the results as open data', params: [surveyId, surveyRoundId], ok: ['200', 'The published results.', 'SurveyResults'], extra: { '404': NOT_FOUND } }) },
      [`${R}/responses.csv`]: {
        get: staff('exportSurveyResponses', { summary: 'Responses as CSV (see the codebook)', params: [surveyId, surveyRoundId], ok: ['200', 'CSV, UTF-8, comma-separated.', null], content: { 'text/csv': { schema: { type: 'string' } } }, extra: { '404': NOT_FOUND } }),
      },
      [`${R}/codebook`]: { get: staff('getSurveyCodebook', { summary: 'What each column of the CSV export means', params: [surveyId, surveyRoundId], ok: ['200', 'The codebook.', null], extra: { '404': NOT_FOUND } }) },
      [`${R}/help-offers`]: { get: staff('listSurveyHelpOffers', { summary: 'Offers of help with contact details (personal data)', params: [surveyId, surveyRoundId], ok: ['200', '{ items }', null], extra: { '404': NOT_FOUND } }) },
      [`${R}/texts`]: {
        get: staff('listSurveyTexts', {
          summary: 'Free-text answers of a round for moderation, with counts by state',
          description: 'Grants: analyst or moderator of the survey. Paged in the order of the texts’ random ids: pass `next` as `after`.',
          params: [
            surveyId,
            surveyRoundId,
            query('state', 'pending, published or hidden.', { type: 'string', enum: ['pending', 'published', 'hidden'] }),
            query('question', 'Only this question’s texts.'),
            query('after', 'The `next` of the previous page.'),
            query('limit', 'Texts per page (1–500, 100 by default).', { type: 'string', pattern: '^[1-9][0-9]{0,2}$' }),
          ],
          ok: ['200', 'A page of texts.', 'SurveyStaffTextList'],
          extra: { '404': NOT_FOUND, '422': INVALID },
        }),
      },
      [`${R}/texts/moderation`]: {
        post: staff('moderateSurveyTexts', {
          summary: 'Publish or hide free-text answers (one or many, all or none)',
          description:
            'Grants: analyst or moderator of the survey. Each item may name the version the moderator saw: when another moderator changed the text since, nothing is saved (409, type …/surveys/moderation-conflict, a pointer #/items/<i>/version per stale item, the current version in params).',
          params: [surveyId, surveyRoundId],
          body: 'SurveyTextModeration',
          ok: ['200', '{ items }: the texts as they are now.', null],
          extra: { '404': problemResponse('No such round, or a text not of this round (pointer #/items/<i>/id).'), '409': problemResponse('A stale version (…/surveys/moderation-conflict).'), '422': INVALID },
        }),
      },
      [`${S}/{surveyId}/indicators`]: { get: staff('listSurveyIndicatorsStaff', { summary: 'The survey’s indicators with their values', params: [surveyId], ok: ['200', '{ items }', 'SurveyIndicatorList'] }) },
      [`${S}/{surveyId}/indicators/{indicatorId}`]: {
        put: staff('declareSurveyIndicator', {
          summary: 'Declare a survey figure a strategy indicator (or change it): measure, target, year',
          description: 'Checked against the survey’s latest version (the question exists, the measure fits its type, share values are its answers). Values are computed for every round with published results.',
          params: [surveyId, indicatorId],
          body: 'SurveyIndicatorInput',
          ok: ['200', 'The indicator (201 when new).', 'SurveyIndicator'],
          extra: { '404': NOT_FOUND, '409': problemResponse('The id belongs to another survey’s indicator.'), '422': INVALID },
        }),
        delete: {
          ...staff('removeSurveyIndicator', { summary: 'Remove an indicator and its values', params: [surveyId, indicatorId], ok: ['204', 'Removed.', null] }),
          responses: { '204': { description: 'Removed.' }, '404': problemResponse('No such indicator.'), ...STAFF_AUTH_PROBLEMS },
        },
      },
      [SURVEYS_PATHS.imports]: {
        post: staff('importSurveyVendorFile', {
          summary: 'Import a vendor’s data file (CSV + mapping), validated row by row',
          description:
            'Every rejected row is reported (422, type …/surveys/import-rejected, one error per field at #/rows/<line>/…, the vendor’s column in params) and then nothing is saved; otherwise all rows are saved in one transaction. Up to 10 MiB.',
          params: [
            { name: 'survey', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'round', in: 'query', required: true, schema: { type: 'string' } },
          ],
          body: 'SurveyImport',
          ok: ['201', '{ rows, accepted, rejected, saved } (200 with dryRun).', null],
          extra: { '403': MODE, '404': NOT_FOUND, '409': CLOSED, '413': problemResponse('The file is too large.'), '422': INVALID },
        }),
      },
    },
    schemas: {
      SurveyDefinition: jsonSchemaOf(SurveyDefinitionSchema),
      SurveyDefinitionBody: { type: 'object', required: ['definition'], properties: { definition: { $ref: '#/components/schemas/SurveyDefinition' } } },
      SurveyRound: jsonSchemaOf(SurveyRoundSchema),
      SurveyRoundInput: jsonSchemaOf(SurveyRoundInputSchema),
      SurveyRoundDetail: jsonSchemaOf(SurveyRoundDetailSchema),
      SurveyRoundPaper: jsonSchemaOf(SurveyRoundPaperSchema),
      SurveyResponseSubmission: jsonSchemaOf(SurveyResponseSubmissionSchema),
      SurveyResponseReceipt: jsonSchemaOf(SurveyResponseReceiptSchema),
      SurveyDraftSave: jsonSchemaOf(SurveyDraftSaveSchema),
      SurveyDraftResume: jsonSchemaOf(SurveyDraftResumeSchema),
      SurveyDraft: jsonSchemaOf(SurveyDraftSchema),
      SurveyDraftSaved: jsonSchemaOf(SurveyDraftSavedSchema),
      SurveyHelpOffer: jsonSchemaOf(SurveyHelpOfferSchema),
      SurveyTokenRequest: jsonSchemaOf(SurveyTokenRequestSchema),
      SurveyInterview: jsonSchemaOf(SurveyInterviewSchema),
      SurveyImport: jsonSchemaOf(SurveyImportSchema),
      SurveyMargins: jsonSchemaOf(SurveyMarginsSchema),
      SurveyResults: jsonSchemaOf(SurveyResultsSchema),
      SurveyPublishedTexts: jsonSchemaOf(SurveyPublishedTextsSchema),
      SurveyBreakdown: jsonSchemaOf(SurveyBreakdownSchema),
      SurveyEarlierRounds: jsonSchemaOf(SurveyEarlierRoundsSchema),
      SurveyStaffText: jsonSchemaOf(SurveyStaffTextSchema),
      SurveyStaffTextList: jsonSchemaOf(SurveyStaffTextListSchema),
      SurveyTextModeration: jsonSchemaOf(SurveyTextModerationSchema),
      SurveyIndicatorInput: jsonSchemaOf(SurveyIndicatorInputSchema),
      SurveyIndicator: jsonSchemaOf(SurveyIndicatorSchema),
      SurveyIndicatorList: jsonSchemaOf(SurveyIndicatorListSchema),
    },
  };
}
