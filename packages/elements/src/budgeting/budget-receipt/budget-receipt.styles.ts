import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-budget-receipt-max-width, 40rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
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
    flex: 1 1 10rem;
    width: auto;
    min-width: 0;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    text-transform: uppercase;
  }
  .result:empty {
    display: none;
  }
`;

export const styles = [tokens, base, formControls, own];
