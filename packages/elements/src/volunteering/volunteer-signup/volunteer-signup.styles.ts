import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-volunteer-signup-max-width, 40rem);
    --_kohtaamo-background: var(--kohtaamo-volunteer-signup-background, var(--_kohtaamo-color-surface-muted));
    max-width: var(--_kohtaamo-max-width);
    min-width: 0;
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .shifts {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .seats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    margin: var(--_kohtaamo-space-xs) 0 0;
  }
  .seats span {
    border: 2px solid currentColor;
    padding: 0 var(--_kohtaamo-space-xs);
  }
  .notice,
  .confirmation {
    background: var(--_kohtaamo-background);
    padding: var(--_kohtaamo-space-m);
    border-inline-start: 4px solid var(--_kohtaamo-color-primary);
  }
  .warning {
    border-inline-start-color: var(--_kohtaamo-color-error);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
  }
  input[type='number'] {
    max-width: 8rem;
  }
  @media (forced-colors: active) {
    .notice,
    .confirmation {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
