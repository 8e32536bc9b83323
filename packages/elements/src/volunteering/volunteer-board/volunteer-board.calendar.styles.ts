import { css } from 'lit';

/** The month calendar's styles (issue 7): added to the board's shadow root with the calendar part. */
export const calendarStyles = css`
  :host {
    --_kohtaamo-day: var(--kohtaamo-volunteer-board-day, #e5e5f9);
  }
  .month-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-s);
    align-items: center;
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
`;
