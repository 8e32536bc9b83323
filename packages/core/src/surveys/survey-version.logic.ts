// Versions of a survey definition. A published version is frozen: responses store the
// `{ id, version }` they answered and are always read against that version, so changing a
// survey makes a new version and never corrupts old answers. These functions let the server
// refuse an edit of a frozen version (its fingerprint changed), check that a new version
// follows the old one, and tell analysts which questions can be compared across versions
// (e.g. this year's survey with last year's).
import type { FieldError } from '../http/problem.logic.js';
import { hashSeed } from '../random/seeded.js';
import { questionPlaces } from './survey-logic.js';
import type { SurveyDefinition, SurveyQuestion } from './survey.schema.js';

/** JSON with object keys sorted, so equal definitions give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A fingerprint of a definition's content (64 bits as 16 hex digits, two FNV-1a hashes of the
 * canonical JSON). Not a security measure: it detects accidental edits of a frozen version.
 */
export function definitionFingerprint(definition: SurveyDefinition): string {
  const text = canonicalJson(definition);
  const a = hashSeed(text);
  const b = hashSeed(`${text.length}:${text}`);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export type QuestionChangeKind =
  /** Only texts (wording, translations, help) changed: answers compare. */
  | 'text'
  /** Options, rows or limits changed but the answers' kind did not: compare with care. */
  | 'options'
  /** The type or the scale changed: answers do not compare. */
  | 'incompatible'
  | 'added'
  | 'removed'
  /** Conditions (show, require) changed: who is asked changed. */
  | 'logic';

export interface QuestionChange {
  readonly questionId: string;
  readonly kinds: readonly QuestionChangeKind[];
}

/** What a question's answers mean, apart from its texts and logic. */
function answerDomain(q: SurveyQuestion): unknown {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking':
      return { type: q.type, options: q.options.map((o) => o.value), other: 'other' in q && q.other !== undefined, ...('rankCount' in q ? { rankCount: q.rankCount } : {}) };
    case 'rating':
      return { type: q.type, min: q.min, max: q.max, cantSay: q.cantSay !== undefined };
    case 'matrix':
      return { type: q.type, rows: q.rows.map((r) => r.id), columns: q.columns.map((c) => c.value), cantSay: q.cantSay !== undefined };
    case 'number':
      return { type: q.type, min: q.min, max: q.max, integer: q.integer };
    case 'short_text':
    case 'long_text':
      return { type: q.type, maxLength: q.maxLength };
    default:
      return { type: q.type };
  }
}

/** The scale itself, whose change makes answers incomparable. */
function answerScale(q: SurveyQuestion): unknown {
  if (q.type === 'rating') return [q.type, q.min, q.max];
  if (q.type === 'matrix') return [q.type, q.columns.map((c) => c.value)];
  return q.type;
}

const logicOf = (q: SurveyQuestion) => canonicalJson({ visibleIf: q.visibleIf, requiredIf: 'requiredIf' in q ? q.requiredIf : undefined, required: 'required' in q ? q.required : undefined });

/** Question by question, what changed from one version to the next (unchanged ones are left out). */
export function diffSurveyDefinitions(previous: SurveyDefinition, next: SurveyDefinition): QuestionChange[] {
  const before = new Map(questionPlaces(previous).map((p) => [p.question.id, p.question]));
  const after = new Map(questionPlaces(next).map((p) => [p.question.id, p.question]));
  const changes: QuestionChange[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) {
      changes.push({ questionId: id, kinds: ['removed'] });
      continue;
    }
    const kinds: QuestionChangeKind[] = [];
    if (canonicalJson(answerScale(old)) !== canonicalJson(answerScale(now))) kinds.push('incompatible');
    else if (canonicalJson(answerDomain(old)) !== canonicalJson(answerDomain(now))) kinds.push('options');
    if (logicOf(old) !== logicOf(now)) kinds.push('logic');
    if (kinds.length === 0 && canonicalJson(old) !== canonicalJson(now)) kinds.push('text');
    if (kinds.length > 0) changes.push({ questionId: id, kinds });
  }
  for (const id of after.keys()) if (!before.has(id)) changes.push({ questionId: id, kinds: ['added'] });
  return changes;
}

/** Ids of the questions whose answers compare across the two versions (same id and scale). */
export function comparableQuestions(previous: SurveyDefinition, next: SurveyDefinition): string[] {
  const after = new Map(questionPlaces(next).map((p) => [p.question.id, p.question]));
  return questionPlaces(previous)
    .map((p) => p.question)
    .filter((q) => q.type !== 'info' && after.has(q.id) && canonicalJson(answerScale(q)) === canonicalJson(answerScale(after.get(q.id)!)))
    .map((q) => q.id);
}

/**
 * Checks that `next` may be saved as the version after `previous`: the same survey id, the
 * version number one higher, and some change. Errors point into `next`.
 */
export function checkNextVersion(previous: SurveyDefinition, next: SurveyDefinition): FieldError[] {
  const errors: FieldError[] = [];
  if (next.id !== previous.id) errors.push({ pointer: '#/id', code: 'surveys.version.otherSurvey', params: { id: previous.id } });
  if (next.version !== previous.version + 1) {
    errors.push({ pointer: '#/version', code: 'surveys.version.notNext', params: { expected: previous.version + 1 } });
  }
  if (errors.length === 0 && canonicalJson({ ...next, version: 0 }) === canonicalJson({ ...previous, version: 0 })) {
    errors.push({ pointer: '#', code: 'surveys.version.unchanged' });
  }
  return errors;
}
