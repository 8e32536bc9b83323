import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-volunteer-board-max-width, 60rem);
    --_kohtaamo-day: var(--kohtaamo-volunteer-board-day, #e5e5f9);
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
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
  }
  .views,
  .month-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    align-items: center;
  }
  .views button[aria-pressed='true'] {
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
  }
  .month-bar h3 {
    margin: 0;
    min-width: 10rem;
    text-align: center;
  }
  .calendar {
    display: grid;
    gap: var(--_kohtaamo-space-s);
    min-width: 0;
  }
  table.month {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  table.month th {
    font-size: 0.875em;
    padding: var(--_kohtaamo-space-xs) 0;
    overflow: hidden;
  }
  table.month td {
    padding: 1px;
    text-align: center;
  }
  button.day {
    width: 100%;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    background: transparent;
    color: inherit;
    border: 1px solid var(--_kohtaamo-color-border, #8a8a8a);
    font-weight: 400;
  }
  td.busy button.day {
    background: var(--_kohtaamo-day);
    font-weight: 700;
  }
  td.other button.day {
    font-style: italic;
  }
  button.day[aria-pressed='true'] {
    outline: 3px solid var(--_kohtaamo-color-primary);
    outline-offset: -3px;
  }
  .dot {
    font-size: 0.75em;
  }
  .tag {
    border: 2px solid currentColor;
    padding: 0 var(--_kohtaamo-space-xs);
  }
`;

export const styles = [tokens, base, formControls, own];
