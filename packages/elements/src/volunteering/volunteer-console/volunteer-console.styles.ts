import { css } from 'lit';

/**
 * The coordinators' console's styles after sign-in (the views, lists and the opened item): the
 * signed-in part adds them to the shadow root (docs/adr/0067); the first state's are staff-console.styles.ts.
 */
export const signedInStyles = css`
  :host {
    --_kohtaamo-selected: var(--kohtaamo-volunteer-console-selected, #e5e5f9);
    min-width: 0;
  }
  form,
  fieldset,
  section {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--_kohtaamo-space-s);
  }
  .bar,
  .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    align-items: center;
  }
  .bar {
    justify-content: space-between;
  }
  .bar p,
  .count {
    margin: 0;
  }
  .row > .field {
    flex: 1 1 8rem;
    min-width: 0;
  }
  nav ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    margin: 0;
    padding: 0;
  }
  nav button[aria-current='page'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-xl);
    align-items: start;
  }
  @container (min-width: 72rem) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
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
    overflow-wrap: anywhere;
  }
  tr.selected {
    background: var(--_kohtaamo-selected);
  }
  button.link {
    min-height: 2.75rem;
    padding: 0;
    background: transparent;
    border-color: transparent;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    text-align: left;
    font-weight: 600;
  }
  .notice {
    background: var(--_kohtaamo-color-surface-muted);
    padding: var(--_kohtaamo-space-m);
    border-inline-start: 4px solid var(--_kohtaamo-color-primary);
  }
  .error-notice {
    border-inline-start-color: var(--_kohtaamo-color-error);
  }
  .check {
    display: flex;
    gap: var(--_kohtaamo-space-s);
    align-items: center;
  }
  input.hours {
    width: 5rem;
  }
  input[type='number'] {
    max-width: 8rem;
  }
  dl {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul.shifts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  @media (forced-colors: active) {
    tr.selected {
      outline: 2px solid Highlight;
    }
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
