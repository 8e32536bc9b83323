// Why each project won or lost under the rule used, a lazy part of <kohtaamo-budget-results>
// (issue 7, ADR 0061): behind each budget's disclosure, so the results' first render (winners,
// votes, costs, the chart) carries neither these texts nor their formatting; the element
// imports it when a person opens a disclosure. It imports nothing only the entry has (the money
// format comes from the element), so rollup keeps the entry whole.
import { html, type TemplateResult } from 'lit';
import { createMessages, lazyResultsWhyMessages, type Locale, type TranslatorOf } from '@kohtaamo/core';

const messages = /* @__PURE__ */ createMessages(lazyResultsWhyMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** Why a project won or lost (the server's budgeting.results.ts `Explanation`). */
export type Explanation =
  | { kind: 'funded'; paidBySupporters?: string; rho?: string; byCompletion?: boolean }
  | { kind: 'no-votes' }
  | { kind: 'did-not-fit'; moneyLeft: string }
  | { kind: 'supporters-short'; supportersHad: string; cost: string };

/** What the explanations need of a project. */
export interface Explained {
  readonly id: string;
  readonly title: string;
  readonly fundedAs: number | null;
  readonly explanation: Explanation;
}

/** An exact amount as the server writes it ("1200", or "7000/3 (≈ 2333.33)") in whole euros. */
function amountOf(exact: string): number {
  const approx = /≈\s*(-?[\d.]+)/.exec(exact);
  return Math.round(Number(approx ? approx[1] : exact.split('/')[0]));
}

function why(t: Translator, euros: (amount: number) => string, p: Explained): string {
  const e = p.explanation;
  switch (e.kind) {
    case 'funded':
      if (e.byCompletion) return t('budgeting.results.why.completion', { place: p.fundedAs ?? '' });
      return t(e.paidBySupporters ? 'budgeting.results.why.fundedShares' : 'budgeting.results.why.funded', { place: p.fundedAs ?? '' });
    case 'no-votes':
      return t('budgeting.results.why.noVotes');
    case 'did-not-fit':
      return t('budgeting.results.why.didNotFit', { money: euros(amountOf(e.moneyLeft)) });
    case 'supporters-short':
      return t('budgeting.results.why.supportersShort', { had: euros(amountOf(e.supportersHad)), cost: euros(amountOf(e.cost)) });
  }
}

/** The projects of one budget, in the table's order, each with why it won or lost. */
export function renderWhy(locale: Locale, projects: readonly Explained[], euros: (amount: number) => string, update: () => void): TemplateResult {
  if (!messages.isLoaded(locale)) void messages.load(locale).then(update);
  const t = messages.translator(locale);
  return html`<ul class="why-list">
    ${projects.map((p) => html`<li><strong>${p.title}</strong>: ${why(t, euros, p)}</li>`)}
  </ul>`;
}
