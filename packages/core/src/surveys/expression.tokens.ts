// The tokenizer of the survey condition language (docs/adr/0013-survey-expression-language.md).
// A hand-written scanner over the source text: no regular expression is built from input, no
// `eval`, no `Function`, so it runs under a strict Content-Security-Policy.

/** A problem in an expression, with its place in the source (offsets in UTF-16 code units). */
export class ExpressionError extends Error {
  constructor(
    /** Message key of the surveys catalog ("surveys.expression.unexpectedToken"). */
    readonly code: string,
    /** First offset of the offending text (0-based). */
    readonly start: number,
    /** Offset just after the offending text. */
    readonly end: number,
    /** Values for the message's placeholders. */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} at ${start}`);
    this.name = 'ExpressionError';
  }
}

export type TokenKind = 'number' | 'string' | 'name' | 'keyword' | 'punct' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The text as written (for a string: without quotes and with escapes resolved). */
  readonly text: string;
  /** A number's value. */
  readonly value?: number;
  readonly start: number;
  readonly end: number;
}

/** Words with a meaning of their own; they cannot name a question. */
export const KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);

/** Two-character operators first, so `<=` is not read as `<` `=`. */
const PUNCT2 = ['==', '!=', '<=', '>='];
const PUNCT1 = ['(', ')', '[', ']', ',', '<', '>', '+', '-', '*', '/', '.'];

/** Operators of other languages, with the word this language uses instead. */
const FOREIGN: Readonly<Record<string, string>> = { '&&': 'and', '||': 'or', '!': 'not', '=': '==', '<>': '!=' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Longest expression accepted (characters): conditions are short; this bounds the work. */
export const EXPRESSION_MAX_LENGTH = 2000;

/**
 * Splits an expression into tokens. Throws an {@link ExpressionError} on a character the
 * language does not use, an unterminated string or a malformed number.
 */
export function tokenize(source: string): Token[] {
  if (source.length > EXPRESSION_MAX_LENGTH) {
    throw new ExpressionError('surveys.expression.tooLong', 0, source.length, { max: EXPRESSION_MAX_LENGTH });
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < source.length && isDigit(source[i]!)) i++;
      if (source[i] === '.' && isDigit(source[i + 1] ?? '')) {
        i++;
        while (i < source.length && isDigit(source[i]!)) i++;
      }
      if (i < source.length && isNamePart(source[i]!)) {
        while (i < source.length && isNamePart(source[i]!)) i++;
        throw new ExpressionError('surveys.expression.badNumber', start, i, { text: source.slice(start, i) });
      }
      const text = source.slice(start, i);
      tokens.push({ kind: 'number', text, value: Number(text), start, end: i });
      continue;
    }
    if (isNameStart(c)) {
      while (i < source.length && isNamePart(source[i]!)) i++;
      const text = source.slice(start, i);
      tokens.push({ kind: KEYWORDS.has(text) ? 'keyword' : 'name', text, start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      let text = '';
      let closed = false;
      while (i < source.length) {
        const d = source[i]!;
        if (d === c) {
          closed = true;
          i++;
          break;
        }
        if (d === '\\') {
          const next = source[i + 1];
          if (next === undefined) break;
          if (next !== '\\' && next !== "'" && next !== '"') {
            throw new ExpressionError('surveys.expression.badEscape', i, i + 2, { text: `\\${next}` });
          }
          text += next;
          i += 2;
          continue;
        }
        if (d === '\n' || d === '\r') break;
        text += d;
        i++;
      }
      if (!closed) throw new ExpressionError('surveys.expression.unterminatedString', start, i);
      tokens.push({ kind: 'string', text, start, end: i });
      continue;
    }
    const two = source.slice(i, i + 2);
    if (PUNCT2.includes(two)) {
      tokens.push({ kind: 'punct', text: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    const foreign = FOREIGN[two] !== undefined ? two : FOREIGN[c] !== undefined ? c : undefined;
    if (foreign !== undefined) {
      throw new ExpressionError('surveys.expression.useWord', start, start + foreign.length, {
        found: foreign,
        expected: FOREIGN[foreign]!,
      });
    }
    if (PUNCT1.includes(c)) {
      tokens.push({ kind: 'punct', text: c, start, end: i + 1 });
      i++;
      continue;
    }
    const codePoint = source.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    throw new ExpressionError('surveys.expression.badCharacter', start, start + width, { found: source.slice(i, i + width) });
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return tokens;
}
