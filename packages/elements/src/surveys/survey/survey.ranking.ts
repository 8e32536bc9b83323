// The ranking question's control of <kohtaamo-survey> (choose options in order, move them up and
// down, remove them), imported when the round's definition has a ranking question, after the
// first render (ADR 0064): most pages never show one. Its texts are in the lazy catalog.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Locale, SurveyQuestion } from '@kohtaamo/core';
import { laterTexts } from './survey.later-messages.js';
import { addPartStyles } from './survey.part-styles.js';

export { loadLaterTexts as ready } from './survey.later-messages.js';

type Ranking = Extract<SurveyQuestion, { type: 'ranking' }>;

/** The control's own styles, added to the element's when it first draws one (ADR 0075). */
const styles = css`
  .ranking ol,
  .ranking ul {
    margin: 0;
    padding-left: var(--_kohtaamo-space-l);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .ranking li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  .ranking li span {
    flex: 1 1 10rem;
  }
`;

/** What the control reads of the element. */
export interface RankingHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: Locale;
  requestUpdate(): void;
  /** A text of the definition in the page's language. */
  text(text: Ranking['text'] | undefined): string;
  set(key: string, value: AnswerValue | null): void;
}

/** The ranked options (an ordered list with ↑ ↓ ×) and the rest to add (+), in the respondent's option order `order`. */
export function renderRanking(host: RankingHost, q: Ranking, answer: AnswerValue | null | undefined, id: string, order: readonly string[]): TemplateResult {
  addPartStyles(host.renderRoot, styles);
  const { t } = laterTexts(host.locale, () => host.requestUpdate());
  const ranked = Array.isArray(answer) ? (answer as string[]) : [];
  const count = Math.min(q.rankCount ?? q.options.length, q.options.length);
  const textOf = (value: string) => host.text(q.options.find((o) => o.value === value)?.text);
  const set = (next: string[]) => host.set(q.id, next.length > 0 ? next : null);
  const move = (i: number, by: number) => {
    const next = [...ranked];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    set(next);
  };
  const rest = order.filter((v) => !ranked.includes(v));
  return html`<div class="ranking">
    ${ranked.length > 0
      ? html`<ol>
          ${ranked.map(
            (value, i) => html`<li>
              <span>${textOf(value)}</span>
              <button type="button" class="secondary small" ?disabled=${i === 0} aria-label=${t('surveys.ui.rankUp', { option: textOf(value) })} @click=${() => move(i, -1)}>↑</button>
              <button type="button" class="secondary small" ?disabled=${i === ranked.length - 1} aria-label=${t('surveys.ui.rankDown', { option: textOf(value) })} @click=${() => move(i, 1)}>↓</button>
              <button type="button" class="secondary small" aria-label=${t('surveys.ui.rankRemove', { option: textOf(value) })} @click=${() => set(ranked.filter((r) => r !== value))}>×</button>
            </li>`,
          )}
        </ol>`
      : nothing}
    ${ranked.length < count
      ? html`<ul>
          ${rest.map(
            (value, i) => html`<li>
              <span>${textOf(value)}</span>
              <button type="button" class="secondary small" id=${i === 0 ? id : nothing} aria-label=${t('surveys.ui.rankAdd', { option: textOf(value) })} @click=${() => set([...ranked, value])}>+</button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}
