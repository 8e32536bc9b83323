// The board's month calendar (issue 7): imported when a person chooses the calendar view (or a
// page opens the board in it, then together with the opportunities), with its own texts; a
// board shown as a list never needs it. The day buttons move by keyboard like a date picker.
import { html, nothing, type TemplateResult } from 'lit';
import {
  addDays,
  addMonths,
  createMessages,
  helsinkiDate,
  intlTag,
  lazyVolunteeringBoardCalendarMessages,
  monthOf,
  monthWeeks,
  opportunitiesByDay,
  sameDayIn,
  type Locale,
  type BoardOpportunity as Opportunity,
  type TranslatorOf,
} from '@kohtaamo/core';

import { calendarStyles } from './volunteer-board.calendar.styles.js';

const messages = /* @__PURE__ */ createMessages(lazyVolunteeringBoardCalendarMessages);
type Translator = TranslatorOf<typeof messages>;

/** What the calendar reads and moves of the board element (volunteer-board.ts). */
export interface CalendarHost {
  readonly locale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** The month shown, `YYYY-MM`. */
  month: string;
  /** The day Tab reaches (roving tabindex) and the day whose opportunities are shown. */
  focusDay: string;
  shownDay: string;
  requestUpdate(): void;
  /** One opportunity as the list shows it, under a heading of the given level. */
  renderItem(o: Opportunity, level: 'h3' | 'h4'): TemplateResult;
}

function texts(host: CalendarHost): Translator {
  if (!messages.isLoaded(host.locale)) void messages.load(host.locale).then(() => host.requestUpdate());
  return messages.translator(host.locale);
}

/** Today in Helsinki (YYYY-MM-DD): the day the calendar starts on. */
export const today = (): string => helsinkiDate(new Date());

function goTo(host: CalendarHost, day: string): void {
  host.focusDay = day;
  host.month = monthOf(day);
}

/** Arrow keys, Home/End and Page Up/Down move through the calendar; the focus follows. */
async function onDayKey(host: CalendarHost, event: KeyboardEvent): Promise<void> {
  const day = host.focusDay;
  const moves: Record<string, () => string> = {
    ArrowLeft: () => addDays(day, -1),
    ArrowRight: () => addDays(day, 1),
    ArrowUp: () => addDays(day, -7),
    ArrowDown: () => addDays(day, 7),
    Home: () => addDays(day, 1 - (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1)),
    End: () => addDays(day, 7 - (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1)),
    PageUp: () => sameDayIn(day, addMonths(monthOf(day), -1)),
    PageDown: () => sameDayIn(day, addMonths(monthOf(day), 1)),
  };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  goTo(host, move());
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLButtonElement>(`button[data-day="${host.focusDay}"]`)?.focus();
}

/** The calendar's rules join the board's shadow root when it is first drawn (a constructed sheet: a strict CSP allows it). */
function adoptStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = calendarStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export function renderCalendar(host: CalendarHost, items: Opportunity[]): TemplateResult {
  adoptStyles(host.renderRoot);
  const t = texts(host);
  const { locale, month, shownDay } = host;
  const byDay = opportunitiesByDay(items);
  const tag = intlTag(locale);
  const monthName = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
  const dayName = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const weeks = monthWeeks(month);
  const focus = monthOf(host.focusDay) === month ? host.focusDay : `${month}-01`;
  const inMonth = [...byDay].filter(([day]) => monthOf(day) === month).reduce((n, [, list]) => n + list.length, 0);
  const shown = shownDay ? (byDay.get(shownDay) ?? []) : [];
  const label = (day: string) => dayName.format(new Date(`${day}T12:00:00Z`));
  return html`<section part="calendar" class="calendar" aria-labelledby="month-title">
    <div class="month-bar">
      <button type="button" part="button" class="secondary small" id="previous-month" aria-label=${t('volunteering.board.previousMonth')} @click=${() => goTo(host, sameDayIn(host.focusDay, addMonths(host.month, -1)))}>‹</button>
      <h3 id="month-title" aria-live="polite">${monthName}</h3>
      <button type="button" part="button" class="secondary small" id="next-month" aria-label=${t('volunteering.board.nextMonth')} @click=${() => goTo(host, sameDayIn(host.focusDay, addMonths(host.month, 1)))}>›</button>
    </div>
    <p class="hint" id="calendar-hint">${t('volunteering.board.calendarHint')} ${t('volunteering.board.monthCount', { month: monthName, count: inMonth })}</p>
    <table class="month" aria-labelledby="month-title" aria-describedby="calendar-hint" @keydown=${(e: KeyboardEvent) => void onDayKey(host, e)}>
      <thead><tr>${weeks[0]!.map((d) => html`<th scope="col" abbr=${new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`))}>${weekday.format(new Date(`${d}T12:00:00Z`))}</th>`)}</tr></thead>
      <tbody>
        ${weeks.map((week) => html`<tr>
          ${week.map((day) => {
            const count = byDay.get(day)?.length ?? 0;
            const other = monthOf(day) !== month;
            return html`<td class=${`${other ? 'other' : ''} ${count > 0 ? 'busy' : ''}`}>
              <button type="button" class="day" data-day=${day} tabindex=${day === focus ? '0' : '-1'} aria-pressed=${day === shownDay ? 'true' : 'false'}
                @click=${() => {
                  host.focusDay = day;
                  host.shownDay = day;
                }} @focus=${() => (host.focusDay = day)}>
                <span aria-hidden="true">${Number(day.slice(8))}</span>${count > 0 ? html`<span class="dot" aria-hidden="true">${count}</span>` : nothing}
                <span class="visually-hidden">${t('volunteering.board.dayCount', { date: label(day), count })}</span>
              </button>
            </td>`;
          })}
        </tr>`)}
      </tbody>
    </table>
    ${shownDay
      ? html`<section class="day-list" aria-labelledby="day-title">
          <h3 id="day-title">${t('volunteering.board.dayHeading', { date: label(shownDay) })}</h3>
          ${shown.length === 0 ? html`<p>${t('volunteering.board.dayEmpty')}</p>` : html`<ul class="items">${shown.map((o) => host.renderItem(o, 'h4'))}</ul>`}
        </section>`
      : nothing}
  </section>`;
}
