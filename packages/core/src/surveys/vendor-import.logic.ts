// A phone vendor's data file, read into responses: each question's columns and codes are mapped
// onto the definition (SurveyImportMapping), every row is validated as a web response is
// (validateResponse: conditions, required, ranges), and every rejected row is reported with its
// line, the vendor's respondent id and each error's column. The server saves the accepted rows
// in one transaction, or none of them when any is rejected (docs/adr/0025-survey-vendor-import-and-results.md).
import type { FieldError } from '../http/problem.logic.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import type { CsvTable } from './csv.js';
import { validateResponse } from './survey-answers.logic.js';
import { compileSurveyLogic, questionPlaces } from './survey-logic.js';
import { CANT_SAY_VALUE, OTHER_VALUE, type AnswerValue, type SurveyAnswers, type SurveyDefinition, type SurveyQuestion } from './survey.schema.js';
import type { QuestionMapping, SurveyImportMapping } from './survey-round.schema.js';

export interface ImportError extends FieldError {
  /** The vendor's column the error comes from, when one does. */
  readonly column?: string;
}

export interface ImportedRow {
  /** The line of the file (1 is the header). */
  readonly line: number;
  readonly respondentId: string;
  readonly lang: Locale;
  readonly answers: SurveyAnswers;
}

export interface RejectedRow {
  readonly line: number;
  readonly respondentId: string | null;
  readonly errors: readonly ImportError[];
}

export interface VendorFileReading {
  /** Errors of the mapping itself (a column the file does not have); then no row is read. */
  readonly mappingErrors: readonly ImportError[];
  readonly accepted: readonly ImportedRow[];
  readonly rejected: readonly RejectedRow[];
}

const columnsOf = (m: QuestionMapping): string[] => [
  ...(m.column !== undefined ? [m.column] : []),
  ...Object.values(m.rows ?? {}),
  ...Object.values(m.options ?? {}),
];

const TRUE = new Set(['1', 'true', 'yes', 'kyllä', 'ja', 'k', 'y']);
const FALSE = new Set(['0', '2', 'false', 'no', 'ei', 'nej', 'e', 'n']);

/** A cell through the mapping's codes: undefined = blank (no answer), else the value. */
function coded(mapping: QuestionMapping, raw: string): string | number | boolean | null | undefined {
  const cell = raw.trim();
  if (mapping.codes && cell in mapping.codes) return mapping.codes[cell];
  if (cell === '') return undefined;
  return cell;
}

const asNumber = (value: string | number | boolean): number | string => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'));
  return String(value);
};

