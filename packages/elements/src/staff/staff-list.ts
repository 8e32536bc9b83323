// The lines above a list on core's queue store, alike in every console's signed-in part (issue 7,
// ADR 0067). Imported by the signed-in parts only, so it rides with them: no console's first
// state carries it. Kept apart from staff-panel.ts, which only the budget and survey consoles use.
import { html, nothing, type TemplateResult } from 'lit';
import type { QueueState } from '@kohtaamo/core';
import type { ConsoleElementHost } from './staff-console.js';

/** A failure in words in an alert; with `retry`, a "Try now" button after it. */
export function failureNotice(text: string, retry?: { readonly text: string; readonly run: () => void }): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="notice error-notice" role="alert">
    <p>${text}</p>
    ${retry ? html`<button type="button" part="button" class="secondary small" @click=${retry.run}>${retry.text}</button>` : nothing}
  </div>`;
}

/** A list's failure (the queue's `error`, null when none) in the console's words, with "Try now". */
export function listFailure(el: Pick<ConsoleElementHost, 'failureText'>, error: unknown, retry: { readonly text: string; readonly run: () => void }): TemplateResult | typeof nothing {
  return error === null || error === undefined ? nothing : failureNotice(el.failureText(error), retry);
}

/** Nothing is listed: the first page came, with no item, and no failure. */
export const listEmpty = (q: Pick<QueueState<unknown, unknown, unknown>, 'items' | 'loading' | 'error'>): boolean => q.items.length === 0 && q.loading === 'idle' && q.error === null;

/**
 * The lines above a list's items: "loading" while the first page is on its way, the failure with
 * "Try now", and the empty list's text.
 */
export function listState(
  el: Pick<ConsoleElementHost, 'failureText'>,
  q: Pick<QueueState<unknown, unknown, unknown>, 'items' | 'loading' | 'error'>,
  texts: { readonly loading: string; readonly empty: string; readonly retry: string },
  retry: () => void,
): TemplateResult {
  return html`${q.loading === 'first' ? html`<p>${texts.loading}</p>` : nothing}
    ${listFailure(el, q.error, { text: texts.retry, run: retry })}
    ${listEmpty(q) ? html`<p class="empty">${texts.empty}</p>` : nothing}`;
}
