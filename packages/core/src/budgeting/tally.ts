import { totalCost, type Election } from './election.js';
import { equalSharesDetailed, type Completion } from './equal-shares.js';
import { greedy } from './greedy.js';
import { phragmen } from './phragmen.js';
import type { Rational } from './rational.js';
import type { TieBreaking } from './tie-breaking.js';
import type { Utility } from './utility.js';

export type WinnerRule = 'greedy' | 'mes' | 'phragmen';

export interface TallyOptions {
  readonly rule: WinnerRule;
  /** Default `cost` (greedy: most votes first; equal shares: cost-utility). Phragmén ignores it. */
  readonly utility?: Utility;
  /** Equal shares only; default `none`. */
  readonly completion?: Completion;
  readonly tieBreaking?: TieBreaking;
}

export interface TallyResult {
  /** Winning project ids in the order the rule funded them. */
  readonly winners: string[];
  /** Their total cost, exact. */
  readonly cost: Rational;
  /** Equal shares: the per-voter budget of the run that gave the outcome. */
  readonly perVoterBudget?: Rational;
}

/** Computes the winners of an election under a rule: the one entry point of the CLI and the server. */
export function tally(election: Election, options: TallyOptions): TallyResult {
  const utility = options.utility ?? 'cost';
  let winners: number[];
  let perVoterBudget: Rational | undefined;
  switch (options.rule) {
    case 'greedy':
      winners = greedy(election, { utility, tieBreaking: options.tieBreaking });
      break;
    case 'mes': {
      const r = equalSharesDetailed(election, { utility, completion: options.completion ?? 'none', tieBreaking: options.tieBreaking });
      winners = r.winners;
      perVoterBudget = r.perVoterBudget;
      break;
    }
    case 'phragmen':
      winners = phragmen(election, { tieBreaking: options.tieBreaking });
      break;
  }
  return {
    winners: winners.map((p) => election.projects[p]!.id),
    cost: totalCost(election, winners),
    ...(perVoterBudget ? { perVoterBudget } : {}),
  };
}
