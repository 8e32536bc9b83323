/**
 * What the tally worker computes (ADR 0055), pure: from a round's ballots, grouped by their
 * stored choices, each budget's result under its frozen rules, its Pabulib file, and the
 * round's sorted receipt list with its SHA-256. Equal shares over 100,000 ballots takes
 * seconds of CPU, and sorting and hashing the receipts grows with the ballots too: all of it
 * runs in budgeting-tally.worker.ts, never on the event loop, once per computation.
 */
import { publishedReceiptList, receiptListDigest, type BallotChoice, type BudgetRules } from '@kohtaamo/core';
import { budgetResult, pabulibText, type BudgetResult } from './budgeting.results.js';

export interface TallyBudgetInput {
  readonly id: string;
  readonly name: string;
  readonly amount: number;
  /** The frozen BudgetRules as stored (JSON). */
  readonly rulesJson: string;
  readonly titles: readonly (readonly [string, string])[];
  /** Each distinct stored choices JSON and how many ballots hold it. */
  readonly groups: readonly (readonly [string, number])[];
  /** The result when it is kept already (only the file and the receipts are made then). */
  readonly resultJson?: string;
}

export interface TallyInput {
  readonly round: { readonly id: string; readonly title: string };
  readonly cityName: string;
  readonly budgets: readonly TallyBudgetInput[];
  /** Every receipt code of the round, comma-separated. */
  readonly receiptCodes: string;
}

export interface TallyOutput {
  readonly budgets: readonly { readonly id: string; readonly resultJson: string; readonly exportPb: string }[];
  readonly receipts: { readonly count: number; readonly sha256: string; readonly listJson: string };
}

export async function tallyRound(input: TallyInput): Promise<TallyOutput> {
  const budgets = input.budgets.map((b) => {
    const rules = JSON.parse(b.rulesJson) as BudgetRules;
    const ballots: BallotChoice[][] = [];
    for (const [json, count] of b.groups) {
      const choices = JSON.parse(json) as BallotChoice[];
      for (let i = 0; i < count; i++) ballots.push(choices);
    }
    const result = b.resultJson !== undefined ? (JSON.parse(b.resultJson) as BudgetResult) : budgetResult(b.id, b.amount, rules, ballots, new Map(b.titles));
    const exportPb = pabulibText({ round: input.round, budget: { id: b.id, name: b.name }, cityName: input.cityName }, rules, result, ballots);
    return { id: b.id, resultJson: b.resultJson ?? JSON.stringify(result), exportPb };
  });
  const codes = input.receiptCodes === '' ? [] : input.receiptCodes.split(',');
  const list = publishedReceiptList(codes);
  return { budgets, receipts: { count: codes.length, sha256: await receiptListDigest(list), listJson: JSON.stringify(list) } };
}
