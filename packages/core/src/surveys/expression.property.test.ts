// Property-based tests of the condition language (fast-check): printing and parsing agree on
// every tree, the scanner and parser never fail other than with a positioned ExpressionError,
// and the evaluator is total and follows the laws of boolean logic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluateExpression, type ExpressionValue } from './expression.evaluate.js';
import { parseExpression, type BinaryOperator, type Expression } from './expression.parse.js';
import { printExpression } from './expression.print.js';
import { ExpressionError } from './expression.tokens.js';

const at = { start: 0, end: 0 };
const NAMES = ['a', 'b', 'c', 'flag', 'm.row', 'q.other'];
const BINARY: BinaryOperator[] = ['or', 'and', '==', '!=', '<', '<=', '>', '>=', 'in', '+', '-', '*', '/'];

const literal = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((value): Expression => ({ kind: 'literal', value, ...at })),
  fc.integer({ min: 0, max: 1_000_000 }).map((n): Expression => ({ kind: 'literal', value: n / 1000, ...at })),
  fc.string({ unit: fc.constantFrom('a', 'b', 'ä', ' ', "'", '"', '\\', '-'), maxLength: 6 }).map((value): Expression => ({ kind: 'literal', value, ...at })),
  fc.constantFrom<Expression>({ kind: 'literal', value: true, ...at }, { kind: 'literal', value: false, ...at }, { kind: 'literal', value: null, ...at }),
);
const name = fc.constantFrom(...NAMES).map((n): Expression => ({ kind: 'name', name: n, ...at }));

const { expression } = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    name,
    fc.record({ op: fc.constantFrom('not' as const, '-' as const), operand: tie('expression') }).map((u): Expression => ({ kind: 'unary', ...u, ...at })),
    fc
      .record({ op: fc.constantFrom(...BINARY), left: tie('expression'), right: tie('expression') })
      .map((b): Expression => ({ kind: 'binary', ...b, ...at })),
    fc.array(tie('expression'), { maxLength: 3 }).map((items): Expression => ({ kind: 'list', items, ...at })),
    fc.record({ fn: fc.constantFrom('answered', 'count'), arg: name }).map((c): Expression => ({ kind: 'call', fn: c.fn, args: [c.arg], ...at })),
  ),
}));

/** The tree without positions. */
function shape(e: Expression): unknown {
  switch (e.kind) {
    case 'literal':
      return { literal: e.value };
    case 'name':
      return { name: e.name };
    case 'list':
      return { list: e.items.map(shape) };
    case 'unary':
      return { op: e.op, operand: shape(e.operand) };
    case 'binary':
      return { op: e.op, left: shape(e.left), right: shape(e.right) };
    case 'call':
      return { fn: e.fn, args: e.args.map(shape) };
  }
}

const answerValue: fc.Arbitrary<ExpressionValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.constantFrom('a', 'b', ''),
  fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
);
const answers = fc.record(Object.fromEntries(NAMES.map((n) => [n, answerValue])) as Record<string, fc.Arbitrary<ExpressionValue>>);

test('printing then parsing gives back the same tree (precedence and associativity agree)', () => {
  fc.assert(
    fc.property(expression, (tree) => {
      const source = printExpression(tree);
      assert.deepEqual(shape(parseExpression(source)), shape(tree), source);
    }),
    { numRuns: 2000 },
  );
});

test('printing is a fixed point: print(parse(print(t))) === print(t)', () => {
  fc.assert(
    fc.property(expression, (tree) => {
      const source = printExpression(tree);
      assert.equal(printExpression(parseExpression(source)), source);
    }),
    { numRuns: 500 },
  );
});

test('any text either parses or fails with an ExpressionError placed inside the text', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '(', ')', '[', ']', "'", '=', '<', '!', '1', '.', ',', 'and ', 'or ', 'not ', 'in ', '-'), maxLength: 30 }),
  );
  fc.assert(
    fc.property(text, (source) => {
      try {
        parseExpression(source);
      } catch (error) {
        assert.ok(error instanceof ExpressionError, String(error));
        assert.ok(error.code.startsWith('surveys.expression.'), error.code);
        assert.ok(error.start >= 0 && error.start <= error.end && error.end <= source.length, `${error.start}-${error.end} in ${source.length}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('a syntax error is found at the first place the text stops being a prefix of an expression', () => {
  // Cutting a printed expression short always yields "unexpected end" at the cut, never a throw
  // at an earlier place: the parser does not misplace errors.
  fc.assert(
    fc.property(expression, fc.nat(), (tree, cut) => {
      const source = printExpression(tree);
      const prefix = source.slice(0, cut % (source.length + 1)).trimEnd();
      if (prefix === '') return;
      try {
        parseExpression(prefix);
      } catch (error) {
        assert.ok(error instanceof ExpressionError);
        if (error.code === 'surveys.expression.unexpectedEnd') assert.equal(error.start, prefix.length);
      }
    }),
    { numRuns: 1000 },
  );
});

test('evaluation is total and deterministic on every tree and every answers', () => {
  fc.assert(
    fc.property(expression, answers, (tree, given) => {
      const resolve = (n: string) => given[n] ?? null;
      const first = evaluateExpression(tree, resolve);
      assert.deepEqual(evaluateExpression(parseExpression(printExpression(tree)), resolve), first);
      const ok = (v: ExpressionValue): boolean =>
        v === null || typeof v === 'boolean' || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every(ok));
      assert.ok(ok(first));
    }),
    { numRuns: 2000 },
  );
});

test('boolean laws hold: De Morgan, double negation, and/or against the truth table', () => {
  const bin = (op: BinaryOperator, left: Expression, right: Expression): Expression => ({ kind: 'binary', op, left, right, ...at });
  const not = (operand: Expression): Expression => ({ kind: 'unary', op: 'not', operand, ...at });
  fc.assert(
    fc.property(expression, expression, answers, (x, y, given) => {
      const resolve = (n: string) => given[n] ?? null;
      const ev = (e: Expression) => evaluateExpression(e, resolve);
      assert.equal(ev(not(bin('and', x, y))), ev(bin('or', not(x), not(y))));
      assert.equal(ev(not(bin('or', x, y))), ev(bin('and', not(x), not(y))));
      assert.equal(ev(not(not(not(x)))), ev(not(x)));
      assert.equal(ev(bin('and', x, y)), ev(x) === true && ev(y) === true);
      assert.equal(ev(bin('or', x, y)), ev(x) === true || ev(y) === true);
      assert.equal(ev(bin('!=', x, y)), !ev(bin('==', x, y)));
    }),
    { numRuns: 1000 },
  );
});

test('integer arithmetic and comparisons agree with JavaScript', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (x, y, z) => {
      const resolve = (n: string) => ({ x, y, z })[n as 'x'] ?? null;
      const ev = (source: string) => evaluateExpression(parseExpression(source), resolve);
      assert.equal(ev('x + y * z'), x + y * z);
      assert.equal(ev('(x - y) / z'), (x - y) / z);
      assert.equal(ev('x - y - z'), x - y - z);
      assert.equal(ev('-x * z'), -x * z === 0 ? 0 : -x * z);
      assert.equal(ev('x < y'), x < y);
      assert.equal(ev('x >= y and y >= z'), x >= y && y >= z);
    }),
    { numRuns: 500 },
  );
});
