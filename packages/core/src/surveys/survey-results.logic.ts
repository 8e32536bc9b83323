// Aggregated results of a survey round, question by question: counts and shares for choices,
// means for scales and numbers, matrix rows one by one. Two groups are kept apart:
// - the sample (invitations, interviews, a vendor's imported file): weighted to the round's
//   population margins when it has them (raking or post-stratification, weighting.ts), with
//   95% intervals from the linearisation standard errors (estimation.ts), Wilson intervals for
//   small groups; unweighted with simple-random-sample errors when no margins are set;
// - the open web answers (self-selected): counts, shares and means only, never a margin of
//   error, since no sampling model stands behind them.
// Free-text answers are counted, not shown: they are published after moderation.
import { weightedMean, weightedProportion } from './estimation.js';
import { questionPlaces } from './survey-logic.js';
import { CANT_SAY_VALUE, OTHER_VALUE, type AnswerValue, type SurveyAnswers, type SurveyDefinition, type SurveyQuestion } from './survey.schema.js';
import { sampleOfMode, type SurveyMode } from './survey-round.schema.js';
import type { SurveyBreakdown, SurveyMargins, SurveyResults, SurveyQuestionResult } from './survey-results.schema.js';
import { baseDesign, postStratify, rake, trimWeights, weightSummary, WeightingError, type Margin, type WeightedDesign } from './weighting.js';

export interface ResultRow {
  readonly mode: SurveyMode;
  readonly answers: SurveyAnswers;
}

type Group = SurveyResults['groups'][number];
type Share = NonNullable<SurveyQuestionResult['shares']>[number];
type Mean = NonNullable<SurveyQuestionResult['mean']>;

const levelOf = (answers: SurveyAnswers, question: string): string | null => {
  const a = answers[question];
  return typeof a === 'string' && a !== '' ? a : null;
};

/**
 * The design of the sample: weights calibrated to the margins, the respondents it covers (a
 * respondent whose level of a weighting variable has no population total is left out, and
 * counted in `excluded`). Null when it cannot be weighted (no margins, too few respondents).
 */
export function sampleDesign(rows: readonly ResultRow[], margins: SurveyMargins | null): { design: WeightedDesign; rows: ResultRow[]; excluded: number; weighted: boolean } | null {
  if (margins === null) return rows.length >= 2 ? { design: baseDesign(rows.length), rows: [...rows], excluded: 0, weighted: false } : null;
  const variables = margins.method === 'rake' ? Object.keys(margins.margins) : margins.variables;
  const joint = margins.method === 'poststratify' ? new Map(margins.cells.map((c) => [variables.map((v) => c.levels[v] ?? '').join('\u0000'), c.total])) : null;
  const kept = rows.filter((row) =>
    variables.every((v) => {
      const level = levelOf(row.answers, v);
      return level !== null && (margins.method === 'rake' ? margins.margins[v]![level] !== undefined : true);
    }) && (joint === null || joint.has(variables.map((v) => levelOf(row.answers, v)).join('\u0000'))),
  );
  if (kept.length < 2) return null;
  let design = baseDesign(kept.length);
  if (margins.method === 'rake') {
    const list: Margin[] = variables.map((v) => ({
      name: v,
      levels: kept.map((r) => levelOf(r.answers, v)!),
      population: new Map(Object.entries(margins.margins[v]!).filter(([level, total]) => total > 0 || kept.some((r) => levelOf(r.answers, v) === level))),
    }));
    design = rake(design, list).design;
  } else {
    design = postStratify(design, {
      name: variables.join(' × '),
      levels: kept.map((r) => variables.map((v) => levelOf(r.answers, v)).join('\u0000')),
      population: joint!,
    });
  }
  if (margins.trim) design = trimWeights(design, margins.trim[0], margins.trim[1]);
  return { design, rows: kept, excluded: rows.length - kept.length, weighted: true };
}

