// The ballot's area choice, a part of <kohtaamo-budget-ballot> imported only when the round has
// several areas (budgets) and the element names none (`budget`): most pages name the area, or the
// round has one (issue 7, ADR 0098). Its texts and its radio buttons' style come with it.
import { css, html, type TemplateResult } from 'lit';
import { createMessages, lazyBallotAreasMessages, pickText, type Locale, type BallotRoundRead } from '@kohtaamo/core';
import { euros } from '../money.js';

const messages = /* @__PURE__ */ createMessages(lazyBallotAreasMessages);

/** The radio buttons' size, a constructed sheet the element's shadow root adopts (a strict CSP allows it). */
const areaStyles = css`
  .check input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    padding: 0;
  }
`;

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** What the area choice reads of the ballot element and does to it. */
export interface AreasHost extends HTMLElement {
  readonly locale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** Adopts the part's styles in the element's shadow root, once. */
export function adopt(host: AreasHost): void {
  const sheet = areaStyles.styleSheet;
  const root = host.renderRoot;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The form to choose the area to vote in; `open` opens the chosen area's ballot. */
export function renderAreas(host: AreasHost, round: BallotRoundRead, open: (budget: string) => void): TemplateResult {
  const locale = host.locale;
  if (!messages.isLoaded(locale)) void messages.load(locale).then(() => host.requestUpdate());
  const t = messages.translator(locale);
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('budget');
    if (typeof value === 'string' && value) open(value);
  };
  return html`<form @submit=${submit} novalidate>
    <fieldset>
      <legend>${t('budgeting.ui.chooseBudget')}</legend>
      <p class="hint">${round.voterMayVoteIn === 'one' ? t('budgeting.ui.oneBudget') : t('budgeting.ui.allBudgets')}</p>
      ${round.budgets.map(
        (b, i) => html`<div class="check">
          <input type="radio" name="budget" id="budget-${b.id}" value=${b.id} ?checked=${i === 0} />
          <label for="budget-${b.id}">${t('budgeting.ui.budgetOption', { name: pickText(b.name, locale), amount: euros(locale, b.amount) })}</label>
        </div>`,
      )}
    </fieldset>
    <div class="actions"><button type="submit" part="button">${t('budgeting.ui.continue')}</button></div>
  </form>`;
}
