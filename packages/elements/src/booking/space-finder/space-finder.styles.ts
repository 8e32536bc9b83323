import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-space-finder-max-width, 60rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
  }
  form.filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(13rem, 100%), 1fr));
    gap: var(--_kohtaamo-space-m);
    align-items: end;
  }
  fieldset {
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    border: 1px solid var(--_kohtaamo-color-border);
    gap: var(--_kohtaamo-space-s);
  }
  fieldset.wide {
    grid-column: 1 / -1;
    grid-template-columns: repeat(auto-fit, minmax(min(11rem, 100%), 1fr));
  }
  fieldset.wide legend + .hint {
    grid-column: 1 / -1;
  }
  .check {
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    grid-column: 1 / -1;
  }
  ul.results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .item {
    border: 1px solid var(--_kohtaamo-color-border);
    padding: var(--_kohtaamo-space-m);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    min-width: 0;
  }
  .item h3,
  .item p {
    margin: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .free {
    font-weight: 600;
    color: var(--_kohtaamo-color-success);
  }
  .calendar {
    border-top: 1px solid var(--_kohtaamo-color-border);
    margin-top: var(--_kohtaamo-space-s);
    padding-top: var(--_kohtaamo-space-s);
    display: grid;
    gap: var(--_kohtaamo-space-s);
    min-width: 0;
  }
  a.book {
    justify-self: start;
  }
`;

export const styles = [tokens, base, formControls, own];
