// Conditional logic of a survey (show, require, skip) as a dependency graph, so that after one
// answer only what depends on it is evaluated again.
//
// Nodes, in an order where every node comes after the nodes it reads (topological order):
//   answer:<key>     the effective value of an answer: the answer while its question is shown, else null
//   cond:<id>        a condition (show / require / skip rule), reading answer nodes by name
//   path:<page>      the page is on the respondent's path (no earlier active page skips over it)
//   page:<page>      the page is active: on the path and its own show condition holds
//   section:<id>     the section is shown: its page is active and its show condition holds
//   visible:<q>      the question is shown: its section is shown and its show condition holds
//   required:<q>     an answer is needed: shown, and required or its require condition holds
// A hidden question's answer counts as unanswered for every condition that reads it, so hiding
// one question can hide others: the update follows the graph until nothing changes.
//
// The expression language (tokens, parser, evaluator) is given, not imported (ADR 0087): a
// definition without conditions compiles without it, so the answering widget loads the language
// only when the round's definition has a condition. survey-logic.ts compiles with it.
import type { ExpressionValue, evaluateCondition } from './expression.evaluate.js';
import type { Expression, namesIn, tryParseExpression } from './expression.parse.js';
import type { FieldError } from '../http/problem.logic.js';
import { answerKeys } from './survey-logic.plain.js';
import {
  CANT_SAY_VALUE,
  type AnswerValue,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyQuestion,
} from './survey.schema.js';

export { answerKeys, hasConditions } from './survey-logic.plain.js';

export type ConditionKind = 'show' | 'require' | 'skip';

export interface CompiledCondition {
  /** `show:<target>`, `require:<target>` or `skip:<page>:<rule index>`. */
  readonly id: string;
  readonly kind: ConditionKind;
  /** The page, section or question the condition belongs to. */
  readonly target: string;
  readonly source: string;
  readonly expression: Expression;
  /** The answers it reads (`q`, `q.other`). */
  readonly reads: readonly string[];
  /** Where it is in the definition (a JSON pointer fragment). */
  readonly pointer: string;
}

export interface LogicUpdate {
  /** Conditions evaluated (expression evaluations). */
  readonly conditionsEvaluated: number;
  /** Graph nodes computed, conditions included. */
  readonly nodesComputed: number;
  /** Ids of the nodes whose value changed (`visible:q7`, `required:q9`, `page:p3` …). */
  readonly changed: readonly string[];
}

/** A definition whose logic cannot be compiled: a condition that does not parse, or a cycle. */
export class SurveyLogicError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(`survey logic: ${errors.map((e) => `${e.pointer} ${e.code}`).join('; ')}`);
    this.name = 'SurveyLogicError';
  }
}

/** Every question of a definition with its place. */
export interface QuestionPlace {
  readonly question: SurveyQuestion;
  readonly page: number;
  readonly section: number;
  readonly index: number;
  readonly pointer: string;
}

export function questionPlaces(definition: SurveyDefinition): QuestionPlace[] {
  const out: QuestionPlace[] = [];
  definition.pages.forEach((page, p) =>
    page.sections.forEach((section, s) =>
      section.questions.forEach((question, q) =>
        out.push({ question, page: p, section: s, index: q, pointer: `#/pages/${p}/sections/${s}/questions/${q}` }),
      ),
    ),
  );
  return out;
}

/** The value a condition sees for a stored answer of a question. */
export function expressionValueOf(question: SurveyQuestion | undefined, answer: AnswerValue | null | undefined): ExpressionValue {
  if (answer === undefined || answer === null) return null;
  if (question?.type === 'rating' && answer === CANT_SAY_VALUE) return null;
  if (typeof answer === 'object' && !Array.isArray(answer)) return null; // a matrix is read row by row
  return answer as ExpressionValue;
}

type NodeKind = 'answer' | 'cond' | 'path' | 'page' | 'section' | 'visible' | 'required';

interface NodeSpec {
  readonly id: string;
  readonly kind: NodeKind;
  readonly deps: string[];
  /** Computes the value from the values of `deps` (by id) and the raw answers. */
  readonly compute: (get: (id: string) => unknown, raw: SurveyAnswers) => unknown;
  readonly pointer: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A small binary min-heap of node indices: the dirty nodes, taken in topological order. */
class IndexHeap {
  private readonly items: number[] = [];
  private readonly queued: Uint8Array;
  constructor(size: number) {
    this.queued = new Uint8Array(size);
  }
  get size(): number {
    return this.items.length;
  }
  push(i: number): void {
    if (this.queued[i]) return;
    this.queued[i] = 1;
    const items = this.items;
    items.push(i);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (items[parent]! <= i) break;
      items[k] = items[parent]!;
      k = parent;
    }
    items[k] = i;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && items[r]! < items[l]! ? r : l;
        if (items[c]! >= last) break;
        items[k] = items[c]!;
        k = c;
      }
      items[k] = last;
    }
    this.queued[top] = 0;
    return top;
  }
}

