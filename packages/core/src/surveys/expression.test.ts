import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkExpression, closest, markExpressionError, scopeOf } from './expression.check.js';
import { evaluateCondition, evaluateExpression, type ExpressionValue } from './expression.evaluate.js';
import { namesIn, parseExpression, tryParseExpression, type Expression } from './expression.parse.js';
import { printExpression } from './expression.print.js';
import { ExpressionError, tokenize } from './expression.tokens.js';

const values = (answers: Record<string, ExpressionValue>) => (name: string) => answers[name] ?? null;
const run = (source: string, answers: Record<string, ExpressionValue> = {}) => evaluateExpression(parseExpression(source), values(answers));

function errorOf(source: string): ExpressionError {
  const result = tryParseExpression(source);
  assert.equal(result.ok, false, `${source} should not parse`);
  return (result as { error: ExpressionError }).error;
}

/** The tree without source positions, to compare shapes. */
function shape(e: Expression): unknown {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'name':
      return { name: e.name };
    case 'list':
      return { list: e.items.map(shape) };
    case 'unary':
      return { [e.op]: shape(e.operand) };
    case 'binary':
      return { [e.op]: [shape(e.left), shape(e.right)] };
    case 'call':
      return { [`${e.fn}()`]: e.args.map(shape) };
  }
}

describe('tokenizer', () => {
  test('reads numbers, strings with escapes, names, keywords and two-character operators', () => {
    const tokens = tokenize(`age >= 18.5 and area != 'Lusi\\'s' or not x.y`);
    assert.deepEqual(
      tokens.map((t) => [t.kind, t.text]),
      [
        ['name', 'age'],
        ['punct', '>='],
        ['number', '18.5'],
        ['keyword', 'and'],
        ['name', 'area'],
        ['punct', '!='],
        ['string', "Lusi's"],
        ['keyword', 'or'],
        ['keyword', 'not'],
        ['name', 'x'],
        ['punct', '.'],
        ['name', 'y'],
        ['end', ''],
      ],
    );
    assert.equal(tokens[2]!.value, 18.5);
    assert.deepEqual([tokens[6]!.start, tokens[6]!.end], [24, 33]);
  });

  test('names the operator of other languages that was meant', () => {
    const error = errorOf('a == 1 && b == 2');
    assert.equal(error.code, 'surveys.expression.useWord');
    assert.deepEqual(error.params, { found: '&&', expected: 'and' });
    assert.deepEqual([error.start, error.end], [7, 9]);
    assert.deepEqual(errorOf('a = 1').params, { found: '=', expected: '==' });
    assert.deepEqual(errorOf('!a').params, { found: '!', expected: 'not' });
  });

  test('reports bad characters, numbers, escapes and unterminated strings where they are', () => {
    assert.deepEqual([errorOf('a == 1 ; b').code, errorOf('a == 1 ; b').start], ['surveys.expression.badCharacter', 7]);
    assert.deepEqual([errorOf('a == 12abc').code, errorOf('a == 12abc').start, errorOf('a == 12abc').end], ['surveys.expression.badNumber', 5, 10]);
    assert.equal(errorOf("a == 'x\\n'").code, 'surveys.expression.badEscape');
    const open = errorOf("area == 'Lusi");
    assert.deepEqual([open.code, open.start], ['surveys.expression.unterminatedString', 8]);
    assert.equal(errorOf('😀').params.found, '😀');
    assert.equal(errorOf('x'.repeat(3000)).code, 'surveys.expression.tooLong');
  });
});

