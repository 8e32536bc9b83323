import { FeedbackStatsSchema, PROBLEM_CONTENT_TYPE, SIGNALS_PATHS, STATS_MAX_DAYS } from '@kohtaamo/core';
import { jsonSchemaOf } from '../../openapi/openapi.document.js';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });

/** The signals paths of the OpenAPI document: response-time figures. */
export function signalsOpenApiPaths(): Record<string, unknown> {
  return {
    [SIGNALS_PATHS.feedbackStats]: {
      get: {
        tags: ['feedback'],
        operationId: 'getFeedbackStats',
        summary: 'Response-time figures of feedback (public, no personal data)',
        description:
          'About the reports RECEIVED in the period (Helsinki dates, both included; default the 12 ISO weeks up to today): ' +
          'time to the first response and to closing (median and 90th percentile, Hyndman & Fan 1996 definition 7, in seconds; ' +
          'reports not yet answered are left out of them and counted in `open`), the share answered within the target of ' +
          'working days (Mon–Fri minus Finnish public holidays; the day of receipt is day 0; open reports past the target count ' +
          'as missed, those still within it as pending and outside the share), the backlog at the end of the period with its ' +
          'age groups, and the reports received and closed per ISO week. Per category and per unit as well. ' +
          'The target is KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS (5).',
        parameters: [
          query('from', 'First day, YYYY-MM-DD (Helsinki). Empty = absent.', { type: 'string', format: 'date' }),
          query('to', `Last day, YYYY-MM-DD, not before from; at most ${STATS_MAX_DAYS} days in all. Empty = absent.`, { type: 'string', format: 'date' }),
          query('category', 'Only this category (its id). Empty = all.', { type: 'string' }),
          query('unit', 'Only this unit (its id). Empty = all.', { type: 'string' }),
          { $ref: '#/components/parameters/AcceptLanguage' },
        ],
        responses: {
          '200': { description: 'The figures.', content: { 'application/json': { schema: { $ref: '#/components/schemas/FeedbackStats' } } } },
          '422': problem('Invalid parameters: pointers "#/from", "#/to", "#/category", "#/unit" with codes such as "signals.date.invalid", "signals.period.order", "signals.period.tooLong".'),
          '500': problem('Unexpected server error.'),
          '503': problem('The database cannot be reached; try again (see Retry-After).'),
        },
      },
    },
  };
}

export function signalsOpenApiSchemas(): Record<string, unknown> {
  return { FeedbackStats: jsonSchemaOf(FeedbackStatsSchema) };
}
