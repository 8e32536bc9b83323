// The expression language of survey conditions as one value (ADR 0087): the survey logic's
// graph takes it as a parameter, so the answering widget imports this module (and with it the
// tokens, the parser and the evaluator) only when a definition has conditions.
import { evaluateCondition } from './expression.evaluate.js';
import { namesIn, tryParseExpression } from './expression.parse.js';
import type { ExpressionLanguage } from './survey-logic.graph.js';

export const expressionLanguage: ExpressionLanguage = { tryParseExpression, namesIn, evaluateCondition };