/** The categories a question's answers fall in, with each respondent's (null: not answered). */
function categories(question: SurveyQuestion, answer: AnswerValue | null | undefined): { values: string[]; multi: boolean } | null {
  switch (question.type) {
    case 'single_choice':
    case 'dropdown':
      return { values: [...question.options.map((o) => o.value), ...('other' in question && question.other ? [OTHER_VALUE] : [])], multi: false };
    case 'multiple_choice':
      return { values: [...question.options.map((o) => o.value), ...(question.other ? [OTHER_VALUE] : [])], multi: true };
    case 'yes_no':
      return { values: ['true', 'false'], multi: false };
    case 'rating': {
      const values: string[] = [];
      for (let x = question.min; x <= question.max; x++) values.push(String(x));
      if (question.cantSay) values.push(CANT_SAY_VALUE);
      return { values, multi: false };
    }
    case 'recommendation':
      return { values: Array.from({ length: 11 }, (_, i) => String(i)), multi: false };
    case 'ranking':
      // The share ranking each option first.
      return { values: question.options.map((o) => o.value), multi: false };
    default:
      void answer;
      return null;
  }
}

function chosen(question: SurveyQuestion, answer: AnswerValue | null | undefined): string[] | null {
  if (answer === undefined || answer === null) return null;
  if (question.type === 'ranking') return Array.isArray(answer) && answer.length > 0 ? [answer[0]!] : null;
  if (Array.isArray(answer)) return answer.length > 0 ? answer : null;
  if (typeof answer === 'object') return null;
  return [String(answer)];
}

function numeric(question: SurveyQuestion, answer: AnswerValue | null | undefined): number | null {
  if (question.type !== 'rating' && question.type !== 'recommendation' && question.type !== 'number') return null;
  return typeof answer === 'number' && Number.isFinite(answer) ? answer : null;
}

function shares(values: readonly string[], picks: readonly (string[] | null)[], design: WeightedDesign | null): Share[] {
  const answered = picks.filter((p) => p !== null).length;
  return values.map((value) => {
    let count = 0;
    const indicator = picks.map((p) => {
      if (p === null) return null;
      const hit = p.includes(value) ? 1 : 0;
      count += hit;
      return hit;
    });
    const share: Share = { value, count, share: answered === 0 ? 0 : count / answered };
    if (design && answered >= 2) {
      const estimate = weightedProportion(design, indicator);
      return { ...share, share: estimate.estimate, interval: [estimate.interval[0], estimate.interval[1]], method: estimate.method };
    }
    return share;
  });
}

function mean(values: readonly (number | null)[], design: WeightedDesign | null): Mean | undefined {
  const given = values.filter((x): x is number => x !== null);
  if (given.length === 0) return undefined;
  if (design && given.length >= 2) {
    const e = weightedMean(design, values);
    return { n: e.n, mean: e.estimate, se: e.se, ci95: [e.ci95[0], e.ci95[1]] };
  }
  return { n: given.length, mean: given.reduce((a, b) => a + b, 0) / given.length };
}

function questionResult(question: Exclude<SurveyQuestion, { type: 'info' }>, rows: readonly ResultRow[], design: WeightedDesign | null, domain: readonly boolean[] | null): SurveyQuestionResult {
  // Outside the domain (a group filter) an answer counts as missing: the design stays whole, as R's subset() of a calibrated design.
  const answers = rows.map((r, i) => (domain === null || domain[i] ? r.answers[question.id] : undefined));
  const n = answers.filter((a) => a !== undefined && a !== null && a !== '').length;
  const result: SurveyQuestionResult = { question: question.id, type: question.type, n };
  if (question.type === 'matrix') {
    const out: NonNullable<SurveyQuestionResult['rows']> = {};
    const columns = [...question.columns.map((c) => String(c.value)), ...(question.cantSay ? [CANT_SAY_VALUE] : [])];
    for (const row of question.rows) {
      const cells = answers.map((a) => (a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, number | string>)[row.id] : undefined));
      const picks = cells.map((c) => (c === undefined || c === null ? null : [String(c)]));
      const numbers = cells.map((c) => (typeof c === 'number' ? c : null));
      const m = mean(numbers, design);
      out[row.id] = { n: picks.filter((p) => p !== null).length, shares: shares(columns, picks, design), ...(m ? { mean: m } : {}) };
    }
    return { ...result, rows: out };
  }
  const cats = categories(question, undefined);
  if (cats) result.shares = shares(cats.values, answers.map((a) => chosen(question, a)), design);
  const m = mean(answers.map((a) => numeric(question, a)), design);
  if (m) result.mean = m;
  return result;
}