describe('parser', () => {
  test('gives and a higher precedence than or, and comparisons than both', () => {
    assert.deepEqual(shape(parseExpression('a == 1 or b == 2 and c == 3')), {
      or: [{ '==': [{ name: 'a' }, 1] }, { and: [{ '==': [{ name: 'b' }, 2] }, { '==': [{ name: 'c' }, 3] }] }],
    });
    assert.deepEqual(shape(parseExpression('not a == 1')), { not: { '==': [{ name: 'a' }, 1] } });
    assert.deepEqual(shape(parseExpression('1 - 2 - 3 * 4')), { '-': [{ '-': [1, 2] }, { '*': [3, 4] }] });
    assert.deepEqual(shape(parseExpression('-a * 2')), { '*': [{ '-': { name: 'a' } }, 2] });
  });

  test('reads lists, calls, dotted names and parentheses', () => {
    assert.deepEqual(shape(parseExpression("area in ['lusi', 'vierumaki'] and answered(q.other)")), {
      and: [{ in: [{ name: 'area' }, { list: ['lusi', 'vierumaki'] }] }, { 'answered()': [{ name: 'q.other' }] }],
    });
    assert.deepEqual(shape(parseExpression('(a or b) and c')), { and: [{ or: [{ name: 'a' }, { name: 'b' }] }, { name: 'c' }] });
    assert.deepEqual(shape(parseExpression('[]')), { list: [] });
  });

  test('errors say what was expected and where', () => {
    const missing = errorOf('recommend >= ');
    assert.deepEqual([missing.code, missing.params.expected, missing.start], ['surveys.expression.unexpectedEnd', 'value', 13]);
    const extra = errorOf('a == 1 b');
    assert.deepEqual([extra.code, extra.params.found, extra.params.expected, extra.start], ['surveys.expression.unexpectedToken', 'b', 'end', 7]);
    const unclosed = errorOf('(a == 1');
    assert.deepEqual([unclosed.code, unclosed.params.expected], ['surveys.expression.unexpectedEnd', ')']);
    const chained = errorOf('1 < a < 5');
    assert.deepEqual([chained.code, chained.start], ['surveys.expression.chainedComparison', 6]);
    assert.equal(errorOf('').code, 'surveys.expression.empty');
    assert.equal(errorOf('   ').code, 'surveys.expression.empty');
    assert.equal(errorOf('a.').params.expected, 'name');
    assert.equal(errorOf('[1, 2').params.expected, ', ]');
    assert.equal(errorOf('(((((((((('.repeat(10) + 'a').code, 'surveys.expression.tooDeep');
  });

  test('namesIn lists what an expression reads, once each', () => {
    assert.deepEqual(namesIn(parseExpression('a == 1 or m.row > a and answered(b)')), ['a', 'm.row', 'b']);
  });
});

describe('evaluator', () => {
  test('compares without coercion and treats unanswered as null', () => {
    assert.equal(run('age >= 18', { age: 18 }), true);
    assert.equal(run('age >= 18', {}), false);
    assert.equal(run('age < 18', {}), false, 'null is neither below nor above');
    assert.equal(run("age == '18'", { age: 18 }), false);
    assert.equal(run('age == null', {}), true);
    assert.equal(run("name < 'b'", { name: 'a' }), true);
  });

  test('in: membership, and any-of for a list of choices', () => {
    assert.equal(run("area in ['lusi', 'keskusta']", { area: 'lusi' }), true);
    assert.equal(run("area in ['lusi', 'keskusta']", { area: 'jyranko' }), false);
    assert.equal(run("hobbies in ['sport', 'culture']", { hobbies: ['nature', 'culture'] }), true);
    assert.equal(run("'sport' in hobbies", { hobbies: ['nature', 'culture'] }), false);
    assert.equal(run("'sport' in hobbies", {}), false);
  });

  test('arithmetic gives null for non-numbers and division by zero', () => {
    assert.equal(run('a * 2 + 1', { a: 3 }), 7);
    assert.equal(run('a / 0', { a: 3 }), null);
    assert.equal(run('a + 1', {}), null);
    assert.equal(run('-a', { a: 0 }), 0);
  });

  test('functions: answered and count', () => {
    assert.equal(run('answered(t)', { t: '  ' }), false);
    assert.equal(run('answered(t)', { t: 'x' }), true);
    assert.equal(run('answered(m)', { m: [] }), false);
    assert.equal(run('count(m) >= 2', { m: ['a', 'b'] }), true);
    assert.equal(run('count(m)', {}), 0);
  });

  test('a condition holds only on true', () => {
    assert.equal(evaluateCondition(parseExpression('a'), values({ a: 1 })), false);
    assert.equal(evaluateCondition(parseExpression('a'), values({ a: true })), true);
    assert.equal(evaluateCondition(parseExpression('not a'), values({})), true);
  });
});

