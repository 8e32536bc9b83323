import { css } from 'lit';

/**
 * The survey console's styles after sign-in (the list, the panel, its forms and tabs): the
 * signed-in part adds them to the shadow root (docs/adr/0067); the first state's are staff-console.styles.ts.
 */
export const signedInStyles = css`
  :host {
    --_kohtaamo-selected: var(--kohtaamo-survey-console-selected, #e5e5f9);
  }
  .panel,
  form,
  .surveys {
    display: grid;
    /* One column that may shrink below its content's min-content width: a select sizes itself to
       its longest option (a question's whole label), which would widen the page at 320 px. */
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
      grid-template-columns: minmax(16rem, 1fr) minmax(0, 2fr);
    }
  }
  .survey-list,
  .rounds,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .survey {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    padding: var(--_kohtaamo-space-s) 0;
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  .survey h4,
  code,
  .token-list {
    overflow-wrap: anywhere;
  }
  .rounds li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-xs);
    align-items: center;
  }
  .rounds li.selected {
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
  }
  button.link:hover {
    background: var(--_kohtaamo-color-surface-muted);
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
    min-width: 0;
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
  .tabpanel {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
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
  .levels {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_kohtaamo-space-s);
  }
  .levels input {
    width: 100%;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
  }
  textarea.code {
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  input[type='file'] {
    max-width: 100%;
  }
  .table-wrap {
    overflow-x: auto;
    /* The containing block of the visually hidden header texts (position: absolute) inside the
       table: without it they are placed against the page and widen it at 320 px. */
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
  }
  .error-title {
    color: var(--_kohtaamo-color-error);
  }
  .token-list {
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    max-height: 20rem;
    overflow-y: auto;
  }
  @media (forced-colors: active) {
    .rounds li.selected,
    [role='tab'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
