/**
 * Pabulib `.pb` files (https://pabulib.org/format), the format pabutools, equalshares.net and
 * Decidim read and write: three sections `META`, `PROJECTS` and `VOTES`, each a title line, a
 * header line, then rows of `;`-separated fields; `"` quotes a field that holds `;`, a quote
 * (doubled) or a line break. UTF-8, with or without a byte-order mark, LF or CRLF line ends.
 */
import { buildElection, type Election, type RawBallot } from './election.js';
import { Rational } from './rational.js';

export interface PabulibSection {
  /** Column names from the header line, in file order. */
  readonly columns: readonly string[];
  /** One record per row: column name → field text. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

export interface PabulibFile {
  /** `META` key → value, in file order. */
  readonly meta: Readonly<Record<string, string>>;
  readonly projects: PabulibSection;
  readonly votes: PabulibSection;
}

const SECTIONS = ['META', 'PROJECTS', 'VOTES'] as const;

/** Splits the text into rows of fields, honouring quotes (which may span line breaks). */
function* records(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (i < n && text[i] === '"') {
        // A quoted field: up to the closing quote; "" is one quote.
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) throw new SyntaxError('Pabulib: a quoted field is never closed');
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        }
      }
      // Plain text up to the next ; or line end.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 59 /* ; */ || c === 10 /* \n */ || c === 13 /* \r */) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
      fields.push(field);
      field = '';
      if (i < n && text.charCodeAt(i) === 59) {
        i++;
        continue;
      }
      if (i < n && text.charCodeAt(i) === 13) i++;
      if (i < n && text.charCodeAt(i) === 10) i++;
      break;
    }
    if (fields.length === 1 && fields[0] === '') continue; // a blank line
    yield fields;
  }
}

