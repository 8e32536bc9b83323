import { css } from 'lit';
import { base, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-space-figures-max-width, 60rem);
    --_kohtaamo-bar: var(--kohtaamo-space-figures-bar-color, var(--_kohtaamo-color-primary));
    max-width: var(--_kohtaamo-max-width);
  }
  .root,
  .part {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-l);
  }
  .part {
    gap: var(--_kohtaamo-space-s);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
    margin: 0;
  }
  .totals div {
    flex: 1 1 9rem;
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    border: 1px solid var(--_kohtaamo-color-border);
  }
  .totals dt {
    font-weight: 600;
  }
  .totals dd {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--_kohtaamo-bar);
  }
  .track {
    fill: var(--_kohtaamo-color-surface-muted);
  }
  .label {
    fill: var(--_kohtaamo-color-text);
    font-size: 14px;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_kohtaamo-space-xs);
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_kohtaamo-color-border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }
  select {
    min-height: 2.75rem;
    font: inherit;
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    background: var(--_kohtaamo-color-surface);
    color: inherit;
  }
  .field {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    justify-items: start;
    margin-bottom: var(--_kohtaamo-space-s);
  }
  .field label {
    font-weight: 600;
  }
  .notice {
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    border-inline-start: 4px solid var(--_kohtaamo-color-error);
    background: var(--_kohtaamo-color-error-surface);
  }
  .hint {
    color: var(--_kohtaamo-color-text-secondary);
    font-size: 0.875em;
  }
  a {
    color: var(--_kohtaamo-color-primary);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
    }
  }
`;

export const styles = [tokens, base, own];
