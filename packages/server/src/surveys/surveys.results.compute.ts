/**
 * What the results worker computes (surveys-results.worker.ts), as a pure function so that it
 * can also run in-line: a round's results (or a breakdown by a demographic question) and its
 * indicators' values, from the rows' stored JSON.
 */
import {
  aggregateSurveyBreakdown,
  aggregateSurveyResults,
  indicatorEstimate,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyIndicatorValue,
  type SurveyMargins,
  type SurveyMode,
} from '@kohtaamo/core';

export interface IndicatorRequest {
  readonly id: string;
  readonly question: string;
  readonly row: string | null;
  readonly measure: 'mean' | 'share' | 'nps';
  readonly values: readonly string[] | null;
}

export interface ResultsRequest {
  readonly definition: SurveyDefinition;
  readonly margins: SurveyMargins | null;
  readonly modes: readonly string[];
  /** Each response's answers as stored (JSON text), in the order of `modes`. */
  readonly answers: readonly string[];
  readonly meta: { round: string; year: number; computedAt: string };
  /** A demographic question to break the results down by; null for the whole round. */
  readonly by: string | null;
  readonly indicators: readonly IndicatorRequest[];
  /** Only the indicators' values (the results are not wanted). */
  readonly indicatorsOnly?: boolean;
}

export interface ResultsOutcome {
  /** The results (SurveyResults or SurveyBreakdown) as JSON. */
  readonly json: string;
  readonly indicators: readonly (SurveyIndicatorValue | null)[];
}

export function computeRoundResults(request: ResultsRequest): ResultsOutcome {
  const rows = request.answers.map((text, i) => ({ mode: request.modes[i] as SurveyMode, answers: JSON.parse(text) as SurveyAnswers }));
  const results = request.indicatorsOnly
    ? null
    : request.by === null
      ? aggregateSurveyResults(request.definition, rows, request.margins, request.meta)
      : aggregateSurveyBreakdown(request.definition, rows, request.margins, request.meta, request.by);
  return {
    json: JSON.stringify(results),
    indicators: request.indicators.map((indicator) => indicatorEstimate(request.definition, rows, request.margins, indicator, request.meta)),
  };
}
