import { css } from 'lit';

/**
 * The inbox's styles after sign-in (the filters, the queue and the open report): the signed-in
 * part adds them to the shadow root (docs/adr/0067); the first state's are staff-console.styles.ts.
 */
export const signedInStyles = css`
  :host {
    --_kohtaamo-selected: var(--kohtaamo-feedback-inbox-selected, #e5e5f9);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
    align-items: center;
    justify-content: space-between;
  }
  .bar p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
  }
  .filter {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    min-width: 10rem;
  }
  /* The queue takes the whole width until there is room for a readable table (about 52rem)
     and the report beside it: staff read this table all day. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-xl);
    align-items: start;
  }
  @container (min-width: 88rem) {
    .layout {
      grid-template-columns: minmax(52rem, 3fr) minmax(0, 2fr);
    }
  }
  .queue .link,
  .queue .status,
  .queue time {
    white-space: nowrap;
  }
  th[aria-sort] {
    padding: 0;
  }
  button.sort {
    min-height: 2.75rem;
    width: 100%;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    background: transparent;
    border-color: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: left;
    display: flex;
    justify-content: flex-start;
    gap: var(--_kohtaamo-space-xs);
    align-items: center;
  }
  button.sort:hover {
    background: var(--_kohtaamo-color-surface-muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
    vertical-align: top;
  }
  tr.selected {
    background: var(--_kohtaamo-selected);
  }
  button.link {
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-s);
    background: transparent;
    border-color: transparent;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  }
  button.link:hover {
    background: var(--_kohtaamo-color-surface-muted);
    color: var(--_kohtaamo-color-primary-hover);
  }
  .detail {
    display: grid;
    gap: var(--_kohtaamo-space-s);
    padding: var(--_kohtaamo-space-l);
    background: var(--_kohtaamo-color-surface-muted);
  }
  h4 {
    margin: var(--_kohtaamo-space-s) 0 0;
    font-size: 1em;
  }
  .message {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-m);
  }
  dl > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .status {
    display: inline-block;
    padding: 0 var(--_kohtaamo-space-xs);
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .status-done {
    color: var(--_kohtaamo-color-success);
  }
  .status-rejected {
    color: var(--_kohtaamo-color-error);
  }
  .history,
  .notes,
  .contact,
  .photos {
    margin: 0;
    padding-left: var(--_kohtaamo-space-l);
  }
  .history li,
  .notes li {
    margin-bottom: var(--_kohtaamo-space-s);
  }
  .photos img {
    max-width: 12rem;
    display: block;
  }
  .assignee {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  textarea {
    width: 100%;
  }
  @media (forced-colors: active) {
    tr.selected {
      outline: 2px solid Highlight;
    }
    .detail {
      border: 1px solid CanvasText;
    }
  }
`;
