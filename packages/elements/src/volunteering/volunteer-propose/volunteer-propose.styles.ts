import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-volunteer-propose-max-width, 40rem);
    --_kohtaamo-background: var(--kohtaamo-volunteer-propose-background, var(--_kohtaamo-color-surface-muted));
    max-width: var(--_kohtaamo-max-width);
    min-width: 0;
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  form {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--_kohtaamo-space-s);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
  }
  .when .field {
    flex: 1 1 8rem;
    min-width: 0;
  }
  input[type='number'] {
    max-width: 8rem;
  }
  .notice,
  .confirmation {
    background: var(--_kohtaamo-background);
    padding: var(--_kohtaamo-space-m);
    border-inline-start: 4px solid var(--_kohtaamo-color-primary);
  }
  .error-notice {
    border-inline-start-color: var(--_kohtaamo-color-error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  dl {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .notice,
    .confirmation {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [tokens, base, formControls, own];
