import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
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
`;

export const styles = [tokens, base, formControls, own];
