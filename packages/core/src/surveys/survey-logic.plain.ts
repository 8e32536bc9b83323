// The logic of a survey without conditions (ADR 0104): every page is on the path, every section
// and question shown, a question required when the definition says so. It gives the same answers
// as the dependency graph (survey-logic.graph.ts) for such a definition, without the graph's
// code: the answering widget draws a survey without conditions with this, and loads the graph
// with the expression language (survey.language.ts) only for a definition that has conditions.
import type { LogicUpdate, SurveyLogic, SurveyLogicState } from './survey-logic.graph.js';
import { OTHER_VALUE, type SurveyAnswers, type SurveyDefinition, type SurveyQuestion } from './survey.schema.js';

/** The answer keys a question owns: its id, and `<id>.other` when it has an "other" choice. */
export function answerKeys(question: SurveyQuestion): string[] {
  if (question.type === 'info') return [];
  return 'other' in question && question.other ? [question.id, `${question.id}.${OTHER_VALUE}`] : [question.id];
}

/** Whether a definition has a condition (a page's, section's or question's `visibleIf`, a `requiredIf`, a skip rule): only then is the expression language needed. */
export function hasConditions(definition: SurveyDefinition): boolean {
  return definition.pages.some(
    (page) =>
      page.visibleIf !== undefined ||
      page.skip.length > 0 ||
      page.sections.some((section) => section.visibleIf !== undefined || section.questions.some((q) => q.visibleIf !== undefined || ('requiredIf' in q && q.requiredIf !== undefined))),
  );
}

/**
 * The logic of a definition without conditions. Its `nodeIds` and `conditions` are empty (there
 * is no graph) and `setAnswer` evaluates nothing. Throws for a definition with conditions: that
 * one needs `compileSurveyLogic`.
 */
export function plainSurveyLogic(definition: SurveyDefinition): SurveyLogic {
  if (hasConditions(definition)) throw new Error('survey logic: the definition has conditions; compile it with the expression language');
  const pages = definition.pages.map((page) => page.id);
  const sections = new Set(definition.pages.flatMap((page) => page.sections.map((section) => section.id)));
  const questions = definition.pages.flatMap((page) => page.sections.flatMap((section) => section.questions));
  const shown = new Set(questions.map((q) => q.id));
  const required = new Set(questions.filter((q) => q.type !== 'info' && q.required).map((q) => q.id));
  const keys = questions.flatMap(answerKeys);
  const none: LogicUpdate = { conditionsEvaluated: 0, nodesComputed: 0, changed: [] };
  return {
    definition,
    conditions: [],
    nodeIds: [],
    start(initial: SurveyAnswers = {}): SurveyLogicState {
      const raw: SurveyAnswers = { ...initial };
      return {
        answers: raw,
        setAnswer(key, value) {
          if (value === undefined || value === null) delete raw[key];
          else raw[key] = value;
          return none;
        },
        evaluateAll: () => none,
        isVisible: (id) => shown.has(id),
        isRequired: (id) => required.has(id),
        isSectionVisible: (id) => sections.has(id),
        isPageActive: (id) => pages.includes(id),
        path: () => [...pages],
        effectiveAnswers() {
          const out: SurveyAnswers = {};
          for (const key of keys) if (raw[key] !== undefined && raw[key] !== null) out[key] = raw[key]!;
          return out;
        },
      };
    },
  };
}
