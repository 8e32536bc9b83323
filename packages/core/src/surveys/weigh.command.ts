// The `kohtaamo-weigh` command for statisticians and auditors: re-runs the weighting of a survey
// from files. Pure: the launcher (packages/core/bin/kohtaamo-weigh.js) reads the files and
// prints; everything else is here, so tests run it without a process.
//
//   kohtaamo-weigh --data FILE.csv --margins FILE.json --method poststratify --cells a,b
//   kohtaamo-weigh --data FILE.csv --margins FILE.json --method rake --rake a,b,c
//       [--trim LOW,HIGH] [--estimate col1,col2,...] [--json]
//       [--base-weight COLUMN] [--epsilon E] [--max-iterations N] [--trim-once]
import { CsvError, parseCsv, type CsvTable } from './csv.js';
import { weightedMean } from './estimation.js';
import { baseDesign, postStratify, rake, trimWeights, weightSummary, WeightingError, type Margin, type WeightSummary } from './weighting.js';

export const WEIGH_USAGE = `Usage:
  kohtaamo-weigh --data FILE.csv --margins FILE.json --method poststratify --cells a,b [options]
  kohtaamo-weigh --data FILE.csv --margins FILE.json --method rake --rake a,b,c [options]

Weights survey responses to population margins as R's survey package does (postStratify, rake,
trimWeights) and estimates weighted means with linearisation standard errors.

  --data FILE.csv       responses: a header row, an "id" column, any other columns
  --margins FILE.json   population totals: "var": {"level": total, ...} for one variable,
                        "name": [{"a": "...", "b": "...", "total": N}, ...] for a joint table
  --method M            poststratify | rake
  --cells a,b           post-stratification cells: one variable's margin, or the joint table
                        over these columns
  --rake a,b,c          raking margins, each a variable's margin (a*b: the joint table over a and b)
  --trim LOW,HIGH       trim weights to [LOW, HIGH] (absolute weights), repeated until all fit
  --trim-once           trim in one pass, as R's trimWeights(strict = FALSE)
  --estimate c1,c2      weighted means (proportions for 0/1 columns) with SE and 95% interval
  --base-weight COLUMN  design weights to start from (default 1 for every response)
  --epsilon E           raking convergence (default 1e-10; below 1: relative to the weights' sum)
  --max-iterations N    most raking passes (default 1000)
  --json                print JSON: { n, weights, summary, estimates }
  --help                print this text`;

export interface WeighOptions {
  readonly method: 'poststratify' | 'rake';
  readonly cells: readonly string[];
  readonly rake: readonly string[];
  readonly trim?: readonly [number, number];
  readonly trimStrict: boolean;
  readonly estimate: readonly string[];
  readonly baseWeight?: string;
  readonly epsilon?: number;
  readonly maxIterations?: number;
}

export interface WeighOutput {
  readonly n: number;
  readonly weights: Record<string, number>;
  readonly summary: WeightSummary;
  readonly estimates: Record<string, { estimate: number; se: number; ci95: [number, number] }>;
}

export interface WeighResult {
  readonly output: WeighOutput;
  readonly iterations?: number;
  readonly converged?: boolean;
}

