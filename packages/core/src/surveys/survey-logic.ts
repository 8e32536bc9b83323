// The conditional logic of a survey compiled with its expression language: what the server, the
// checks, the imports and the console use. The graph itself (survey-logic.graph.ts) takes the
// language as a parameter, so that the answering widget loads it only for a definition with
// conditions (ADR 0087).
import { expressionLanguage } from './expression.language.js';
import { compileSurveyLogicWith, type SurveyLogic } from './survey-logic.graph.js';
import type { SurveyDefinition } from './survey.schema.js';

export * from './survey-logic.graph.js';
export { expressionLanguage } from './expression.language.js';
export { plainSurveyLogic } from './survey-logic.plain.js';

/**
 * Compiles a definition's conditions into a dependency graph. Throws a {@link SurveyLogicError}
 * when a condition does not parse or the conditions depend on each other in a cycle;
 * `checkSurveyDefinition` reports those (and more) with positions when a definition is saved.
 */
export function compileSurveyLogic(definition: SurveyDefinition): SurveyLogic {
  return compileSurveyLogicWith(definition, expressionLanguage);
}