describe('checker', () => {
  const scope = scopeOf({
    recommend: { type: 'number' },
    area: { type: 'string', options: ['keskusta', 'jyranko', 'vierumaki', 'lusi'] },
    best: { type: 'list', options: ['nature', 'lakes', 'services'] },
    stays: { type: 'boolean' },
    'services.library': { type: 'number' },
  });
  const codes = (source: string) => checkExpression(source, scope).map((e) => [e.code, e.start, e.end, e.params]);

  test('accepts sound conditions', () => {
    for (const source of [
      'recommend >= 9',
      "area == 'lusi' and stays",
      "best in ['nature', 'lakes'] or count(best) > 2",
      'services.library <= 2 and answered(services.library)',
      "not (area in ['lusi', 'vierumaki'])",
      'recommend == null',
    ]) {
      assert.deepEqual(checkExpression(source, scope), [], source);
    }
  });

  test('finds unknown names with a suggestion and the place', () => {
    assert.deepEqual(codes("recommend >= 9 and aera == 'lusi'"), [
      ['surveys.expression.unknownName', 19, 23, { name: 'aera', suggestion: 'area' }],
    ]);
    assert.deepEqual(codes('zzz'), [['surveys.expression.unknownName', 0, 3, { name: 'zzz' }]]);
  });

  test('finds option values a question does not have', () => {
    assert.deepEqual(codes("area == 'Vierumki'"), [
      ['surveys.expression.unknownOption', 8, 18, { name: 'area', found: 'Vierumki', suggestion: 'vierumaki' }],
    ]);
    assert.deepEqual(codes("best in ['nature', 'sauna']").map((c) => c.slice(0, 2)), [['surveys.expression.unknownOption', 19]]);
    assert.deepEqual(codes("'sauna' in best").map((c) => c[0]), ['surveys.expression.unknownOption']);
  });

  test('finds values of the wrong kind, bad calls and non-conditions', () => {
    assert.deepEqual(codes("recommend == '9'").map((c) => c[0]), ['surveys.expression.mismatch']);
    assert.deepEqual(codes('stays + 1 > 2').map((c) => [c[0], c[1]]), [['surveys.expression.wrongType', 0]]);
    assert.deepEqual(codes('recommend and stays').map((c) => [c[0], c[1]]), [['surveys.expression.wrongType', 0]]);
    assert.deepEqual(codes('recommend + 1').map((c) => c[0]), ['surveys.expression.notCondition']);
    assert.deepEqual(codes('answerd(area)').map((c) => [c[0], c[3]]), [['surveys.expression.unknownFunction', { name: 'answerd', suggestion: 'answered' }]]);
    assert.deepEqual(codes('answered(area, stays)').map((c) => c[0]), ['surveys.expression.arity']);
    assert.deepEqual(codes("answered('x')").map((c) => c[0]), ['surveys.expression.nameExpected']);
    assert.deepEqual(codes('recommend in 5').map((c) => c[0]), ['surveys.expression.wrongType']);
  });

  test('reports a syntax error alone, with its position', () => {
    assert.deepEqual(codes('recommend >= and stays').map((c) => [c[0], c[1]]), [['surveys.expression.unexpectedToken', 13]]);
  });

  test('marks the error under the source', () => {
    assert.equal(markExpressionError("recommend >= 9 and aera == 'lusi'", { start: 19, end: 23 }), "recommend >= 9 and aera == 'lusi'\n                   ^^^^");
  });

  test('closest: suggests only near names', () => {
    assert.equal(closest('recomend', ['recommend', 'area']), 'recommend');
    assert.equal(closest('xyz', ['recommend', 'area']), undefined);
  });
});

describe('printer', () => {
  test('writes parentheses only where needed', () => {
    for (const source of ['a == 1 or b == 2 and c == 3', '(a or b) and c', 'not (a and b)', '1 - (2 - 3)', '-(a + 1) * 2', "x in ['a', 'b\\'c']", 'answered(q.other)']) {
      assert.equal(printExpression(parseExpression(source)), source);
    }
  });
});

describe('strict CSP', () => {
  test('the condition language and the logic never build code from text (no eval, no Function)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('./', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^(expression\.|survey-logic|survey-answers|survey-definition)/.test(f) && !f.endsWith('.test.ts'));
    assert.ok(files.length >= 7, files.join());
    for (const file of files) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\/.*$/gm, '');
      assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|setTimeout\s*\(\s*['"`]/, file);
    }
  });
});
