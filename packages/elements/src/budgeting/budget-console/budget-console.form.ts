import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ProblemError } from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import type { ConsoleHost } from './budget-console.host.js';

/** A field's id from its JSON pointer: "#/title/fi" → "title-fi" (the console's forms name their controls so). */
export const fieldOf = (pointer: string): string => pointer.replace(/^#\/?/, '').replace(/\//g, '-') || 'form';

/**
 * The errors of one console form, on the shared form templates (error under each field, the
 * summary at the top linking to them), from the server's 422 (its valibot schemas, by JSON pointer).
 */
export class FormErrors {
  errors = new Map<string, string>();
  /** A failure no field shows (network, 409 …). */
  failure = '';
  busy = false;

  constructor(
    private readonly host: ConsoleHost,
    readonly summaryId: string,
    /** Put before each field's id (several forms of one kind on a page). */
    private readonly prefix = '',
  ) {}

  clear(): void {
    this.errors = new Map();
    this.failure = '';
  }

  /** A failed request: its field errors, or its text. */
  async fromError(error: unknown): Promise<void> {
    this.clear();
    if (error instanceof ProblemError && error.problem.errors?.length) {
      for (const e of error.problem.errors) {
        const text = this.host.code(e.code, e.params);
        this.errors.set(this.prefix + fieldOf(e.pointer), text === e.code ? (e.detail ?? text) : text);
      }
      await this.#focusSummary();
      return;
    }
    this.failure = this.host.failureText(error);
    this.host.requestUpdate();
    await this.host.focus(`#${this.summaryId}-failure`);
  }

  async #focusSummary(): Promise<void> {
    this.host.requestUpdate();
    await this.host.focus(`#${this.summaryId}`);
  }

  at(field: string): string | undefined {
    return this.errors.get(field);
  }

  summary(): TemplateResult {
    const items = [...this.errors].map(([field, text]) => ({ field, text }));
    return html`${errorSummary({ id: this.summaryId, title: this.host.t('budgetConsole.summary', { count: items.length }), items, focusField: (f) => focusField(this.host.renderRoot, f) })}
    ${this.failure ? html`<div class="notice error-notice" role="alert" id="${this.summaryId}-failure" tabindex="-1"><p>${this.failure}</p></div>` : nothing}`;
  }

  /** A text input with its label, hint and error. */
  input(field: string, label: string, value: string, set: (value: string) => void, options: { hint?: string; type?: string; inputmode?: string; optional?: boolean } = {}): TemplateResult {
    const error = this.at(field);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${field}-hint">${options.hint}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        inputmode=${options.inputmode ?? nothing}
        autocomplete="off"
        aria-describedby=${describedBy(field, Boolean(error), options.hint ? `${field}-hint` : null)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${fieldError(field, error)}
    </div>`;
  }

  /** A select with its label and error. */
  select(field: string, label: string, value: string, options: readonly (readonly [string, string])[], set: (value: string) => void): TemplateResult {
    const error = this.at(field);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select id=${field} name=${field} aria-describedby=${describedBy(field, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${fieldError(field, error)}
    </div>`;
  }

  /** A multi-line text with its label, hint and error. */
  textarea(field: string, label: string, value: string, set: (value: string) => void, hint?: string): TemplateResult {
    const error = this.at(field);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      <textarea id=${field} name=${field} rows="3" aria-describedby=${describedBy(field, Boolean(error), hint ? `${field}-hint` : null)} aria-invalid=${error ? 'true' : 'false'} .value=${live(value)} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>
      ${fieldError(field, error)}
    </div>`;
  }
}

/** A whole number typed in a field, or NaN (so the schema names it). */
export const whole = (text: string): number => (/^\s*\d+\s*$/.test(text.replace(/\s/g, '')) ? Number(text.replace(/\s/g, '')) : Number.NaN);
