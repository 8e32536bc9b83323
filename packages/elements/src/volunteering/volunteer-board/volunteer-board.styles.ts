import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-volunteer-board-max-width, 60rem);
    max-width: var(--_kohtaamo-max-width);
    min-width: 0;
  }
  .root {
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    align-items: end;
  }
  .filters .field {
    min-width: 0;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  ul.items > li {
    border: 1px solid var(--_kohtaamo-color-border, #8a8a8a);
    padding: var(--_kohtaamo-space-m);
    overflow-wrap: anywhere;
  }
  .meta,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
  }
  .views {
    align-items: center;
  }
  .views button[aria-pressed='true'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  .tag {
    border: 2px solid currentColor;
    padding: 0 var(--_kohtaamo-space-xs);
  }
`;

export const styles = [tokens, base, formControls, own];
