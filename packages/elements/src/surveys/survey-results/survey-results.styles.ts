import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-survey-results-max-width, 60rem);
    --_kohtaamo-bar: var(--kohtaamo-survey-results-bar-color, var(--_kohtaamo-color-primary));
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .facts {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
  }
  .filters label {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  .filters select {
    max-width: 100%;
  }
  .question {
    display: grid;
    gap: var(--_kohtaamo-space-s);
    border-top: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    padding-top: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  .question h3 {
    margin: 0;
  }
  .chart {
    margin: 0;
  }
  .chart svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .bar {
    fill: var(--_kohtaamo-bar);
  }
  .whisker {
    stroke: var(--_kohtaamo-color-text);
    stroke-width: 2;
  }
  .axis {
    stroke: #767676;
    stroke-width: 1;
  }
  .label {
    font-size: 13px;
    fill: var(--_kohtaamo-color-text);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
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
  tbody th {
    font-weight: 400;
  }
  .note {
    color: var(--_kohtaamo-color-text-secondary);
    margin: 0;
  }
  .texts {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .texts q {
    quotes: '”' '”';
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .whisker {
      stroke: Highlight;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
