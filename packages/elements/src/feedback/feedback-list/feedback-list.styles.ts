import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-feedback-list-max-width, 60rem);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    display: grid;
    /* minmax(0, …): a grid track is otherwise as wide as its widest content, wider than a phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_kohtaamo-space-s);
  }
  form.filters .field {
    flex: 1 1 10rem;
    /* A select is as wide as its longest option unless told otherwise: at 390 px the row was
       627 px wide and the page scrolled sideways. */
    min-width: 0;
  }
  form.filters select {
    width: 100%;
    max-width: 100%;
  }
  li.item,
  article,
  dt,
  dd {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
  }
  li.item {
    border: 1px solid currentColor;
    border-radius: var(--_kohtaamo-radius);
    padding: var(--_kohtaamo-space-m);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  li.item h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(auto, max-content) minmax(0, 1fr);
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-m);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .message,
  .reply {
    white-space: pre-line;
    margin: 0;
  }
  .reply {
    border-inline-start: 4px solid var(--_kohtaamo-color-primary);
    padding-inline-start: var(--_kohtaamo-space-s);
  }
  .photos {
    display: flex;
    gap: var(--_kohtaamo-space-xs);
    flex-wrap: wrap;
  }
  .photos img {
    width: 6rem;
    height: 6rem;
    object-fit: cover;
  }
  kohtaamo-feedback-area-map:not(:defined) {
    display: none;
  }
  nav.pages {
    display: flex;
    gap: var(--_kohtaamo-space-s);
    align-items: center;
    flex-wrap: wrap;
  }
`;

export const styles = [tokens, base, formControls, own];
