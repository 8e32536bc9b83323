import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-budget-results-max-width, 60rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .budget {
    display: grid;
    gap: var(--_kohtaamo-space-s);
    border-top: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    padding-top: var(--_kohtaamo-space-m);
  }
  .facts,
  .why-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .why summary {
    padding-block: var(--_kohtaamo-space-xs);
    color: var(--_kohtaamo-color-primary);
    cursor: pointer;
  }
  .chart {
    margin: 0;
  }
  .chart svg {
    width: 100%;
    height: 2.5rem;
    display: block;
  }
  .legend {
    list-style: none;
    margin: var(--_kohtaamo-space-xs) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-m);
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    border: 1px solid #767676;
  }
  .swatch-0 { background: #0000bf; }
  .swatch-1 { background: #007a64; }
  .swatch-2 { background: #b01038; }
  .swatch-3 { background: #6a3e9c; }
  .swatch-4 { background: #00637a; }
  .swatch-5 { background: #8a4b00; }
  .swatch-unspent { background: #f2f2f2; }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 36rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_kohtaamo-space-xs);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tr.won th[scope='row'] {
    font-weight: 700;
  }
  tbody th {
    font-weight: 400;
  }
  .badge {
    white-space: nowrap;
  }
  tr.won .badge {
    font-weight: 700;
    color: var(--_kohtaamo-color-success);
  }
  .implementation {
    color: var(--_kohtaamo-color-text-secondary);
  }
  a {
    color: var(--_kohtaamo-color-primary);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
