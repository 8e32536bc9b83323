// Static checks of a condition when a definition is saved: unknown names and functions, the
// wrong number of arguments, values of the wrong kind, and option values a question does not
// have (`area == 'Vierumki'`). Every error carries its place in the source.
import { EXPRESSION_FUNCTIONS } from './expression.evaluate.js';
import { ExpressionError } from './expression.tokens.js';
import { tryParseExpression, type Expression } from './expression.parse.js';

export type ValueType = 'number' | 'string' | 'boolean' | 'list';

/** What the checker knows of a name: its kind of value and, for a choice, its option values. */
export interface NameInfo {
  readonly type: ValueType;
  readonly options?: readonly string[];
}

export interface ExpressionScope {
  lookup(name: string): NameInfo | undefined;
  /** Every name, for "did you mean" suggestions. */
  names(): readonly string[];
}

export function scopeOf(entries: Readonly<Record<string, NameInfo>>): ExpressionScope {
  const map = new Map(Object.entries(entries));
  return { lookup: (name) => map.get(name), names: () => [...map.keys()] };
}

type Inferred = ValueType | 'null' | 'unknown';

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate within a third of the name's length (at least 1, at most 3 edits). */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const describeType = (t: Inferred): string => t;

class Checker {
  readonly errors: ExpressionError[] = [];
  constructor(private readonly scope: ExpressionScope) {}

  private error(node: Expression, code: string, params: Record<string, string | number> = {}): void {
    this.errors.push(new ExpressionError(code, node.start, node.end, params));
  }

  private expectType(node: Expression, actual: Inferred, wanted: ValueType): void {
    if (actual === wanted || actual === 'unknown') return;
    this.error(node, 'surveys.expression.wrongType', { expected: wanted, found: describeType(actual) });
  }

  /** The option values of a choice question named by `node`, if it is one. */
  private optionsOf(node: Expression): readonly string[] | undefined {
    return node.kind === 'name' ? this.scope.lookup(node.name)?.options : undefined;
  }

  private checkOption(options: readonly string[] | undefined, literal: Expression, question: Expression): void {
    if (!options || literal.kind !== 'literal' || typeof literal.value !== 'string') return;
    if (options.includes(literal.value)) return;
    const suggestion = closest(literal.value, options);
    this.error(literal, 'surveys.expression.unknownOption', {
      name: question.kind === 'name' ? question.name : '',
      found: literal.value,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }

  infer(node: Expression): Inferred {
    switch (node.kind) {
      case 'literal':
        return node.value === null ? 'null' : (typeof node.value as 'number' | 'string' | 'boolean');
      case 'name': {
        const info = this.scope.lookup(node.name);
        if (info) return info.type;
        const suggestion = closest(node.name, this.scope.names());
        this.error(node, 'surveys.expression.unknownName', { name: node.name, ...(suggestion !== undefined ? { suggestion } : {}) });
        return 'unknown';
      }
      case 'list':
        for (const item of node.items) this.infer(item);
        return 'list';
      case 'unary': {
        const operand = this.infer(node.operand);
        if (node.op === 'not') {
          this.expectType(node.operand, operand, 'boolean');
          return 'boolean';
        }
        this.expectType(node.operand, operand, 'number');
        return 'number';
      }
      case 'call': {
        const fn = EXPRESSION_FUNCTIONS[node.fn];
        for (const arg of node.args) this.infer(arg);
        if (!fn) {
          const suggestion = closest(node.fn, Object.keys(EXPRESSION_FUNCTIONS));
          this.error(node, 'surveys.expression.unknownFunction', { name: node.fn, ...(suggestion !== undefined ? { suggestion } : {}) });
          return 'unknown';
        }
        if (node.args.length !== fn.arity) {
          this.error(node, 'surveys.expression.arity', { name: node.fn, expected: fn.arity, found: node.args.length });
        } else if (node.args[0]!.kind !== 'name') {
          this.error(node.args[0]!, 'surveys.expression.nameExpected', { name: node.fn });
        }
        return node.fn === 'count' ? 'number' : 'boolean';
      }
      case 'binary': {
        const left = this.infer(node.left);
        const right = this.infer(node.right);
        switch (node.op) {
          case 'and':
          case 'or':
            this.expectType(node.left, left, 'boolean');
            this.expectType(node.right, right, 'boolean');
            return 'boolean';
          case '+':
          case '-':
          case '*':
          case '/':
            this.expectType(node.left, left, 'number');
            this.expectType(node.right, right, 'number');
            return 'number';
          case '<':
          case '<=':
          case '>':
          case '>=':
            if (left === 'string' && right === 'string') return 'boolean';
            this.expectType(node.left, left, 'number');
            this.expectType(node.right, right, 'number');
            return 'boolean';
          case '==':
          case '!=':
            if (left !== 'unknown' && right !== 'unknown' && left !== 'null' && right !== 'null' && left !== right) {
              this.error(node, 'surveys.expression.mismatch', { left, right });
            }
            this.checkOption(this.optionsOf(node.left), node.right, node.left);
            this.checkOption(this.optionsOf(node.right), node.left, node.right);
            return 'boolean';
          case 'in': {
            this.expectType(node.right, right, 'list');
            const options = this.optionsOf(node.left) ?? this.optionsOf(node.right);
            const question = this.optionsOf(node.left) ? node.left : node.right;
            if (node.right.kind === 'list') for (const item of node.right.items) this.checkOption(options, item, question);
            if (this.optionsOf(node.right)) this.checkOption(options, node.left, question);
            return 'boolean';
          }
        }
      }
    }
  }
}

/**
 * Checks a condition's source: syntax first (one error, the first), then every unknown name,
 * wrong type and unknown option value. An empty list means the condition is sound.
 */
export function checkExpression(source: string, scope: ExpressionScope): ExpressionError[] {
  const parsed = tryParseExpression(source);
  if (!parsed.ok) return [parsed.error];
  const checker = new Checker(scope);
  const type = checker.infer(parsed.expression);
  if (type !== 'boolean' && type !== 'unknown') {
    checker.errors.push(
      new ExpressionError('surveys.expression.notCondition', parsed.expression.start, parsed.expression.end, { found: type }),
    );
  }
  return checker.errors.sort((a, b) => a.start - b.start);
}

/**
 * The source with a caret line under the error, for people reading a log or a terminal:
 *
 *     recommend >= 9 and aera == 'Lusi'
 *                        ^^^^
 */
export function markExpressionError(source: string, error: Pick<ExpressionError, 'start' | 'end'>): string {
  const width = Math.max(1, error.end - error.start);
  return `${source}\n${' '.repeat(error.start)}${'^'.repeat(width)}`;
}
