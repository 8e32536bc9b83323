// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF) for survey data files:
// the weighting command's input and vendors' interview files. The separator is found from the
// header row (comma, semicolon as Finnish spreadsheets write it, or tab). Errors name the line.

export class CsvError extends Error {
  constructor(
    readonly code: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvTable {
  readonly header: readonly string[];
  /** Rows of fields, as many as the header has; `lines[i]` is the line where row i starts. */
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  readonly separator: string;
}

function detectSeparator(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

/** Reads a CSV text with a header row. Blank lines are skipped. */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = '';
  let record: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && !fieldStarted) {
      // A quoted field: read to the closing quote; "" is a quote.
      quoted = true;
      fieldStarted = true;
      const openLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError('csv.unterminatedQuote', openLine, `line ${openLine}: a quoted field is not closed`);
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === '\n') line++;
        field += d;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        throw new CsvError('csv.textAfterQuote', line, `line ${line}: text after a closing quote`);
      }
      continue;
    }
    if (c === separator) {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"' && !quoted) throw new CsvError('csv.strayQuote', line, `line ${line}: a quote inside an unquoted field`);
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || record.length > 0 || field !== '') endRecord();
  if (records.length === 0) throw new CsvError('csv.empty', 1, 'the file is empty: a header row is needed');
  const [header, ...rows] = records;
  const seen = new Set<string>();
  header!.forEach((name, k) => {
    const trimmed = name.trim();
    if (trimmed === '') throw new CsvError('csv.blankColumn', lines[0]!, `header: column ${k + 1} has no name`);
    if (seen.has(trimmed)) throw new CsvError('csv.duplicateColumn', lines[0]!, `header: the column "${trimmed}" appears twice`);
    seen.add(trimmed);
  });
  rows.forEach((row, r) => {
    if (row.length !== header!.length) {
      throw new CsvError('csv.fieldCount', lines[r + 1]!, `line ${lines[r + 1]}: ${row.length} fields, but the header has ${header!.length}`);
    }
  });
  return { header: header!.map((h) => h.trim()), rows, lines: lines.slice(1), separator };
}
