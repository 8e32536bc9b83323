// Checking an indicator against a survey's definition, and computing its value in a round from
// the sample's responses, weighted as the results are (survey-results.logic.ts). A share is a
// weighted proportion (Wilson's interval for a small group); NPS is the weighted mean of +100
// for a promoter (9–10), −100 for a detractor (0–6) and 0 otherwise, so its interval comes
// from the same linearisation standard error as any mean.
import type { FieldError } from '../http/problem.logic.js';
import { weightedMean, weightedProportion } from './estimation.js';
import { questionPlaces } from './survey-logic.js';
import { sampleDesign, type ResultRow } from './survey-results.logic.js';
import type { SurveyIndicatorDeclaration, SurveyIndicatorValue } from './survey-indicator.schema.js';
import { sampleOfMode } from './survey-round.schema.js';
import type { SurveyMargins } from './survey-results.schema.js';
import { CANT_SAY_VALUE, OTHER_VALUE, type AnswerValue, type SurveyDefinition, type SurveyQuestion } from './survey.schema.js';
import { WeightingError } from './weighting.js';

type Declared = Pick<SurveyIndicatorDeclaration, 'question' | 'measure'> & { readonly row?: string | null | undefined; readonly values?: readonly string[] | null | undefined };

function findQuestion(definition: SurveyDefinition, id: string): SurveyQuestion | undefined {
  return questionPlaces(definition).find((p) => p.question.id === id)?.question;
}

/** The answer values a question (or matrix row) can take, as strings; null for a free answer (number, text). */
function valuesOf(question: SurveyQuestion): string[] | null {
  switch (question.type) {
    case 'single_choice':
    case 'dropdown':
    case 'multiple_choice':
      return [...question.options.map((o) => o.value), ...('other' in question && question.other ? [OTHER_VALUE] : [])];
    case 'yes_no':
      return ['true', 'false'];
    case 'rating': {
      const out: string[] = [];
      for (let x = question.min; x <= question.max; x++) out.push(String(x));
      return question.cantSay ? [...out, CANT_SAY_VALUE] : out;
    }
    case 'recommendation':
      return Array.from({ length: 11 }, (_, i) => String(i));
    case 'matrix':
      return [...question.columns.map((c) => String(c.value)), ...(question.cantSay ? [CANT_SAY_VALUE] : [])];
    default:
      return null;
  }
}

/** Whether an indicator fits the definition: its question (and row) exist and the measure suits the question. */
export function checkIndicator(definition: SurveyDefinition, indicator: Declared): FieldError[] {
  const question = findQuestion(definition, indicator.question);
  if (!question || question.type === 'info') return [{ pointer: '#/question', code: 'surveys.expression.unknownName', params: { name: indicator.question } }];
  if (question.type === 'matrix') {
    if (!indicator.row) return [{ pointer: '#/row', code: 'common.required' }];
    if (!question.rows.some((r) => r.id === indicator.row)) return [{ pointer: '#/row', code: 'surveys.expression.unknownName', params: { name: indicator.row } }];
  } else if (indicator.row) {
    return [{ pointer: '#/row', code: 'surveys.indicator.noRows', params: { question: question.id } }];
  }
  const fits =
    indicator.measure === 'nps'
      ? question.type === 'recommendation'
      : indicator.measure === 'mean'
        ? ['rating', 'recommendation', 'number', 'matrix'].includes(question.type)
        : valuesOf(question) !== null;
  if (!fits) return [{ pointer: '#/measure', code: 'surveys.indicator.measure', params: { measure: indicator.measure, type: question.type } }];
  if (indicator.measure === 'share') {
    const known = new Set(valuesOf(question));
    return (indicator.values ?? []).flatMap((value, i) => (known.has(value) ? [] : [{ pointer: `#/values/${i}`, code: 'surveys.expression.unknownOption', params: { name: question.id, found: value } }]));
  }
  return [];
}

function cell(answer: AnswerValue | null | undefined, row: string | null | undefined): AnswerValue | null {
  if (answer === undefined || answer === null) return null;
  if (row) return typeof answer === 'object' && !Array.isArray(answer) ? ((answer as Record<string, number | string>)[row] ?? null) : null;
  return answer;
}

/**
 * The indicator's value from a round's responses (only the sample's are used), weighted to the
 * margins when they are set; null when no respondent answered or the question is not in the
 * round's version.
 */
export function indicatorEstimate(
  definition: SurveyDefinition,
  rows: readonly ResultRow[],
  margins: SurveyMargins | null,
  indicator: Declared,
  meta: { round: string; year: number },
): SurveyIndicatorValue | null {
  if (checkIndicator(definition, indicator).length > 0) return null;
  const sample = rows.filter((r) => sampleOfMode(r.mode) === 'sample');
  let design;
  try {
    design = sampleDesign(sample, margins);
  } catch (error) {
    if (!(error instanceof WeightingError)) throw error;
    design = sampleDesign(sample, null);
  }
  const used = design?.rows ?? sample;
  const answers = used.map((r) => cell(r.answers[indicator.question], indicator.row));
  let values: (number | null)[];
  if (indicator.measure === 'share') {
    const counted = new Set(indicator.values ?? []);
    values = answers.map((a) => (a === null || a === '' ? null : Array.isArray(a) ? (a.length === 0 ? null : a.some((x) => counted.has(x)) ? 1 : 0) : counted.has(String(a)) ? 1 : 0));
  } else if (indicator.measure === 'nps') {
    values = answers.map((a) => (typeof a !== 'number' ? null : a >= 9 ? 100 : a <= 6 ? -100 : 0));
  } else {
    values = answers.map((a) => (typeof a === 'number' && Number.isFinite(a) ? a : null));
  }
  const n = values.filter((x) => x !== null).length;
  if (n === 0) return null;
  const base = { round: meta.round, year: meta.year, n, weighted: design?.weighted ?? false };
  if (!design || n < 2) {
    const given = values.filter((x): x is number => x !== null);
    return { ...base, estimate: given.reduce((a, b) => a + b, 0) / given.length, ci95: null };
  }
  if (indicator.measure === 'share') {
    const e = weightedProportion(design.design, values);
    return { ...base, estimate: e.estimate, ci95: [e.interval[0], e.interval[1]] };
  }
  const e = weightedMean(design.design, values);
  return { ...base, estimate: e.estimate, ci95: [e.ci95[0], e.ci95[1]] };
}
