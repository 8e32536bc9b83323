import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-budget-ballot-max-width, 48rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  .root > *,
  form > * {
    min-width: 0;
  }
  .rules {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .projects {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .project {
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    overflow-wrap: anywhere;
  }
  .project.chosen {
    border-color: var(--_kohtaamo-color-primary);
    box-shadow: inset 4px 0 0 var(--_kohtaamo-color-primary);
  }
  .project p,
  .project h4 {
    margin: 0;
  }
  .project .title {
    font-weight: 600;
  }
  .cost {
    font-weight: 600;
  }
  .no-fit {
    color: var(--_kohtaamo-color-text-secondary);
  }
  .no-fit::before {
    content: '⚠ ';
  }
  .points input {
    width: 7rem;
  }
  .tally {
    position: sticky;
    bottom: 0;
    z-index: 1;
    background: var(--_kohtaamo-color-surface-muted);
    border-top: 4px solid var(--_kohtaamo-color-success);
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
  }
  .tally.broken {
    border-top-color: var(--_kohtaamo-color-error);
  }
  .tally p,
  .tally ul {
    margin: 0;
  }
  .violations {
    padding-inline-start: 1.25em;
    font-weight: 600;
  }
  #code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    text-transform: uppercase;
    max-width: 100%;
    min-width: 0;
  }
  .loading:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .project.chosen {
      border-width: 4px;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
