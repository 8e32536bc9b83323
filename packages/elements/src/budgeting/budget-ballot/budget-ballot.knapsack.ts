// A knapsack ballot's own parts of <kohtaamo-budget-ballot>: its rules in words, what the choices
// cost and a project that no longer fits in the money left, imported only when the ballot paper's
// rule is knapsack (approval and points ballots never load it; issue 7, ADR 0106). Its texts come with it.
import { createMessages, lazyBallotKnapsackMessages, type Locale } from '@kohtaamo/core';
import { euros } from '../money.js';

const messages = /* @__PURE__ */ createMessages(lazyBallotKnapsackMessages);

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** What this part reads of the ballot element. */
export interface KnapsackHost {
  readonly locale: Locale;
  requestUpdate(): void;
}

const translator = (host: KnapsackHost) => {
  const locale = host.locale;
  if (!messages.isLoaded(locale)) void messages.load(locale).then(() => host.requestUpdate());
  return messages.translator(locale);
};

/** The rules of a knapsack ballot in words: the money to fit in, and the least share to spend. */
export function knapsackRules(host: KnapsackHost, budget: number, minShareSpent: number): string[] {
  const t = translator(host);
  const texts = [t('budgeting.ui.rules.knapsack', { budget: euros(host.locale, budget) })];
  if (minShareSpent > 0) texts.push(t('budgeting.ui.rules.minShare', { percent: Math.round(minShareSpent * 100) }));
  return texts;
}

/** What the chosen projects cost, as the tally says it. */
export const spent = (host: KnapsackHost, total: number): string => translator(host)('budgeting.ui.spent', { total: euros(host.locale, total) });

/** "Does not fit in the money left", said by a project that no longer fits. */
export const doesNotFit = (host: KnapsackHost): string => translator(host)('budgeting.ui.doesNotFit');
