// Writes a parsed expression back as source, with only the parentheses its meaning needs:
// `parseExpression(printExpression(e))` has the same tree as `e` (a property test proves it).
import type { BinaryOperator, Expression } from './expression.parse.js';

const LEVEL: Readonly<Record<BinaryOperator, number>> = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  in: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const NOT = 3;
const NEGATE = 7;
const PRIMARY = 8;

function levelOf(e: Expression): number {
  if (e.kind === 'binary') return LEVEL[e.op];
  if (e.kind === 'unary') return e.op === 'not' ? NOT : NEGATE;
  if (e.kind === 'literal' && typeof e.value === 'number' && (e.value < 0 || Object.is(e.value, -0))) return NEGATE;
  return PRIMARY;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function number(value: number): string {
  const text = String(value);
  if (/e/i.test(text)) {
    // The language has no exponent notation; write the number out in full.
    return value.toFixed(20).replace(/\.?0+$/, '');
  }
  return text;
}

function print(e: Expression, min: number): string {
  const text = printNode(e);
  return levelOf(e) < min ? `(${text})` : text;
}

function printNode(e: Expression): string {
  switch (e.kind) {
    case 'literal':
      if (e.value === null) return 'null';
      if (typeof e.value === 'string') return quote(e.value);
      if (typeof e.value === 'number') return number(e.value);
      return String(e.value);
    case 'name':
      return e.name;
    case 'list':
      return `[${e.items.map((item) => print(item, 1)).join(', ')}]`;
    case 'call':
      return `${e.fn}(${e.args.map((arg) => print(arg, 1)).join(', ')})`;
    case 'unary':
      return e.op === 'not' ? `not ${print(e.operand, NOT)}` : `-${print(e.operand, NEGATE)}`;
    case 'binary': {
      const level = LEVEL[e.op];
      // Left-associative chains keep the left side at the same level; comparisons do not chain.
      const comparison = level === 4;
      const left = print(e.left, comparison ? level + 1 : level);
      const right = print(e.right, level + 1);
      return `${left} ${e.op} ${right}`;
    }
  }
}

/** The expression as source text. */
export function printExpression(expression: Expression): string {
  return print(expression, 1);
}