/** Reads a `.pb` file's text. Throws a SyntaxError naming the problem when it is not one. */
export function parsePabulib(text: string): PabulibFile {
  const meta: Record<string, string> = {};
  const sections: Record<'PROJECTS' | 'VOTES', { columns: string[]; rows: Record<string, string>[] }> = {
    PROJECTS: { columns: [], rows: [] },
    VOTES: { columns: [], rows: [] },
  };
  let current: (typeof SECTIONS)[number] | null = null;
  let header: string[] | null = null;
  const seen = new Set<string>();
  let line = 0;
  for (const fields of records(text)) {
    line++;
    const title = fields.length === 1 ? fields[0]!.trim().toUpperCase() : '';
    if ((SECTIONS as readonly string[]).includes(title)) {
      if (seen.has(title)) throw new SyntaxError(`Pabulib: section ${title} appears twice`);
      seen.add(title);
      current = title as (typeof SECTIONS)[number];
      header = null;
      continue;
    }
    if (!current) throw new SyntaxError(`Pabulib: row ${line} comes before the META section`);
    if (!header) {
      header = fields.map((f) => f.trim());
      if (current !== 'META') sections[current].columns = header;
      continue;
    }
    if (current === 'META') {
      meta[fields[0]!.trim()] = fields.slice(1).join(';').trim();
      continue;
    }
    if (fields.length !== header.length) {
      throw new SyntaxError(`Pabulib: row ${line} of ${current} has ${fields.length} fields, its header ${header.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((column, k) => (row[column] = fields[k]!));
    sections[current].rows.push(row);
  }
  for (const s of SECTIONS) if (!seen.has(s)) throw new SyntaxError(`Pabulib: the ${s} section is missing`);
  if (!sections.PROJECTS.columns.includes('project_id') || !sections.PROJECTS.columns.includes('cost')) {
    throw new SyntaxError('Pabulib: PROJECTS needs the columns project_id and cost');
  }
  if (!sections.VOTES.columns.includes('vote')) throw new SyntaxError('Pabulib: VOTES needs the column vote');
  return { meta, projects: sections.PROJECTS, votes: sections.VOTES };
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function writeSection(title: string, section: PabulibSection): string {
  const lines = [title, section.columns.map(quote).join(';')];
  for (const row of section.rows) lines.push(section.columns.map((c) => quote(row[c] ?? '')).join(';'));
  return lines.join('\n');
}

/** Writes a `.pb` file (UTF-8 without BOM, LF line ends). `parsePabulib` reads it back equal. */
export function writePabulib(file: PabulibFile): string {
  const meta: PabulibSection = {
    columns: ['key', 'value'],
    rows: Object.entries(file.meta).map(([key, value]) => ({ key, value })),
  };
  return `${writeSection('META', meta)}\n${writeSection('PROJECTS', file.projects)}\n${writeSection('VOTES', file.votes)}\n`;
}

/** Whether the file's ballots carry points (`vote_type` cumulative or scoring). */
export function hasPoints(file: PabulibFile): boolean {
  const type = (file.meta['vote_type'] ?? 'approval').toLowerCase();
  return (type === 'cumulative' || type === 'scoring') && file.votes.columns.includes('points');
}

const splitList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The election a `.pb` file describes: META `budget`, PROJECTS `project_id` and `cost`, and the
 * `vote` list of each voter (with `points` on cumulative and scoring ballots; ordinal ballots are
 * read as approvals). A voter with an empty `vote` is a blank ballot.
 */
export function electionFromPabulib(file: PabulibFile): Election {
  const budgetText = file.meta['budget'];
  if (budgetText === undefined) throw new SyntaxError('Pabulib: META has no budget');
  const budget = Rational.parse(budgetText);
  const projects = file.projects.rows.map((row) => ({ id: row['project_id']!.trim(), cost: Rational.parse(row['cost']!) }));
  const points = hasPoints(file);
  function* ballots(): Generator<RawBallot> {
    for (const row of file.votes.rows) {
      const ids = splitList(row['vote']);
      if (!points) {
        yield { projects: ids };
        continue;
      }
      const pts = splitList(row['points']).map(Number);
      if (pts.length !== ids.length) throw new SyntaxError(`Pabulib: voter ${row['voter_id'] ?? '?'} has ${ids.length} projects and ${pts.length} points`);
      yield { projects: ids, points: pts };
    }
  }
  return buildElection(budget, projects, ballots());
}

/** The `selected` column: the projects the city funded, as recorded in the file. */
export function selectedInFile(file: PabulibFile): string[] {
  return file.projects.rows.filter((r) => (r['selected'] ?? '').trim() === '1').map((r) => r['project_id']!.trim());
}

export interface PabulibExport {
  readonly meta: Readonly<Record<string, string>>;
  readonly projects: readonly { readonly id: string; readonly cost: Rational; readonly name?: string; readonly votes?: number; readonly selected?: boolean }[];
  /** Anonymised ballots, in any order: ids, and points on points ballots. */
  readonly ballots: readonly RawBallot[];
}

/**
 * A `.pb` file for publishing a round's anonymised ballots: voters are numbered 1, 2, … in the
 * order given (shuffle before calling when the stored order could link ballots to people).
 */
export function pabulibFile(data: PabulibExport): PabulibFile {
  const points = data.ballots.some((b) => b.points);
  const projectColumns = ['project_id', 'cost'];
  if (data.projects.some((p) => p.votes !== undefined)) projectColumns.push('votes');
  if (data.projects.some((p) => p.name !== undefined)) projectColumns.push('name');
  if (data.projects.some((p) => p.selected !== undefined)) projectColumns.push('selected');
  return {
    meta: {
      ...data.meta,
      num_projects: String(data.projects.length),
      num_votes: String(data.ballots.length),
      vote_type: data.meta['vote_type'] ?? (points ? 'cumulative' : 'approval'),
    },
    projects: {
      columns: projectColumns,
      rows: data.projects.map((p) => ({
        project_id: p.id,
        cost: p.cost.isInteger() ? p.cost.toString() : p.cost.toNumber().toString(),
        ...(p.votes !== undefined ? { votes: String(p.votes) } : {}),
        ...(p.name !== undefined ? { name: p.name } : {}),
        ...(p.selected !== undefined ? { selected: p.selected ? '1' : '0' } : {}),
      })),
    },
    votes: {
      columns: points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
      rows: data.ballots.map((b, i) => ({
        voter_id: String(i + 1),
        vote: b.projects.join(','),
        ...(points ? { points: (b.points ?? b.projects.map(() => 1)).join(',') } : {}),
      })),
    },
  };
}
