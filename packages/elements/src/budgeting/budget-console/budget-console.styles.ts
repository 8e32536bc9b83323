import { css } from 'lit';

/**
 * The budget console's styles after sign-in (the rounds, the panel, its forms and tabs): the
 * signed-in part adds them to the shadow root (docs/adr/0067); the first state's are staff-console.styles.ts.
 */
export const signedInStyles = css`
  :host {
    --_kohtaamo-selected: var(--kohtaamo-budget-console-selected, #e5e5f9);
  }
  .panel,
  form,
  .rounds-section,
  .tabpanel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
    align-items: center;
    justify-content: space-between;
  }
  .bar p,
  h3,
  h4 {
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-xl);
    align-items: start;
  }
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 3fr);
    }
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .round-list li {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    padding: var(--_kohtaamo-space-s) 0;
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  .round-list li.selected {
    background: var(--_kohtaamo-selected);
  }
  button.link {
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-xs);
    background: transparent;
    border-color: transparent;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    padding: 0 var(--_kohtaamo-space-xs);
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .panel {
    padding: var(--_kohtaamo-space-m);
    background: var(--_kohtaamo-color-surface-muted);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-xs);
    border-bottom: 2px solid var(--_kohtaamo-color-border);
  }
  [role='tab'] {
    background: transparent;
    color: var(--_kohtaamo-color-primary);
    border-color: transparent;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
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
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    min-width: 0;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .table-wrap {
    overflow-x: auto;
    position: relative;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
  }
  th,
  td {
    text-align: left;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .proposal {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    padding: var(--_kohtaamo-space-s) 0;
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  .codes {
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .round-list li.selected,
    [role='tab'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