export interface SurveyLogicState {
  /** The raw answers as given (hidden questions' answers are kept, but count as unanswered). */
  readonly answers: Readonly<SurveyAnswers>;
  /** Sets (or with null/undefined clears) one answer and re-evaluates what depends on it. */
  setAnswer(key: string, value: AnswerValue | null | undefined): LogicUpdate;
  /** Re-evaluates every node (what a survey engine without dependency tracking does). */
  evaluateAll(): LogicUpdate;
  isVisible(questionId: string): boolean;
  isRequired(questionId: string): boolean;
  isSectionVisible(sectionId: string): boolean;
  isPageActive(pageId: string): boolean;
  /** The ids of the pages the respondent goes through, in order. */
  path(): string[];
  /** The answers that count: those of shown questions only. */
  effectiveAnswers(): SurveyAnswers;
}

export interface SurveyLogic {
  readonly definition: SurveyDefinition;
  readonly conditions: readonly CompiledCondition[];
  /** Every graph node id, in evaluation order. */
  readonly nodeIds: readonly string[];
  start(answers?: SurveyAnswers): SurveyLogicState;
}

/** The expression language's parts the logic uses (expression.language.ts has them together). */
export interface ExpressionLanguage {
  readonly tryParseExpression: typeof tryParseExpression;
  readonly namesIn: typeof namesIn;
  readonly evaluateCondition: typeof evaluateCondition;
}

/**
 * Compiles a definition's conditions into a dependency graph, with the expression language
 * given (`null` for a definition without conditions: `hasConditions`; one with conditions then
 * throws). Throws a {@link SurveyLogicError} when a condition does not parse or the conditions
 * depend on each other in a cycle; `checkSurveyDefinition` reports those (and more) with
 * positions when a definition is saved.
 */
