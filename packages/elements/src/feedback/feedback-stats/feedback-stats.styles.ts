import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-feedback-stats-max-width, 60rem);
    /* 4.9:1 on white: bars are graphics that must reach 3:1 (WCAG 1.4.11). */
    --_kohtaamo-bar-secondary: var(--kohtaamo-feedback-stats-bar-secondary, #5a5ad6);
    max-width: var(--_kohtaamo-max-width);
    display: block;
    container-type: inline-size;
  }
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
  }
  /* Wide tables scroll inside the disclosure, never the page. */
  details {
    min-width: 0;
    overflow-x: auto;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .period,
  .note,
  .small,
  .loading {
    color: var(--_kohtaamo-color-text-secondary);
  }
  .small {
    font-size: 0.875rem;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_kohtaamo-space-s);
  }
  .tile {
    display: grid;
    align-content: start;
    gap: var(--_kohtaamo-space-xs);
    padding: var(--_kohtaamo-space-m);
    background: var(--_kohtaamo-color-surface-muted);
    border-top: 0.25rem solid var(--_kohtaamo-color-primary);
  }
  .tile h3 {
    font-size: 1rem;
    font-weight: 600;
  }
  .big {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
  }
  .meter {
    height: 0.75rem;
    background: var(--_kohtaamo-color-surface);
    border: 1px solid var(--_kohtaamo-color-border);
  }
  .meter .fill {
    display: block;
    /* Set per bar from its data-size through the CSSOM (updated()), not a style attribute: works under a strict CSP. */
    width: var(--_kohtaamo-size, 0%);
    height: 100%;
    background: var(--_kohtaamo-color-primary);
  }
  figure {
    min-width: 0;
    margin: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  figcaption {
    font-weight: 600;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-m);
    align-items: baseline;
  }
  .legend {
    font-weight: 400;
    font-size: 0.875rem;
    color: var(--_kohtaamo-color-text-secondary);
  }
  .key {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin: 0 0.25rem 0 0.5rem;
    vertical-align: -0.05rem;
  }
  .key-primary,
  .bar.primary {
    background: var(--_kohtaamo-color-primary);
  }
  .key-secondary,
  .bar.secondary {
    background: var(--_kohtaamo-bar-secondary);
  }
  .rows {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(7rem, 12rem) minmax(0, 1fr) minmax(6rem, max-content);
    gap: var(--_kohtaamo-space-s);
    align-items: center;
  }
  .label {
    overflow-wrap: anywhere;
  }
  /* A phone: the label over its bars and figure, so the bars keep the width (they were 2 px). */
  @container (max-width: 32rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) max-content;
      gap: 0 var(--_kohtaamo-space-s);
    }
    .row .label {
      grid-column: 1 / -1;
    }
    .figures {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .track {
    display: grid;
    gap: 2px;
  }
  .bar {
    display: block;
    width: var(--_kohtaamo-size, 0%);
    height: 0.6rem;
    min-width: 2px;
  }
  .backlog .bar {
    height: 1rem;
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
  }
  svg.columns {
    width: 100%;
    max-height: 14rem;
    overflow: visible;
  }
  .col.primary {
    fill: var(--_kohtaamo-color-primary);
  }
  .col.secondary {
    fill: var(--_kohtaamo-bar-secondary);
  }
  .axis {
    stroke: var(--_kohtaamo-color-border);
    stroke-width: 1;
  }
  svg text {
    fill: var(--_kohtaamo-color-text);
    font-size: 10px;
    font-family: var(--_kohtaamo-font-family);
  }
  svg text.count {
    fill: var(--_kohtaamo-color-text-secondary);
  }
  details summary {
    cursor: pointer;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
  }
  /* The tables come with their own rules (feedback-stats.tables.ts); they scroll in the details (above). */
  .notice {
    display: grid;
    gap: var(--_kohtaamo-space-s);
    justify-items: start;
  }
  @media (forced-colors: active) {
    .bar,
    .key,
    .meter .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .bar.secondary,
    .key-secondary {
      background: GrayText;
    }
    .col.primary {
      fill: CanvasText;
    }
    .col.secondary {
      fill: GrayText;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
