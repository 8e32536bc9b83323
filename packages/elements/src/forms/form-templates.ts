import { html, nothing, type TemplateResult } from 'lit';

/**
 * The field and error-summary markup every Kohtaamo form shares (the feedback form, the inbox,
 * and the forms of the budgeting, survey, volunteering and booking widgets), after GOV.UK's and
 * the Helsinki Design System's error summary: a field's error sits under its label with the id
 * `<field>-error`, the control names it in `aria-describedby` and says `aria-invalid`; after a
 * failed send, a summary at the top (focused by the form) lists every error, each a link that
 * moves the focus to its field. The styles are in theme.styles.ts (`formControls`: `.error`,
 * `.summary`).
 */

/** The id of a field's error text. */
export const errorId = (field: string): string => `${field}-error`;

/**
 * The `aria-describedby` of a control: its hints, then its error when it has one; `nothing`
 * (no attribute) when there is neither.
 */
export function describedBy(field: string, hasError: boolean, ...hints: readonly (string | false | null | undefined)[]): string | typeof nothing {
  const ids = [...hints.filter((id): id is string => Boolean(id)), ...(hasError ? [errorId(field)] : [])];
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** A field's error text under its label (nothing when it has none). */
export function fieldError(field: string, text: string | null | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="error" id=${errorId(field)}>${text}</p>` : nothing;
}

export interface SummaryItem {
  /** The field the link takes the focus to; none for an error no field shows (a form-wide one). */
  readonly field?: string;
  /** The text: what to fix, naming the field where the field's own text does not. */
  readonly text: string;
}

export interface ErrorSummaryOptions {
  /** The heading, counting the errors ("Korjaa 2 kohtaa"). */
  readonly title: string;
  readonly items: readonly SummaryItem[];
  /** Moves the focus to a field (its control, or a group's first control). */
  readonly focusField: (field: string) => void;
  /** The id of the summary, which the form focuses after a failed send. Default `summary`. */
  readonly id?: string;
}

/**
 * The error summary: a focusable region titled by its heading, one link per error. A link's
 * `href` is `#<field>` (what a screen reader announces, and what works without script); its click
 * moves the focus to the field inside the shadow root, where a fragment link cannot reach.
 */
export function errorSummary({ title, items, focusField, id = 'summary' }: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const follow = (field: string) => (event: Event) => {
    event.preventDefault();
    focusField(field);
  };
  return html`<div id=${id} part="summary" class="summary" tabindex="-1" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    <ul>
      ${items.map((item) => html`<li>${item.field ? html`<a href="#${item.field}" @click=${follow(item.field)}>${item.text}</a>` : item.text}</li>`)}
    </ul>
  </div>`;
}

/**
 * Focuses a field in `root`: the control named `field` (or with that id, or marked
 * `data-field`), scrolled to the middle of the view; false when none is there.
 */
export function focusField(root: ParentNode, field: string): boolean {
  const escaped = CSS.escape(field);
  const control =
    root.querySelector<HTMLElement>(`[name="${escaped}"]`) ?? root.querySelector<HTMLElement>(`#${escaped}`) ?? root.querySelector<HTMLElement>(`[data-field="${escaped}"]`);
  if (!control) return false;
  control.focus();
  control.scrollIntoView?.({ block: 'center' });
  return true;
}
