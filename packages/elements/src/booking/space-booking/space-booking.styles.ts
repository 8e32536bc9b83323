import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-space-booking-max-width, 60rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m, 1rem);
  }
  .week {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s, 0.5rem);
    align-items: center;
    justify-content: space-between;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
    font-size: 0.875rem;
  }
  th {
    font-weight: 600;
    padding: 0.25rem;
    white-space: nowrap;
  }
  td {
    padding: 1px;
  }
  .cell {
    display: block;
    width: 100%;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    border: 1px solid var(--_kohtaamo-color-border);
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-text);
    font: inherit;
    cursor: pointer;
  }
  .cell.free {
    background: var(--_kohtaamo-color-success-surface);
  }
  .cell.busy {
    background: var(--_kohtaamo-color-error-surface);
    cursor: not-allowed;
  }
  .cell.closed,
  .cell.outside {
    background: var(--_kohtaamo-color-surface-muted);
    color: var(--_kohtaamo-color-text-secondary);
    cursor: not-allowed;
  }
  .cell[aria-pressed='true'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  .cell:focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
    outline-offset: 1px;
  }
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 1.25rem;
  }
  form {
    display: grid;
    gap: var(--_kohtaamo-space-s, 0.5rem);
  }
  @media (forced-colors: active) {
    .cell[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
