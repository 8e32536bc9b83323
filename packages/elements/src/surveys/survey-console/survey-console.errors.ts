import { html, nothing, type TemplateResult } from 'lit';
import { ProblemError } from '@kohtaamo/core';
import type { ConsoleHost } from './survey-console.host.js';

/** A field's error from the server: its JSON pointer and its text in the console's language. */
export interface PointerError {
  readonly pointer: string;
  readonly text: string;
}

/** The field errors of a 422 (problem+json `errors[]`), worded in the console's language; [] for other failures. */
export function pointerErrors(host: ConsoleHost, error: unknown): PointerError[] {
  if (!(error instanceof ProblemError) || !error.problem.errors) return [];
  return error.problem.errors.map((e) => {
    const text = host.code(e.code, e.params);
    return { pointer: e.pointer, text: text === e.code ? e.detail : text };
  });
}

/**
 * The error summary of a console form: a focusable region listing each error; an error whose
 * pointer names a field of the form links to it (`fields`: pointer → control id).
 */
export function summary(host: ConsoleHost, errors: readonly PointerError[], fields: Readonly<Record<string, string>>, id = 'form-summary'): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const follow = (field: string) => (event: Event) => {
    event.preventDefault();
    host.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  };
  return html`<div id=${id} class="summary" tabindex="-1" aria-labelledby="${id}-title">
    <h4 id="${id}-title">${host.t('surveyConsole.form.errors', { count: errors.length })}</h4>
    <ul>
      ${errors.map((e) => {
        const field = fields[e.pointer];
        return html`<li>${field ? html`<a href="#${field}" @click=${follow(field)}>${e.text}</a>` : html`<code>${e.pointer}</code> ${e.text}`}</li>`;
      })}
    </ul>
  </div>`;
}

/** The text of a field's error among the server's (by its pointer). */
export const errorAt = (errors: readonly PointerError[], pointer: string): string | undefined => errors.find((e) => e.pointer === pointer)?.text;
