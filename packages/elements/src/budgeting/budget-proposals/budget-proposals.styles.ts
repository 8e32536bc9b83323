import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-budget-proposals-max-width, 48rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root,
  form,
  .detail {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  .root > *,
  form > * {
    min-width: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    align-items: end;
  }
  .filters .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .item {
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    overflow-wrap: anywhere;
  }
  .item h3 {
    font-size: 1.1em;
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    min-height: 0;
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .meta {
    color: var(--_kohtaamo-color-text-secondary);
  }
  .status {
    font-weight: 600;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  textarea {
    min-height: 8rem;
  }
`;

export const styles = [tokens, base, formControls, own];
