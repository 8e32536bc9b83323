// The parser of the survey condition language: recursive descent over the tokens, one function
// per precedence level (docs/adr/0013-survey-expression-language.md).
//
//   expression := or
//   or         := and ('or' and)*
//   and        := not ('and' not)*
//   not        := 'not' not | comparison
//   comparison := sum (('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in') sum)?    (no chains)
//   sum        := product (('+' | '-') product)*
//   product    := unary (('*' | '/') unary)*
//   unary      := '-' unary | primary
//   primary    := number | string | 'true' | 'false' | 'null' | name ('.' name)*
//               | function '(' (expression (',' expression)*)? ')'
//               | '[' (expression (',' expression)*)? ']' | '(' expression ')'
import { ExpressionError, tokenize, type Token } from './expression.tokens.js';

export type BinaryOperator = 'or' | 'and' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/';
export type UnaryOperator = 'not' | '-';
export type LiteralValue = number | string | boolean | null;

interface Span {
  /** Offsets of the node's text in the source, for error messages. */
  readonly start: number;
  readonly end: number;
}

export type Expression =
  | (Span & { readonly kind: 'literal'; readonly value: LiteralValue })
  | (Span & { readonly kind: 'name'; readonly name: string })
  | (Span & { readonly kind: 'list'; readonly items: readonly Expression[] })
  | (Span & { readonly kind: 'unary'; readonly op: UnaryOperator; readonly operand: Expression })
  | (Span & { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expression; readonly right: Expression })
  | (Span & { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expression[] });

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);

/** Deepest nesting accepted: keeps the recursive descent far from the stack's limit. */
export const EXPRESSION_MAX_DEPTH = 64;

function describe(token: Token): string {
  if (token.kind === 'end') return 'end';
  if (token.kind === 'string') return JSON.stringify(token.text);
  return token.text;
}

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.index]!;
  }

  private is(text: string): boolean {
    const t = this.token;
    return (t.kind === 'punct' || t.kind === 'keyword') && t.text === text;
  }

  private fail(expected: string): never {
    const t = this.token;
    if (t.kind === 'end') throw new ExpressionError('surveys.expression.unexpectedEnd', t.start, t.end, { expected });
    throw new ExpressionError('surveys.expression.unexpectedToken', t.start, t.end, { found: describe(t), expected });
  }

  private expect(text: string): Token {
    if (!this.is(text)) this.fail(text);
    return this.tokens[this.index++]!;
  }

  parse(): Expression {
    const expression = this.or();
    if (this.token.kind !== 'end') this.fail('end');
    return expression;
  }

  private nest<T>(at: Token, f: () => T): T {
    if (++this.depth > EXPRESSION_MAX_DEPTH) {
      throw new ExpressionError('surveys.expression.tooDeep', at.start, at.end, { max: EXPRESSION_MAX_DEPTH });
    }
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private or(): Expression {
    let left = this.and();
    while (this.is('or')) {
      this.index++;
      const right = this.and();
      left = { kind: 'binary', op: 'or', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private and(): Expression {
    let left = this.not();
    while (this.is('and')) {
      this.index++;
      const right = this.not();
      left = { kind: 'binary', op: 'and', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private not(): Expression {
    if (this.is('not')) {
      const at = this.tokens[this.index++]!;
      const operand = this.nest(at, () => this.not());
      return { kind: 'unary', op: 'not', operand, start: at.start, end: operand.end };
    }
    return this.comparison();
  }

  private comparison(): Expression {
    const left = this.sum();
    const t = this.token;
    if ((t.kind === 'punct' || t.kind === 'keyword') && COMPARISONS.has(t.text)) {
      this.index++;
      const right = this.sum();
      const next = this.token;
      if ((next.kind === 'punct' || next.kind === 'keyword') && COMPARISONS.has(next.text)) {
        throw new ExpressionError('surveys.expression.chainedComparison', next.start, next.end, { found: next.text });
      }
      return { kind: 'binary', op: t.text as BinaryOperator, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private sum(): Expression {
    let left = this.product();
    while (this.is('+') || this.is('-')) {
      const op = this.tokens[this.index++]!.text as BinaryOperator;
      const right = this.product();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private product(): Expression {
    let left = this.unary();
    while (this.is('*') || this.is('/')) {
      const op = this.tokens[this.index++]!.text as BinaryOperator;
      const right = this.unary();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): Expression {
    if (this.is('-')) {
      const at = this.tokens[this.index++]!;
      const operand = this.nest(at, () => this.unary());
      return { kind: 'unary', op: '-', operand, start: at.start, end: operand.end };
    }
    return this.primary();
  }

  private list(open: Token, close: string): Expression[] {
    const items: Expression[] = [];
    if (this.is(close)) return items;
    for (;;) {
      items.push(this.nest(open, () => this.or()));
      if (this.is(',')) {
        this.index++;
        continue;
      }
      if (this.is(close)) return items;
      this.fail(`, ${close}`);
    }
  }

  private primary(): Expression {
    const t = this.token;
    switch (t.kind) {
      case 'number':
        this.index++;
        return { kind: 'literal', value: t.value!, start: t.start, end: t.end };
      case 'string':
        this.index++;
        return { kind: 'literal', value: t.text, start: t.start, end: t.end };
      case 'keyword':
        if (t.text === 'true' || t.text === 'false' || t.text === 'null') {
          this.index++;
          return { kind: 'literal', value: t.text === 'null' ? null : t.text === 'true', start: t.start, end: t.end };
        }
        return this.fail('value');
      case 'name': {
        this.index++;
        if (this.is('(')) {
          const open = this.expect('(');
          const args = this.list(open, ')');
          const close = this.expect(')');
          return { kind: 'call', fn: t.text, args, start: t.start, end: close.end };
        }
        let name = t.text;
        let end = t.end;
        while (this.is('.')) {
          this.index++;
          const part = this.token;
          if (part.kind !== 'name') this.fail('name');
          this.index++;
          name += `.${part.text}`;
          end = part.end;
        }
        return { kind: 'name', name, start: t.start, end };
      }
      case 'punct':
        if (t.text === '(') {
          this.index++;
          const inner = this.nest(t, () => this.or());
          const close = this.expect(')');
          // The span covers the parentheses, so an error about the group underlines all of it.
          return { ...inner, start: t.start, end: close.end };
        }
        if (t.text === '[') {
          this.index++;
          const items = this.list(t, ']');
          const close = this.expect(']');
          return { kind: 'list', items, start: t.start, end: close.end };
        }
        return this.fail('value');
      default:
        return this.fail('value');
    }
  }
}

/** Parses an expression; throws an {@link ExpressionError} with the place of the first error. */
export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  if (tokens.length === 1) throw new ExpressionError('surveys.expression.empty', 0, source.length);
  return new Parser(tokens).parse();
}

export type ParseResult = { readonly ok: true; readonly expression: Expression } | { readonly ok: false; readonly error: ExpressionError };

/** {@link parseExpression} that returns its error instead of throwing it. */
export function tryParseExpression(source: string): ParseResult {
  try {
    return { ok: true, expression: parseExpression(source) };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error };
    throw error;
  }
}

/** The names an expression reads, as written (`satisfaction.library`), each once, in order. */
export function namesIn(expression: Expression): string[] {
  const names = new Set<string>();
  const walk = (e: Expression): void => {
    if (e.kind === 'name') names.add(e.name);
    else if (e.kind === 'list') e.items.forEach(walk);
    else if (e.kind === 'unary') walk(e.operand);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'call') e.args.forEach(walk);
  };
  walk(expression);
  return [...names];
}
