// The conditions' logic, a lazy part of <kohtaamo-survey>: the dependency graph with the
// expression language (tokens, parser, evaluator), imported only when the round's definition has
// a condition (ADRs 0087, 0104). A definition without conditions uses core's plain logic.
export { compileSurveyLogic, expressionLanguage } from '@kohtaamo/core';
