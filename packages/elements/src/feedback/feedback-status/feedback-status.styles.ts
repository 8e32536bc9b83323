import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  .remembered ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .remembered li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  .badge {
    border: 2px solid currentColor;
    padding: 0 var(--_kohtaamo-space-xs);
  }
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-feedback-status-max-width, 40rem);
    --_kohtaamo-background: var(--kohtaamo-feedback-status-background, var(--_kohtaamo-color-surface-muted));
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  form {
    gap: var(--_kohtaamo-space-s);
  }
  .field {
    justify-items: stretch;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
  }
  .row input {
    flex: 1 1 12rem;
    width: auto;
  }
  input {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }
  input::placeholder {
    text-transform: none;
  }
  .notice p {
    margin: 0;
  }
  .loading {
    margin: 0;
    color: var(--_kohtaamo-color-text-secondary);
  }
  .result {
    padding: var(--_kohtaamo-space-l);
    background: var(--_kohtaamo-background);
    border-left: 0.5rem solid var(--_kohtaamo-color-primary);
  }
  dl {
    margin: 0 0 var(--_kohtaamo-space-m);
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-l);
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
  .status {
    display: inline-block;
    padding: 0 var(--_kohtaamo-space-s);
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .status-done {
    color: var(--_kohtaamo-color-success);
  }
  .status-rejected {
    color: var(--_kohtaamo-color-error);
  }
  h4 {
    margin: 0 0 var(--_kohtaamo-space-xs);
    font-size: 1em;
  }
  .reply {
    padding: var(--_kohtaamo-space-m);
    background: var(--_kohtaamo-color-surface);
    border: 1px solid var(--_kohtaamo-color-border);
  }
  .reply-text {
    white-space: pre-line;
    margin-bottom: var(--_kohtaamo-space-s);
  }
  .no-reply {
    margin: 0;
  }
  @media (forced-colors: active) {
    .result {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
