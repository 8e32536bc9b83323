/**
 * `kohtaamo-tally FILE.pb --rule greedy|mes|phragmen [--utility cost|approval|points]
 *  [--completion none|add1|add1-exhaustive|add1-greedy] [--tie-breaking lowest-cost,most-votes,lot]
 *  [--lot ID,ID,…] [--json]`
 *
 * Recomputes a participatory-budgeting result from a Pabulib file, exactly, so that anyone
 * (auditors, researchers, residents) can check a city's result. Prints the winners' ids (in the
 * order the rule funded them) and their total cost; with --json as one JSON object.
 * Exit codes: 0 done, 1 the file could not be read, 2 wrong arguments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Completion } from './equal-shares.js';
import { electionFromPabulib, parsePabulib } from './pabulib.js';
import { tally, type WinnerRule } from './tally.js';
import type { TieBreakCriterion } from './tie-breaking.js';
import type { Utility } from './utility.js';

const RULES = ['greedy', 'mes', 'phragmen'] as const;
const UTILITIES = ['cost', 'approval', 'points'] as const;
const COMPLETIONS = ['none', 'add1', 'add1-exhaustive', 'add1-greedy'] as const;
const CRITERIA = ['lowest-cost', 'most-votes', 'lot'] as const;

const USAGE = `Usage: kohtaamo-tally FILE.pb --rule greedy|mes|phragmen [options]

  --rule          greedy (most votes first, skipping what does not fit), mes (Method of Equal
                  Shares) or phragmen (sequential Phragmén)
  --utility       cost (default), approval or points: how a supporter values a project
                  (greedy: cost = by votes, approval = by votes per unit of cost)
  --completion    mes only: none (default), add1 (raise the per-voter budget by 1 while the
                  outcome fits), add1-exhaustive (stop at the first exhaustive outcome),
                  add1-greedy (add1-exhaustive, then most votes first)
  --tie-breaking  comma-separated order (default lowest-cost,most-votes,lot)
  --lot           the lot drawn in advance: project ids in order, comma-separated
                  (default: ids compared as text, as pabutools does)
  --json          print {"winners": [...], "cost": ...} as JSON
`;

class UsageError extends Error {}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required (${allowed.join(', ')})`);
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rule: { type: 'string' },
        utility: { type: 'string' },
        completion: { type: 'string' },
        'tie-breaking': { type: 'string' },
        lot: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  let rule: WinnerRule, utility: Utility, completion: Completion, order: TieBreakCriterion[];
  try {
    if (positionals.length !== 1) throw new UsageError('Give exactly one .pb file');
    rule = pick('rule', values.rule, RULES);
    utility = pick('utility', values.utility, UTILITIES, 'cost');
    completion = pick('completion', values.completion, COMPLETIONS, 'none');
    if (rule !== 'mes' && completion !== 'none') throw new UsageError('--completion applies to --rule mes only');
    order = (values['tie-breaking'] ?? 'lowest-cost,most-votes,lot').split(',').map((c) => pick('tie-breaking', c.trim(), CRITERIA));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  const path = positionals[0]!;
  let election;
  try {
    election = electionFromPabulib(parsePabulib(readFileSync(path, 'utf8')));
  } catch (e) {
    err(`${path}: ${(e as Error).message}\n`);
    return 1;
  }
  const lot = values.lot?.split(',').map((id) => id.trim());
  const result = tally(election, { rule, utility, completion, tieBreaking: { order, ...(lot ? { lot } : {}) } });
  const cost = result.cost.isInteger() ? Number(result.cost.num) : result.cost.toString();
  if (values.json) {
    out(
      `${JSON.stringify({
        file: path,
        rule,
        utility,
        completion,
        tieBreaking: order,
        winners: result.winners,
        cost,
        ...(result.perVoterBudget ? { perVoterBudget: result.perVoterBudget.toString() } : {}),
      })}\n`,
    );
  } else {
    out(`${result.winners.length} winners, total cost ${cost}:\n${result.winners.join(' ')}\n`);
  }
  return 0;
}