/** Fewer respondents than this in a group of a breakdown: its figures are not shown (they could identify someone). */
export const SMALL_CELL = 5;

function groupResult(definition: SurveyDefinition, group: 'sample' | 'open', rows: readonly ResultRow[], margins: SurveyMargins | null, filter: ((row: ResultRow) => boolean) | null = null): Group {
  let design: WeightedDesign | null = null;
  let used: readonly ResultRow[] = rows;
  let excluded = 0;
  let weighted = false;
  if (group === 'sample') {
    try {
      const sample = sampleDesign(rows, margins);
      if (sample) ({ design, rows: used, excluded, weighted } = sample);
    } catch (error) {
      if (!(error instanceof WeightingError)) throw error;
      const fallback = sampleDesign(rows, null);
      design = fallback?.design ?? null;
    }
  }
  const domain = filter === null ? null : used.map(filter);
  const inDomain = filter === null ? rows.length : rows.filter(filter).length;
  if (filter !== null && inDomain < SMALL_CELL) return { group, respondents: inDomain, weighted, excluded: 0, suppressed: true, questions: [] };
  // A domain with fewer than two respondents in the design has no interval: counts and means only.
  if (domain !== null && domain.filter(Boolean).length < 2) design = null;
  const questions = questionPlaces(definition)
    .map((p) => p.question)
    .filter((q): q is Exclude<SurveyQuestion, { type: 'info' }> => q.type !== 'info')
    .map((q) => questionResult(q, used, design, domain));
  const summary = design && weighted && filter === null ? weightSummary(design.weights) : null;
  return {
    group,
    respondents: inDomain,
    weighted,
    excluded,
    ...(summary ? { weights: { sum: summary.sum, min: summary.min, max: summary.max, kishNEff: summary.kish_n_eff, kishDeff: summary.kish_deff } } : {}),
    questions,
  };
}

/** The results of a round: the sample and the open web answers, apart. */
export function aggregateSurveyResults(
  definition: SurveyDefinition,
  rows: readonly ResultRow[],
  margins: SurveyMargins | null,
  meta: { round: string; year: number; computedAt: string },
): SurveyResults {
  const sample = rows.filter((r) => sampleOfMode(r.mode) === 'sample');
  const open = rows.filter((r) => sampleOfMode(r.mode) === 'open');
  return {
    round: meta.round,
    survey: definition.id,
    version: definition.version,
    year: meta.year,
    computedAt: meta.computedAt,
    groups: [groupResult(definition, 'sample', sample, margins), groupResult(definition, 'open', open, null)],
  };
}

/** The questions results can be broken down by: single-choice or dropdown questions tagged `demographic`. */
export function breakdownQuestions(definition: SurveyDefinition): { id: string; values: string[] }[] {
  return questionPlaces(definition)
    .map((p) => p.question)
    .filter((q) => (q.type === 'single_choice' || q.type === 'dropdown') && q.tags.includes('demographic'))
    .map((q) => ({ id: q.id, values: (q as Extract<SurveyQuestion, { type: 'single_choice' }>).options.map((o) => o.value) }));
}

/**
 * The results of a round for each level of a demographic question (a group filter: area, age
 * group): for each level the sample and the open answers apart, the sample's estimates being
 * domain estimates of the whole weighted design (the weighting is never redone within a group),
 * and a group with fewer than SMALL_CELL respondents suppressed.
 */
export function aggregateSurveyBreakdown(
  definition: SurveyDefinition,
  rows: readonly ResultRow[],
  margins: SurveyMargins | null,
  meta: { round: string; year: number; computedAt: string },
  by: string,
): SurveyBreakdown {
  const question = breakdownQuestions(definition).find((q) => q.id === by);
  if (!question) throw new Error(`cannot break results down by ${by}`);
  const sample = rows.filter((r) => sampleOfMode(r.mode) === 'sample');
  const open = rows.filter((r) => sampleOfMode(r.mode) === 'open');
  return {
    round: meta.round,
    survey: definition.id,
    version: definition.version,
    year: meta.year,
    computedAt: meta.computedAt,
    by,
    levels: question.values.map((value) => {
      const filter = (row: ResultRow) => row.answers[by] === value;
      return { value, groups: [groupResult(definition, 'sample', sample, margins, filter), groupResult(definition, 'open', open, null, filter)] };
    }),
  };
}