/** One question's answer from its columns; `invalid` when a cell cannot be an answer of its type. */
function readQuestion(question: SurveyQuestion, mapping: QuestionMapping, cell: (column: string) => string, errors: ImportError[]): AnswerValue | undefined {
  const bad = (column: string, value: string) => errors.push({ pointer: `#/answers/${question.id}`, code: 'surveys.import.value', params: { value }, column });
  if (question.type === 'matrix') {
    const out: Record<string, number | typeof CANT_SAY_VALUE> = {};
    for (const [row, column] of Object.entries(mapping.rows ?? {})) {
      const value = coded(mapping, cell(column));
      if (value === undefined || value === null) continue;
      const n = asNumber(value);
      if (typeof n === 'number') out[row] = n;
      else if (n === CANT_SAY_VALUE) out[row] = CANT_SAY_VALUE;
      else bad(column, String(value));
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (question.type === 'multiple_choice' && mapping.options) {
    const picked: string[] = [];
    for (const [option, column] of Object.entries(mapping.options)) {
      const raw = cell(column).trim().toLowerCase();
      if (raw === '' || FALSE.has(raw)) continue;
      if (TRUE.has(raw)) picked.push(option);
      else bad(column, raw);
    }
    return picked.length > 0 ? picked : undefined;
  }
  const column = mapping.column!;
  const value = coded(mapping, cell(column));
  if (value === undefined || value === null) return undefined;
  switch (question.type) {
    case 'multiple_choice':
    case 'ranking':
      return String(value)
        .split(mapping.separator ?? ';')
        .map((part) => {
          const c = coded({ ...mapping }, part);
          return c === undefined || c === null ? '' : String(c);
        })
        .filter((part) => part !== '');
    case 'yes_no': {
      if (typeof value === 'boolean') return value;
      const text = String(value).toLowerCase();
      if (TRUE.has(text)) return true;
      if (FALSE.has(text)) return false;
      bad(column, String(value));
      return undefined;
    }
    case 'rating':
    case 'recommendation':
    case 'number': {
      const n = asNumber(value);
      if (typeof n === 'number' || n === CANT_SAY_VALUE) return n;
      bad(column, String(value));
      return undefined;
    }
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/**
 * Reads a vendor's file into responses. A question of the definition that the mapping leaves
 * out is unanswered (a required one is then an error of every row); a mapped column the file
 * does not have is a mapping error and no row is read.
 */
export function readVendorFile(definition: SurveyDefinition, table: CsvTable, mapping: SurveyImportMapping): VendorFileReading {
  const index = new Map(table.header.map((h, i) => [h.trim(), i]));
  const mappingErrors: ImportError[] = [];
  const needColumn = (column: string, pointer: string) => {
    if (!index.has(column.trim())) mappingErrors.push({ pointer, code: 'surveys.import.column', params: { column }, column });
  };
  needColumn(mapping.respondentId, '#/mapping/respondentId');
  if (mapping.lang !== undefined) needColumn(mapping.lang, '#/mapping/lang');
  const questions = new Map(questionPlaces(definition).map((p) => [p.question.id, p.question]));
  for (const [id, m] of Object.entries(mapping.questions)) {
    const key = id.endsWith(`.${OTHER_VALUE}`) ? id.slice(0, -OTHER_VALUE.length - 1) : id;
    const question = questions.get(key);
    if (!question || question.type === 'info') {
      mappingErrors.push({ pointer: `#/mapping/questions/${id}`, code: 'surveys.answer.unknown' });
      continue;
    }
    const columns = columnsOf(m);
    if (columns.length === 0) mappingErrors.push({ pointer: `#/mapping/questions/${id}`, code: 'surveys.import.unmapped', params: { question: id } });
    for (const column of columns) needColumn(column, `#/mapping/questions/${id}`);
  }
  if (mappingErrors.length > 0) return { mappingErrors, accepted: [], rejected: [] };

  const logic = compileSurveyLogic(definition);
  const accepted: ImportedRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((fields, r) => {
    const line = table.lines[r] ?? r + 2;
    const cell = (column: string) => fields[index.get(column.trim())!] ?? '';
    const errors: ImportError[] = [];
    const respondentId = cell(mapping.respondentId).trim();
    if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(respondentId)) {
      errors.push({ pointer: '#/respondentId', code: respondentId === '' ? 'common.required' : 'common.invalid', column: mapping.respondentId });
    } else if (seen.has(respondentId)) {
      errors.push({ pointer: '#/respondentId', code: 'surveys.respondent.duplicate', params: { respondent: respondentId }, column: mapping.respondentId });
    }
    let lang: Locale = 'fi';
    if (mapping.lang !== undefined) {
      const raw = cell(mapping.lang).trim().toLowerCase();
      if (raw !== '' && isLocale(raw)) lang = raw;
      else if (raw !== '') errors.push({ pointer: '#/lang', code: 'surveys.import.lang', params: { value: raw }, column: mapping.lang });
    }
    const answers: SurveyAnswers = {};
    const columnOfPointer = new Map<string, string>();
    for (const [id, m] of Object.entries(mapping.questions)) {
      if (id.endsWith(`.${OTHER_VALUE}`)) {
        const text = cell(m.column ?? '').trim();
        if (text !== '') answers[id] = text;
        columnOfPointer.set(`#/answers/${id}`, m.column ?? '');
        continue;
      }
      const question = questions.get(id)!;
      const value = readQuestion(question, m, cell, errors);
      if (value !== undefined) answers[id] = value;
      if (m.column !== undefined) columnOfPointer.set(`#/answers/${id}`, m.column);
      for (const [row, column] of Object.entries(m.rows ?? {})) columnOfPointer.set(`#/answers/${id}/${row}`, column);
    }
    if (errors.length === 0) {
      const check = validateResponse(definition, answers, logic);
      if (!check.ok) {
        for (const e of check.errors) {
          const column = columnOfPointer.get(e.pointer);
          errors.push(column ? { ...e, column } : e);
        }
      } else {
        seen.set(respondentId, line);
        accepted.push({ line, respondentId, lang, answers: check.answers });
        return;
      }
    }
    if (respondentId !== '' && !seen.has(respondentId)) seen.set(respondentId, line);
    rejected.push({ line, respondentId: respondentId === '' ? null : respondentId, errors });
  });
  return { mappingErrors, accepted, rejected };
}
