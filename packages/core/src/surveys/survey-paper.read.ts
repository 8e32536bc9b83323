// What the answering widget reads first, without valibot (issue 7, ADR 0108; the pattern of ADRs
// 0089, 0097 and 0103): the round and its version's definition, checked in plain code for what
// the widget draws and goes by. `SurveyRoundPaperSchema` (survey-paper.read.schema.ts) stays the
// contract: the core client (`createSurveysApi().round`), the server and its route tests parse
// with it, and survey-paper.read.test.ts holds the two together (the same paper out for the
// Heinola template, the same refusals for what would break the drawing).
import type * as v from 'valibot';
import type { SurveyRoundPaper } from './survey-paper.read.schema.js';

type Obj = Record<string, unknown>;
type Check = (x: unknown) => unknown;

const fail = (): never => {
  throw fail;
};
const is = (ok: unknown): void => void (ok || fail());
const obj = (x: unknown): Obj => (is(typeof x === 'object' && x), x as Obj);
const str: Check = (x) => is(typeof x === 'string');
const num: Check = (x) => is(typeof x === 'number' && x === x);
const int: Check = (x) => is(Number.isInteger(x));
const bool: Check = (x) => is(typeof x === 'boolean');
const oneOf =
  (...values: string[]): Check =>
  (x) =>
    is(values.includes(x as string));
/** A page's, section's, question's or matrix row's id (`SurveyIdSchema`): it names an answer and a field. */
const id: Check = (x) => is(typeof x === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(x));
/** A text in fi, sv and en, none blank; trimmed, as `SurveyTextSchema` gives it. */
const text: Check = (x) => {
  const t = obj(x);
  for (const lang of ['fi', 'sv', 'en']) is(typeof t[lang] === 'string' && (t[lang] = (t[lang] as string).trim()));
};
/** An optional member: checked when there. */
const opt = (o: Obj, key: string, check: Check): unknown => o[key] === undefined || check(o[key]);
/** An optional member with a default, set when absent (as valibot's `v.optional(…, default)`). */
const def = (o: Obj, key: string, check: Check, value: unknown): unknown => (o[key] === undefined ? (o[key] = value) : check(o[key]));
const list = (x: unknown, min: number, each: Check): void => {
  is(Array.isArray(x) && x.length >= min);
  (x as unknown[]).forEach(each);
};

const option: Check = (x) => {
  const o = obj(x);
  is(typeof o.value === 'string' && /^[A-Za-z0-9_.+-]{1,64}$/.test(o.value));
  text(o.text);
  def(o, 'fixed', bool, false);
  def(o, 'exclusive', bool, false);
};
const labelled = (o: Obj): void => {
  text(o.minLabel);
  text(o.maxLabel);
};

const question: Check = (x) => {
  const q = obj(x);
  id(q.id);
  text(q.text);
  opt(q, 'visibleIf', str);
  if (q.type === 'info') return;
  opt(q, 'help', text);
  def(q, 'required', bool, false);
  opt(q, 'requiredIf', str);
  def(q, 'tags', (t) => list(t, 0, str), []);
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking':
      list(q.options, 2, option);
      def(q, 'randomize', bool, false);
      if (q.type === 'ranking') opt(q, 'rankCount', int);
      if (q.type === 'multiple_choice') opt(q, 'minSelected', int), opt(q, 'maxSelected', int);
      if (q.type === 'dropdown' || q.type === 'ranking') return;
      return opt(q, 'other', (other) => (text(obj(other).text), def(other as Obj, 'maxLength', int, 200)));
    case 'rating':
      int(q.min);
      int(q.max);
      is((q.min as number) >= 0 && (q.max as number) <= 11);
      labelled(q);
      return opt(q, 'cantSay', text);
    case 'recommendation':
      return labelled(q);
    case 'matrix':
      list(q.rows, 1, (row) => (id(obj(row).id), text((row as Obj).text)));
      list(q.columns, 2, (column) => (int(obj(column).value), text((column as Obj).text)));
      opt(q, 'cantSay', text);
      return def(q, 'randomize', bool, false);
    case 'number':
      opt(q, 'min', num);
      opt(q, 'max', num);
      opt(q, 'unit', text);
      return def(q, 'integer', bool, false);
    case 'short_text':
    case 'long_text':
      return def(q, 'maxLength', int, q.type === 'short_text' ? 200 : 4000);
    default:
      is(q.type === 'yes_no');
  }
};

const section: Check = (x) => {
  const s = obj(x);
  id(s.id);
  opt(s, 'title', text);
  opt(s, 'description', text);
  opt(s, 'visibleIf', str);
  list(s.questions, 1, question);
};

const page: Check = (x) => {
  const p = obj(x);
  id(p.id);
  opt(p, 'title', text);
  opt(p, 'visibleIf', str);
  def(p, 'skip', (skip) => list(skip, 0, (rule) => (str(obj(rule).if), (rule as Obj).to === 'end' || id((rule as Obj).to))), []);
  list(p.sections, 1, section);
};

/**
 * The paper of a round (`GET /api/v1/surveys/rounds/:id`) as the widget draws it, or `null` when
 * a part it draws or goes by is missing or of the wrong kind. Checked in place: the defaults the
 * full schema gives (`required`, `tags`, `randomize`, `fixed`, `exclusive`, `skip`, `integer`,
 * the longest texts) are set on `body`, and the texts trimmed. Not checked, since nothing drawn
 * depends on them: the lengths of texts and lists and the ranges of numbers but a rating's (the
 * server refuses such a definition when it is saved), the round's members other than its id,
 * survey, limit and status (its title, modes, year, version and times are not drawn here), and
 * the tags' form; members it does not know stay.
 */
export function readSurveyRoundPaper(body: unknown): SurveyRoundPaper | null {
  try {
    const paper = obj(body);
    const round = obj(paper.round);
    str(round.id);
    str(round.survey);
    oneOf('one-per-browser', 'many')(round.webLimit);
    oneOf('draft', 'open', 'closed')(round.status);
    const definition = obj(paper.definition);
    is(definition.format === 'kohtaamo-survey/1');
    is(typeof definition.id === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(definition.id));
    int(definition.version);
    is((definition.version as number) >= 1);
    text(definition.title);
    opt(definition, 'description', text);
    list(definition.pages, 1, page);
    return paper as SurveyRoundPaper;
  } catch (error) {
    if (error === fail) return null;
    throw error;
  }
}

/**
 * {@link readSurveyRoundPaper} as a schema for the API client's `request` (which reads any
 * schema through its Standard Schema interface): a malformed paper is a ContractError there.
 */
export const SurveyRoundPaperRead = {
  '~standard': {
    version: 1,
    vendor: 'kohtaamo',
    validate: (value: unknown) => {
      const paper = readSurveyRoundPaper(value);
      return paper ? { value: paper } : { issues: [{ message: 'Not the paper of a survey round' }] };
    },
  },
} as unknown as v.GenericSchema<unknown, SurveyRoundPaper>;