/** A wrong command line: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter((s) => s !== '');

export interface WeighArgs extends WeighOptions {
  readonly data: string;
  readonly margins: string;
  readonly json: boolean;
  readonly help: boolean;
}

/** Reads the command line. Throws a {@link UsageError} that says what is wrong. */
export function parseWeighArgs(argv: readonly string[]): WeighArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const takesValue = new Set(['data', 'margins', 'method', 'cells', 'rake', 'trim', 'estimate', 'base-weight', 'epsilon', 'max-iterations']);
  const switches = new Set(['json', 'help', 'trim-once']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (switches.has(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!takesValue.has(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (values.has(name)) throw new UsageError(`--${name} is given twice`);
    values.set(name, value);
  }
  const help = flags.has('help');
  if (help) return { help, data: '', margins: '', json: false, method: 'rake', cells: [], rake: [], trimStrict: true, estimate: [] };
  const required = (name: string) => {
    const value = values.get(name);
    if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
    return value;
  };
  const method = required('method');
  if (method !== 'poststratify' && method !== 'rake') throw new UsageError(`--method must be poststratify or rake, not "${method}"`);
  const cells = list(values.get('cells') ?? '');
  const rakeMargins = list(values.get('rake') ?? '');
  if (method === 'poststratify' && cells.length === 0) throw new UsageError('--method poststratify needs --cells a,b');
  if (method === 'rake' && rakeMargins.length === 0) throw new UsageError('--method rake needs --rake a,b,c');
  if (method === 'poststratify' && values.has('rake')) throw new UsageError('--rake is for --method rake; post-stratification takes --cells');
  if (method === 'rake' && values.has('cells')) throw new UsageError('--cells is for --method poststratify; raking takes --rake');
  let trim: [number, number] | undefined;
  if (values.has('trim')) {
    const parts = values.get('trim')!.split(',').map((s) => s.trim());
    const [low, high] = parts.map(Number);
    if (parts.length !== 2 || parts.some((p) => p === '') || !Number.isFinite(low) || !Number.isFinite(high) || low! > high! || low! < 0) {
      throw new UsageError(`--trim needs LOW,HIGH with 0 ≤ LOW ≤ HIGH, e.g. --trim 5,200; got "${values.get('trim')}"`);
    }
    trim = [low!, high!];
  }
  if (flags.has('trim-once') && !trim) throw new UsageError('--trim-once needs --trim LOW,HIGH');
  const number = (name: string, check: (x: number) => boolean, what: string): number | undefined => {
    if (!values.has(name)) return undefined;
    const x = Number(values.get(name));
    if (!Number.isFinite(x) || !check(x)) throw new UsageError(`--${name} must be ${what}, not "${values.get(name)}"`);
    return x;
  };
  const epsilon = number('epsilon', (x) => x > 0, 'a positive number');
  const maxIterations = number('max-iterations', (x) => Number.isInteger(x) && x >= 1, 'a whole number ≥ 1');
  if (method === 'poststratify' && (epsilon !== undefined || maxIterations !== undefined)) {
    throw new UsageError('--epsilon and --max-iterations are for --method rake');
  }
  return {
    help,
    data: required('data'),
    margins: required('margins'),
    json: flags.has('json'),
    method,
    cells,
    rake: rakeMargins,
    ...(trim ? { trim } : {}),
    trimStrict: !flags.has('trim-once'),
    estimate: list(values.get('estimate') ?? ''),
    ...(values.has('base-weight') ? { baseWeight: values.get('base-weight')! } : {}),
    ...(epsilon !== undefined ? { epsilon } : {}),
    ...(maxIterations !== undefined ? { maxIterations } : {}),
  };
}

/** A data or margins problem: exit status 1. */
export class InputError extends Error {
  override name = 'InputError';
}

type MarginSource =
  | { readonly kind: 'variable'; readonly totals: Map<string, number> }
  | { readonly kind: 'table'; readonly variables: string[]; readonly totals: Map<string, number> };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Why a margins key cannot serve as a margin, or the margin it is. */
function readMargin(key: string, value: unknown): MarginSource | string {
  if (isPlainObject(value)) {
    const totals = new Map<string, number>();
    for (const [level, total] of Object.entries(value)) {
      if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
        return `"${key}"."${level}" is ${JSON.stringify(total)}, not a population total (a number ≥ 0)`;
      }
      totals.set(level, total);
    }
    if (totals.size === 0) return `"${key}" has no levels`;
    return { kind: 'variable', totals };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `"${key}" is an empty table`;
    let variables: string[] | undefined;
    const totals = new Map<string, number>();
    for (let r = 0; r < value.length; r++) {
      const row = value[r];
      if (!isPlainObject(row)) return `"${key}"[${r}] is not an object`;
      const total = row.total;
      if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) return `"${key}"[${r}].total is ${JSON.stringify(total)}, not a number ≥ 0`;
      const names = Object.keys(row).filter((k) => k !== 'total').sort();
      if (names.length === 0) return `"${key}"[${r}] names no variable besides total`;
      if (variables && names.join() !== variables.join()) return `"${key}"[${r}] has the variables ${names.join(', ')}, the first row ${variables.join(', ')}`;
      variables = names;
      const levels: string[] = [];
      for (const name of names) {
        const level = row[name];
        if (typeof level !== 'string' && typeof level !== 'number') return `"${key}"[${r}].${name} is not a level (text or number)`;
        levels.push(String(level));
      }
      const cell = levels.join('\u0000');
      if (totals.has(cell)) return `"${key}" has the cell ${levels.join(' × ')} twice`;
      totals.set(cell, total);
    }
    return { kind: 'table', variables: variables!, totals };
  }
  return `"${key}" is neither a map of levels to totals nor a table of cells with "total"`;
}

interface Data {
  readonly ids: string[];
  readonly table: CsvTable;
  readonly column: (name: string) => string[];
}

