// The booking calendar a result of `<kohtaamo-space-finder>` opens under itself (issue 12): a
// module of its own, with the booking widget it holds (its own entry, imported here), loaded when
// a person first opens a calendar: a page whose visitors only look at the list never loads it
// (issue 7).
import { html, type TemplateResult } from 'lit';
import type { HttpClient } from '@kohtaamo/core';
import '../../define/kohtaamo-space-booking.js';

/** What the calendar reads of the finder: its server and, in stories, its client. */
export interface CalendarHost {
  readonly api: string;
  readonly http: HttpClient | null;
}

/** The calendar of a resource from a day, under a heading that takes the focus when it opens. */
export const calendar = (host: CalendarHost, title: string, resource: string, date: string, lang: string): TemplateResult =>
  html`<div part="calendar" class="calendar">
    <h4 id="calendar-title" tabindex="-1" class="visually-hidden">${title}</h4>
    <kohtaamo-space-booking api=${host.api} resource=${resource} date=${date} lang=${lang} .http=${host.http}></kohtaamo-space-booking>
  </div>`;
