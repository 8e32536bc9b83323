// Responses as CSV with a codebook: one row per response, one column per answer cell (a matrix
// row, a multiple-choice option as 0/1, a rank place, an "other" text), and a codebook that
// says for each column its question, its text in fi/sv/en and what its codes mean.
import { CANT_SAY_VALUE, OTHER_VALUE, questionPlaces, type SurveyAnswers, type SurveyDefinition, type SurveyText } from '@kohtaamo/core';

export interface CodebookColumn {
  readonly column: string;
  readonly question: string | null;
  readonly type: string;
  readonly text: SurveyText | null;
  /** code → meaning, for coded columns. */
  readonly values?: Readonly<Record<string, SurveyText | string>>;
}

interface Column extends CodebookColumn {
  readonly read: (answers: SurveyAnswers) => string;
}

const str = (x: unknown): string => (x === undefined || x === null ? '' : typeof x === 'boolean' ? (x ? '1' : '0') : String(x));
const META = (text: string): SurveyText => ({ fi: text, sv: text, en: text });

function columnsOf(definition: SurveyDefinition): Column[] {
  const out: Column[] = [];
  for (const { question: q } of questionPlaces(definition)) {
    switch (q.type) {
      case 'info':
        break;
      case 'matrix':
        for (const row of q.rows) {
          out.push({
            column: `${q.id}.${row.id}`,
            question: q.id,
            type: 'matrix-row',
            text: row.text,
            values: Object.fromEntries([...q.columns.map((c) => [String(c.value), c.text] as const), ...(q.cantSay ? [[CANT_SAY_VALUE, q.cantSay] as const] : [])]),
            read: (a) => str((a[q.id] as Record<string, unknown> | undefined)?.[row.id]),
          });
        }
        break;
      case 'multiple_choice':
        for (const o of [...q.options, ...(q.other ? [{ value: OTHER_VALUE, text: q.other.text }] : [])]) {
          out.push({ column: `${q.id}.${o.value}`, question: q.id, type: 'multiple-choice-option', text: o.text, values: { '1': 'chosen', '0': 'not chosen' }, read: (a) => (Array.isArray(a[q.id]) ? ((a[q.id] as string[]).includes(o.value) ? '1' : '0') : '') });
        }
        break;
      case 'ranking': {
        const places = Math.min(q.rankCount ?? q.options.length, q.options.length);
        for (let i = 0; i < places; i++) {
          out.push({ column: `${q.id}.${i + 1}`, question: q.id, type: 'rank-place', text: q.text, values: Object.fromEntries(q.options.map((o) => [o.value, o.text])), read: (a) => str((a[q.id] as string[] | undefined)?.[i]) });
        }
        break;
      }
      default: {
        const values =
          'options' in q
            ? Object.fromEntries([...q.options.map((o) => [o.value, o.text] as const), ...('other' in q && q.other ? [[OTHER_VALUE, q.other.text] as const] : [])])
            : q.type === 'yes_no'
              ? { '1': 'yes', '0': 'no' }
              : q.type === 'rating'
                ? { [String(q.min)]: q.minLabel, [String(q.max)]: q.maxLabel, ...(q.cantSay ? { [CANT_SAY_VALUE]: q.cantSay } : {}) }
                : q.type === 'recommendation'
                  ? { '0': q.minLabel, '10': q.maxLabel }
                  : undefined;
        out.push({ column: q.id, question: q.id, type: q.type, text: q.text, ...(values ? { values } : {}), read: (a) => str(a[q.id]) });
      }
    }
    if ((q.type === 'single_choice' || q.type === 'multiple_choice') && q.other) {
      const key = `${q.id}.${OTHER_VALUE}`;
      out.push({ column: `${key}_text`, question: q.id, type: 'other-text', text: q.other.text, read: (a) => str(a[key]) });
    }
  }
  return out;
}

/** A cell as CSV: quoted when needed, and a leading = + - @ neutralised so spreadsheets do not run it. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ExportRow {
  readonly mode: string;
  readonly lang: string;
  readonly receivedOn: string;
  readonly respondentId: string | null;
  readonly answers: SurveyAnswers;
}

const metaColumns = ['response', 'mode', 'lang', 'received_on', 'respondent_id'];

/** The responses as CSV (comma-separated, UTF-8, CRLF), numbered 1… in the order given. */
export function responsesCsv(definition: SurveyDefinition, rows: readonly ExportRow[]): string {
  const columns = columnsOf(definition);
  const lines = [[...metaColumns, ...columns.map((c) => c.column)].map(cell).join(',')];
  rows.forEach((row, i) => {
    lines.push([String(i + 1), row.mode, row.lang, row.receivedOn, row.respondentId ?? '', ...columns.map((c) => c.read(row.answers))].map(cell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** What each column of the CSV means. */
export function codebook(definition: SurveyDefinition): { survey: string; version: number; title: SurveyText; columns: CodebookColumn[] } {
  const meta: CodebookColumn[] = [
    { column: 'response', question: null, type: 'sequence', text: META('Row number of the export (not stored)') },
    { column: 'mode', question: null, type: 'code', text: META('How the response came'), values: { web: 'open web', invitation: 'invitation token', interviewer: 'interviewer', import: 'vendor file' } },
    { column: 'lang', question: null, type: 'code', text: META('Language of the answers'), values: { fi: 'suomi', sv: 'svenska', en: 'English' } },
    { column: 'received_on', question: null, type: 'date', text: META('Day received (Europe/Helsinki); times are not stored') },
    { column: 'respondent_id', question: null, type: 'text', text: META('The vendor’s respondent id (interviews and imports)') },
  ];
  return { survey: definition.id, version: definition.version, title: definition.title, columns: [...meta, ...columnsOf(definition).map(({ read: _read, ...c }) => c)] };
}
