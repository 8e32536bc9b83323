// The evaluator of the survey condition language: a tree walk over the parsed expression. It
// never throws on a parsed expression: a value of the wrong kind gives `null` (arithmetic) or
// `false` (comparisons), and a condition holds only when it evaluates to `true`.
import type { Expression } from './expression.parse.js';

/** What a name or an expression stands for: an unanswered question is `null`. */
export type ExpressionValue = number | string | boolean | null | readonly ExpressionValue[];

/** Gives the value of a name (`recommend`, `services.library`); unknown names give `null`. */
export type NameResolver = (name: string) => ExpressionValue;

/** The functions of the language, with how many arguments each takes. */
export const EXPRESSION_FUNCTIONS: Readonly<Record<string, { readonly arity: number }>> = {
  /** answered(q): q has an answer (not null, not an empty text or list). */
  answered: { arity: 1 },
  /** count(q): how many options are chosen (a list's length; 0 when unanswered, 1 for one value). */
  count: { arity: 1 },
};

export function isAnswered(value: ExpressionValue): boolean {
  if (value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Equality without coercion: 1 and '1' differ; lists are equal item by item. */
export function valuesEqual(a: ExpressionValue, b: ExpressionValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => valuesEqual(item, b[i]!));
  }
  return a === b;
}

function compare(op: '<' | '<=' | '>' | '>=', a: ExpressionValue, b: ExpressionValue): boolean {
  const comparable = (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
  if (!comparable) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** `x in list`: x is one of the list; a list on the left: any of its items is in the list. */
function contains(left: ExpressionValue, right: ExpressionValue): boolean {
  if (!Array.isArray(right)) return false;
  const items = right as readonly ExpressionValue[];
  if (Array.isArray(left)) return (left as readonly ExpressionValue[]).some((l) => items.some((r) => valuesEqual(l, r)));
  return items.some((r) => valuesEqual(left, r));
}

function arithmetic(op: '+' | '-' | '*' | '/', a: ExpressionValue, b: ExpressionValue): ExpressionValue {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  let result: number;
  switch (op) {
    case '+':
      result = a + b;
      break;
    case '-':
      result = a - b;
      break;
    case '*':
      result = a * b;
      break;
    case '/':
      result = a / b;
      break;
  }
  return Number.isFinite(result) ? result : null;
}

/** Evaluates an expression with the given names. Total: returns a value for every input. */
export function evaluateExpression(expression: Expression, resolve: NameResolver): ExpressionValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'name':
      return resolve(expression.name);
    case 'list':
      return expression.items.map((item) => evaluateExpression(item, resolve));
    case 'unary': {
      const operand = evaluateExpression(expression.operand, resolve);
      if (expression.op === 'not') return operand !== true;
      return typeof operand === 'number' ? (operand === 0 ? 0 : -operand) : null;
    }
    case 'binary': {
      const { op } = expression;
      if (op === 'and') return evaluateExpression(expression.left, resolve) === true && evaluateExpression(expression.right, resolve) === true;
      if (op === 'or') return evaluateExpression(expression.left, resolve) === true || evaluateExpression(expression.right, resolve) === true;
      const left = evaluateExpression(expression.left, resolve);
      const right = evaluateExpression(expression.right, resolve);
      switch (op) {
        case '==':
          return valuesEqual(left, right);
        case '!=':
          return !valuesEqual(left, right);
        case '<':
        case '<=':
        case '>':
        case '>=':
          return compare(op, left, right);
        case 'in':
          return contains(left, right);
        default:
          return arithmetic(op, left, right);
      }
    }
    case 'call': {
      const value = expression.args.length === 1 ? evaluateExpression(expression.args[0]!, resolve) : null;
      switch (expression.fn) {
        case 'answered':
          return isAnswered(value);
        case 'count':
          return Array.isArray(value) ? value.length : value === null ? 0 : 1;
        default:
          return null;
      }
    }
  }
}

/** A condition holds only when its expression evaluates to `true` (null and other values do not). */
export function evaluateCondition(expression: Expression, resolve: NameResolver): boolean {
  return evaluateExpression(expression, resolve) === true;
}
