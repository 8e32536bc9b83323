// The conditions' expression language (tokens, parser, evaluator), a lazy part of
// <kohtaamo-survey>: imported only when the round's definition has a condition (ADR 0087).
export { expressionLanguage } from '@kohtaamo/core';
