// A points ballot's own parts of <kohtaamo-budget-ballot>: its rules in words and the points field
// of each project, imported only when the ballot paper's rule is points (approval and knapsack
// ballots never load it; issue 7, ADR 0098). Its texts come with it.
import { html, type TemplateResult } from 'lit';
import { createMessages, lazyBallotPointsMessages, type Locale } from '@kohtaamo/core';

const messages = /* @__PURE__ */ createMessages(lazyBallotPointsMessages);

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** What this part reads of the ballot element. */
export interface PointsHost {
  readonly locale: Locale;
  requestUpdate(): void;
}

const translator = (host: PointsHost) => {
  const locale = host.locale;
  if (!messages.isLoaded(locale)) void messages.load(locale).then(() => host.requestUpdate());
  return messages.translator(locale);
};

/** The rules of a points ballot in words: the points to share, and the most one project may get. */
export function pointsRules(host: PointsHost, totalPoints: number, maxPointsPerProject: number | undefined): string[] {
  const t = translator(host);
  const texts = [t('budgeting.ui.rules.points', { total: totalPoints })];
  if (maxPointsPerProject !== undefined) texts.push(t('budgeting.ui.rules.pointsMax', { max: maxPointsPerProject }));
  return texts;
}

/** A project's points field, labelled by its own label and the project's title. */
export function pointsField(host: PointsHost, id: string, value: string, max: number, input: (value: string) => void): TemplateResult {
  const locale = host.locale;
  return html`<div class="field points" lang=${locale}>
    <label id="plabel-${id}" for="points-${id}">${translator(host)('budgeting.ui.points')}</label>
    <input type="number" inputmode="numeric" id="points-${id}" min="0" max=${max} step="1"
      aria-labelledby="plabel-${id} title-${id}" aria-describedby="cost-${id}"
      .value=${value}
      @input=${(e: Event) => input((e.target as HTMLInputElement).value)} />
  </div>`;
}