function readData(table: CsvTable): Data {
  const idColumn = table.header.indexOf('id');
  if (idColumn === -1) throw new InputError(`the data has no "id" column (columns: ${table.header.join(', ')})`);
  const ids: string[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, r) => {
    const id = row[idColumn]!.trim();
    if (id === '') throw new InputError(`line ${table.lines[r]}: the id is blank`);
    if (seen.has(id)) throw new InputError(`line ${table.lines[r]}: the id "${id}" is already on line ${seen.get(id)}`);
    seen.set(id, table.lines[r]!);
    ids.push(id);
  });
  if (ids.length < 2) throw new InputError(`the data has ${ids.length} response${ids.length === 1 ? '' : 's'}; weighting needs at least 2`);
  const column = (name: string): string[] => {
    const k = table.header.indexOf(name);
    if (k === -1) throw new InputError(`the data has no column "${name}" (columns: ${table.header.join(', ')})`);
    return table.rows.map((row) => row[k]!.trim());
  };
  return { ids, table, column };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function numericColumn(data: Data, name: string, allowMissing: boolean): (number | null)[] {
  const decimalComma = data.table.separator !== ',';
  return data.column(name).map((text, r) => {
    if (text === '' || text === 'NA') {
      if (allowMissing) return null;
      throw new InputError(`column "${name}": the response "${data.ids[r]}" (line ${data.table.lines[r]}) has no value`);
    }
    const normal = decimalComma ? text.replace(',', '.') : text;
    if (!NUMBER.test(normal)) {
      throw new InputError(`column "${name}" is not numeric: the response "${data.ids[r]}" (line ${data.table.lines[r]}) has "${text}"`);
    }
    return Number(normal);
  });
}

function levelsOf(data: Data, variables: readonly string[]): string[] {
  const columns = variables.map((name) => data.column(name));
  return data.ids.map((id, r) =>
    columns
      .map((column, v) => {
        const level = column[r]!;
        if (level === '' || level === 'NA') {
          throw new InputError(`the response "${id}" (line ${data.table.lines[r]}) has no value for "${variables[v]}"; weighting needs every weighting variable`);
        }
        return level;
      })
      .join('\u0000'),
  );
}

/** The margin for a set of columns: one variable's map, or the joint table over exactly these columns. */
function marginFor(data: Data, margins: Record<string, unknown>, variables: readonly string[]): Margin {
  for (const name of variables) data.column(name);
  const wanted = [...variables].sort();
  const problems: string[] = [];
  if (variables.length === 1 && variables[0]! in margins) {
    const source = readMargin(variables[0]!, margins[variables[0]!]);
    if (typeof source !== 'string' && source.kind === 'variable') {
      return { name: variables[0]!, levels: levelsOf(data, variables), population: source.totals };
    }
    if (typeof source === 'string') problems.push(source);
  }
  for (const [key, value] of Object.entries(margins)) {
    if (!Array.isArray(value)) continue;
    const source = readMargin(key, value);
    if (typeof source === 'string') {
      problems.push(source);
      continue;
    }
    if (source.kind === 'table' && source.variables.join() === wanted.join()) {
      return { name: `${key} (${source.variables.join(' × ')})`, levels: levelsOf(data, source.variables), population: source.totals };
    }
  }
  const available = Object.entries(margins)
    .map(([key, value]) => {
      const source = readMargin(key, value);
      if (typeof source === 'string') return undefined;
      return source.kind === 'variable' ? key : `${source.variables.join('*')} (table "${key}")`;
    })
    .filter((x) => x !== undefined);
  const what = variables.length === 1 ? `the variable "${variables[0]}"` : `a joint table over ${variables.join(', ')}`;
  throw new InputError(
    `the margins have no margin for ${what}${problems.length > 0 ? `: ${problems.join('; ')}` : ''} (margins found: ${available.join(', ') || 'none'})`,
  );
}

