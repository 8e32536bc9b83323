import { css } from 'lit';

/**
 * The space console's styles after sign-in (the queue, the views and their forms): the signed-in
 * part adds them to the shadow root (docs/adr/0067); the first state's are staff-console.styles.ts.
 */
export const signedInStyles = css`
  :host {
    --_kohtaamo-selected: var(--kohtaamo-space-console-selected, #e5e5f9);
  }
  .root > *,
  .layout > *,
  .panel > * {
    min-width: 0;
  }
  .panel,
  .staff-form {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .staff-form {
    max-width: 32rem;
  }
  .bar,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    align-items: center;
    justify-content: space-between;
  }
  .views {
    justify-content: flex-start;
  }
  .views button[aria-current='page'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  .layout {
    display: grid;
    gap: var(--_kohtaamo-space-l);
  }
  @container (min-width: 50rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
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
    text-align: start;
    padding: var(--_kohtaamo-space-xs, 0.25rem) var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
    vertical-align: top;
  }
  tr.selected {
    background: var(--_kohtaamo-selected);
  }
  button.link {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    text-align: start;
    font-weight: 400;
  }
  button.danger {
    background: var(--_kohtaamo-color-error);
    border-color: var(--_kohtaamo-color-error);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_kohtaamo-space-xs, 0.25rem) var(--_kohtaamo-space-m);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .unit select {
    max-width: 100%;
  }
  h3[tabindex='-1']:focus,
  .notice[tabindex='-1']:focus {
    outline: 3px solid var(--_kohtaamo-color-focus, currentColor);
  }
`;