export function compileSurveyLogicWith(definition: SurveyDefinition, language: ExpressionLanguage | null): SurveyLogic {
  const places = questionPlaces(definition);
  const questionByKey = new Map<string, SurveyQuestion>();
  for (const { question } of places) for (const key of answerKeys(question)) questionByKey.set(key, question);

  const specs: NodeSpec[] = [];
  const conditions: CompiledCondition[] = [];
  const errors: FieldError[] = [];

  /** The answer node a name reads: `q`, `q.other`, or the matrix `q` for `q.row`. */
  const keyOfName = (name: string): string => (questionByKey.has(name) ? name : name.split('.')[0]!);

  const condition = (kind: ConditionKind, id: string, target: string, source: string | undefined, pointer: string): string | undefined => {
    if (source === undefined) return undefined;
    if (!language) throw new Error(`survey logic: ${pointer} has a condition and no expression language was given`);
    const { tryParseExpression, namesIn, evaluateCondition } = language;
    const parsed = tryParseExpression(source);
    if (!parsed.ok) {
      errors.push({
        pointer,
        code: parsed.error.code,
        params: { ...parsed.error.params, position: parsed.error.start, end: parsed.error.end },
      });
      return undefined;
    }
    const reads = [...new Set(namesIn(parsed.expression).map(keyOfName))];
    const compiled: CompiledCondition = { id, kind, target, source, expression: parsed.expression, reads, pointer };
    conditions.push(compiled);
    const expression = parsed.expression;
    specs.push({
      id: `cond:${id}`,
      kind: 'cond',
      deps: reads.map((key) => `answer:${key}`),
      pointer,
      compute: (get) =>
        evaluateCondition(expression, (name) => {
          const key = keyOfName(name);
          const value = get(`answer:${key}`);
          if (key === name) return (value ?? null) as ExpressionValue;
          // q.row of a matrix
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
          const cell = (value as Record<string, unknown>)[name.slice(key.length + 1)];
          return typeof cell === 'number' ? cell : null;
        }),
    });
    return `cond:${id}`;
  };

  const pageIndex = new Map(definition.pages.map((page, i) => [page.id, i]));
  const skipNodes: { page: number; rules: { cond: string | undefined; to: number }[] }[] = [];

  definition.pages.forEach((page, p) => {
    const pagePointer = `#/pages/${p}`;
    const show = condition('show', `show:${page.id}`, page.id, page.visibleIf, `${pagePointer}/visibleIf`);
    // Pages before this one that can skip: their activity and their rules decide the path.
    const skipping = skipNodes.filter((s) => s.page < p);
    specs.push({
      id: `path:${page.id}`,
      kind: 'path',
      pointer: pagePointer,
      deps: skipping.flatMap((s) => [`page:${definition.pages[s.page]!.id}`, ...s.rules.flatMap((r) => (r.cond ? [r.cond] : []))]),
      compute: (get) => {
        for (const s of skipping) {
          if (get(`page:${definition.pages[s.page]!.id}`) !== true) continue;
          const rule = s.rules.find((r) => r.cond !== undefined && get(r.cond) === true);
          if (rule && rule.to > p) return false;
        }
        return true;
      },
    });
    specs.push({
      id: `page:${page.id}`,
      kind: 'page',
      pointer: pagePointer,
      deps: [`path:${page.id}`, ...(show ? [show] : [])],
      compute: (get) => get(`path:${page.id}`) === true && (show === undefined || get(show) === true),
    });
    page.sections.forEach((section, s) => {
      const sectionPointer = `${pagePointer}/sections/${s}`;
      const showSection = condition('show', `show:${section.id}`, section.id, section.visibleIf, `${sectionPointer}/visibleIf`);
      specs.push({
        id: `section:${section.id}`,
        kind: 'section',
        pointer: sectionPointer,
        deps: [`page:${page.id}`, ...(showSection ? [showSection] : [])],
        compute: (get) => get(`page:${page.id}`) === true && (showSection === undefined || get(showSection) === true),
      });
      section.questions.forEach((question, q) => {
        const pointer = `${sectionPointer}/questions/${q}`;
        const showQuestion = condition('show', `show:${question.id}`, question.id, question.visibleIf, `${pointer}/visibleIf`);
        specs.push({
          id: `visible:${question.id}`,
          kind: 'visible',
          pointer,
          deps: [`section:${section.id}`, ...(showQuestion ? [showQuestion] : [])],
          compute: (get) => get(`section:${section.id}`) === true && (showQuestion === undefined || get(showQuestion) === true),
        });
        if (question.type === 'info') return;
        const requireQuestion = condition('require', `require:${question.id}`, question.id, question.requiredIf, `${pointer}/requiredIf`);
        const always = question.required;
        specs.push({
          id: `required:${question.id}`,
          kind: 'required',
          pointer,
          deps: [`visible:${question.id}`, ...(requireQuestion ? [requireQuestion] : [])],
          compute: (get) => get(`visible:${question.id}`) === true && (always || (requireQuestion !== undefined && get(requireQuestion) === true)),
        });
        for (const key of answerKeys(question)) {
          specs.push({
            id: `answer:${key}`,
            kind: 'answer',
            pointer,
            deps: [`visible:${question.id}`],
            compute: (get, raw) => {
              if (get(`visible:${question.id}`) !== true) return null;
              const answer = raw[key];
              if (key !== question.id) return typeof answer === 'string' ? answer : null;
              if (question.type === 'matrix') return answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? answer : null;
              return expressionValueOf(question, answer);
            },
          });
        }
      });
    });
    if (page.skip.length > 0) {
      skipNodes.push({
        page: p,
        rules: page.skip.map((rule, r) => ({
          cond: condition('skip', `skip:${page.id}:${r}`, page.id, rule.if, `${pagePointer}/skip/${r}/if`),
          to: rule.to === 'end' ? definition.pages.length : (pageIndex.get(rule.to) ?? -1),
        })),
      });
    }
  });

  // Names no question owns read nothing (the checker reports them); drop those edges.
  const known = new Set(specs.map((s) => s.id));
  for (const spec of specs) spec.deps.splice(0, spec.deps.length, ...new Set(spec.deps.filter((d) => known.has(d))));

  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.id)) errors.push({ pointer: spec.pointer, code: 'surveys.definition.duplicateId', params: { id: spec.id.replace(/^\w+:/, '') } });
    seen.add(spec.id);
  }
  if (errors.length > 0) throw new SurveyLogicError(errors);
  const order = topologicalOrder(specs, errors);
  if (errors.length > 0) throw new SurveyLogicError(errors);
  return createLogic(definition, conditions, order);
}