/** Runs the weighting on parsed inputs. Throws InputError or WeightingError on bad data. */
export function weigh(table: CsvTable, margins: unknown, options: WeighOptions): WeighResult {
  if (!isPlainObject(margins)) throw new InputError('the margins file must hold a JSON object');
  const data = readData(table);
  for (const name of options.estimate) data.column(name);
  const base = options.baseWeight !== undefined ? numericColumn(data, options.baseWeight, false) : undefined;
  let design = baseDesign(data.ids.length, base as number[] | undefined);
  let iterations: number | undefined;
  let converged: boolean | undefined;
  if (options.method === 'poststratify') {
    design = postStratify(design, marginFor(data, margins, options.cells));
  } else {
    const rakeMargins = options.rake.map((item) => marginFor(data, margins, item.split('*').map((s) => s.trim())));
    const totals = rakeMargins.map((m) => [...m.population.values()].reduce((a, b) => a + b, 0));
    const spread = Math.max(...totals) - Math.min(...totals);
    if (spread > 1e-9 * Math.max(...totals)) {
      throw new InputError(
        `the raking margins have different totals (${rakeMargins.map((m, k) => `${m.name}: ${totals[k]}`).join(', ')}); raking cannot meet them all`,
      );
    }
    const result = rake(design, rakeMargins, {
      ...(options.epsilon !== undefined ? { epsilon: options.epsilon } : {}),
      ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
    });
    if (!result.converged) {
      throw new InputError(
        `raking did not converge in ${result.iterations} passes; check that the margins fit together and that no cell combination is empty, or raise --max-iterations`,
      );
    }
    design = result.design;
    iterations = result.iterations;
    converged = result.converged;
  }
  if (options.trim) design = trimWeights(design, options.trim[0], options.trim[1], { strict: options.trimStrict });

  const weights: Record<string, number> = {};
  data.ids.forEach((id, i) => (weights[id] = design.weights[i]!));
  const estimates: WeighOutput['estimates'] = {};
  for (const name of options.estimate) {
    const values = numericColumn(data, name, true);
    if (values.every((v) => v === null)) throw new InputError(`column "${name}" has no values to estimate from`);
    const { estimate, se, ci95 } = weightedMean(design, values);
    estimates[name] = { estimate, se, ci95: [ci95[0], ci95[1]] };
  }
  return {
    output: { n: data.ids.length, weights, summary: weightSummary(design.weights), estimates },
    ...(iterations !== undefined ? { iterations, converged: converged! } : {}),
  };
}

export interface CommandIo {
  /** Reads a file as UTF-8 text; throws (as node:fs does) when it cannot. */
  readText(path: string): string;
}

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const fixed = (x: number, digits = 4) => (Math.abs(x) >= 1e6 ? x.toExponential(digits) : x.toFixed(digits));

function report(args: WeighArgs, result: WeighResult): string {
  const { output } = result;
  const lines: string[] = [];
  const how =
    args.method === 'poststratify'
      ? `post-stratified on ${args.cells.join(' × ')}`
      : `raked on ${args.rake.join(', ')}: converged after ${result.iterations} pass${result.iterations === 1 ? '' : 'es'}`;
  lines.push(`kohtaamo-weigh: ${output.n} responses ${how}${args.trim ? `, trimmed to [${args.trim[0]}, ${args.trim[1]}]` : ''}`);
  const s = output.summary;
  lines.push(`  sum of weights   ${fixed(s.sum)}`, `  smallest weight  ${fixed(s.min)}`, `  largest weight   ${fixed(s.max)}`);
  lines.push(`  Kish effective n ${fixed(s.kish_n_eff, 1)}`, `  Kish deff        ${fixed(s.kish_deff)}`);
  const names = Object.keys(output.estimates);
  if (names.length > 0) {
    const width = Math.max(8, ...names.map((n) => n.length));
    lines.push('', `  ${'column'.padEnd(width)}  ${'estimate'.padStart(10)}  ${'SE'.padStart(10)}  95% interval`);
    for (const name of names) {
      const e = output.estimates[name]!;
      lines.push(`  ${name.padEnd(width)}  ${fixed(e.estimate).padStart(10)}  ${fixed(e.se).padStart(10)}  ${fixed(e.ci95[0])} – ${fixed(e.ci95[1])}`);
    }
  }
  lines.push('', 'Weights by id: add --json.');
  return lines.join('\n') + '\n';
}

/** The whole command: arguments in, text out, and the exit status (0 ok, 1 bad input, 2 bad usage). */
export function runWeighCommand(argv: readonly string[], io: CommandIo): CommandResult {
  let args: WeighArgs;
  try {
    args = parseWeighArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: `kohtaamo-weigh: ${error.message}\nTry kohtaamo-weigh --help\n`, exitCode: 2 };
    throw error;
  }
  if (args.help) return { stdout: `${WEIGH_USAGE}\n`, stderr: '', exitCode: 0 };
  const fail = (message: string): CommandResult => ({ stdout: '', stderr: `kohtaamo-weigh: ${message}\n`, exitCode: 1 });
  const read = (path: string, what: string): string => {
    try {
      return io.readText(path);
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new InputError(`cannot read the ${what} file ${path}: ${reason}`);
    }
  };
  try {
    const table = parseCsv(read(args.data, 'data'));
    const marginsText = read(args.margins, 'margins');
    let margins: unknown;
    try {
      margins = JSON.parse(marginsText);
    } catch (error) {
      throw new InputError(`the margins file ${args.margins} is not valid JSON: ${(error as Error).message}`);
    }
    const result = weigh(table, margins, args);
    return { stdout: args.json ? `${JSON.stringify(result.output, null, 2)}\n` : report(args, result), stderr: '', exitCode: 0 };
  } catch (error) {
    if (error instanceof CsvError) return fail(`${args.data}: ${error.message}`);
    if (error instanceof InputError || error instanceof WeightingError) return fail(error.message);
    throw error;
  }
}