/** Depth-first topological sort; a cycle becomes an error at the condition that closes it. */
function topologicalOrder(specs: NodeSpec[], errors: FieldError[]): NodeSpec[] {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const state = new Map<string, 1 | 2>();
  const order: NodeSpec[] = [];
  const reported = new Set<string>();
  const visit = (spec: NodeSpec, stack: NodeSpec[]): void => {
    const seen = state.get(spec.id);
    if (seen === 2) return;
    if (seen === 1) {
      const cycle = [...stack.slice(stack.indexOf(spec)), spec];
      const conditionsInCycle = cycle.filter((s) => s.kind === 'cond');
      const at = conditionsInCycle[0] ?? spec;
      const key = conditionsInCycle.map((s) => s.id).sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        const names = cycle.filter((s) => s.kind === 'cond' || s.kind === 'visible').map((s) => s.id.replace(/^visible:/, '').replace(/^cond:/, ''));
        errors.push({ pointer: at.pointer, code: 'surveys.logic.cycle', params: { cycle: names.join(' → ') } });
      }
      return;
    }
    state.set(spec.id, 1);
    stack.push(spec);
    for (const dep of spec.deps) visit(byId.get(dep)!, stack);
    stack.pop();
    state.set(spec.id, 2);
    order.push(spec);
  };
  // Iterative enough for real surveys: the depth is the longest chain of conditions.
  for (const spec of specs) visit(spec, []);
  return order;
}

function createLogic(definition: SurveyDefinition, conditions: CompiledCondition[], order: NodeSpec[]): SurveyLogic {
  const index = new Map(order.map((spec, i) => [spec.id, i]));
  const deps = order.map((spec) => spec.deps.map((d) => index.get(d)!));
  const dependents: number[][] = order.map(() => []);
  deps.forEach((list, i) => list.forEach((d) => dependents[d]!.push(i)));
  const answerNodes = new Map<string, number>();
  order.forEach((spec, i) => {
    if (spec.kind === 'answer') answerNodes.set(spec.id.slice('answer:'.length), i);
  });
  const pages = definition.pages.map((page) => page.id);

  return {
    definition,
    conditions,
    nodeIds: order.map((spec) => spec.id),
    start(initial: SurveyAnswers = {}): SurveyLogicState {
      const raw: SurveyAnswers = { ...initial };
      const values: unknown[] = new Array(order.length).fill(null);
      const get = (id: string): unknown => values[index.get(id)!];
      const heap = new IndexHeap(order.length);

      const run = (): LogicUpdate => {
        let nodesComputed = 0;
        let conditionsEvaluated = 0;
        const changed: string[] = [];
        while (heap.size > 0) {
          const i = heap.pop();
          const spec = order[i]!;
          const value = spec.compute(get, raw);
          nodesComputed++;
          if (spec.kind === 'cond') conditionsEvaluated++;
          if (!sameValue(value, values[i])) {
            values[i] = value;
            changed.push(spec.id);
            for (const d of dependents[i]!) heap.push(d);
          }
        }
        return { conditionsEvaluated, nodesComputed, changed };
      };

      const evaluateAll = (): LogicUpdate => {
        let conditionsEvaluated = 0;
        const changed: string[] = [];
        order.forEach((spec, i) => {
          const value = spec.compute(get, raw);
          if (spec.kind === 'cond') conditionsEvaluated++;
          if (!sameValue(value, values[i])) {
            values[i] = value;
            changed.push(spec.id);
          }
        });
        return { conditionsEvaluated, nodesComputed: order.length, changed };
      };
      evaluateAll();

      const flag = (id: string): boolean => {
        const i = index.get(id);
        return i !== undefined && values[i] === true;
      };

      return {
        answers: raw,
        setAnswer(key, value) {
          if (value === undefined || value === null) delete raw[key];
          else raw[key] = value;
          const node = answerNodes.get(key);
          if (node === undefined) return { conditionsEvaluated: 0, nodesComputed: 0, changed: [] };
          heap.push(node);
          return run();
        },
        evaluateAll,
        isVisible: (id) => flag(`visible:${id}`),
        isRequired: (id) => flag(`required:${id}`),
        isSectionVisible: (id) => flag(`section:${id}`),
        isPageActive: (id) => flag(`page:${id}`),
        path: () => pages.filter((id) => flag(`page:${id}`)),
        effectiveAnswers() {
          const out: SurveyAnswers = {};
          for (const key of answerNodes.keys()) {
            const questionId = key.split('.')[0]!;
            if (flag(`visible:${questionId}`) && raw[key] !== undefined && raw[key] !== null) out[key] = raw[key]!;
          }
          return out;
        },
      };
    },
  };
}
