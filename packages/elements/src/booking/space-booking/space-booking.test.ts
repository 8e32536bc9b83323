import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { dayOf, isoDate } from '@kohtaamo/core';
import '../../define/kohtaamo-space-booking.js';
import type { KohtaamoSpaceBooking, SpaceBookedEvent } from './space-booking.js';
import { $, focusedIn, liveApi, press, tabTo, text, type } from '../../testing/browser-test-helpers.js';

afterEach(() => fixtureCleanup());

// Two weeks ahead: inside the demo rooms' 90-day window, past the lead time, on a week of its own per test.
const weekAhead = (weeks: number) => isoDate(dayOf(Date.now()) + 7 * weeks);
const calendar = async (lang: string, resource = 'library-room-2', weeks = 2) => {
  const el = await fixture<KohtaamoSpaceBooking>(
    html`<kohtaamo-space-booking api=${liveApi()} resource=${resource} date=${weekAhead(weeks)} lang=${lang} manage-url="/varaus?b={id}#{code}"></kohtaamo-space-booking>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no calendar', { timeout: 10_000 });
  return el;
};

describe('<kohtaamo-space-booking>', () => {
  it('shows a week of the resource as a grid of free, booked and closed times, in fi, sv and en', async () => {
    for (const [lang, title] of [
      ['fi', 'Varaa: Kokoushuone Kymi'],
      ['sv', 'Boka: Mötesrum Kymi'],
      ['en', 'Book: Meeting room Kymi'],
    ] as const) {
      const el = await calendar(lang);
      expect(text(el, 'h2')).to.equal(title);
      expect(el.shadowRoot!.querySelectorAll('button.cell[tabindex="0"]').length).to.equal(1, 'one tab stop in the grid');
      expect(el.shadowRoot!.querySelectorAll('button.cell.free').length).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    }
  });

  for (const [i, lang] of (['fi', 'sv', 'en'] as const).entries()) {
    it(`books a meeting room by keyboard alone (${lang}): arrows, Enter, the form, a confirmation with a code and an .ics`, async () => {
      const el = await calendar(lang, 'library-room-2', 3 + i);
      const start = await tabTo(el, 'button.cell[tabindex="0"]');
      const startKey = start.dataset.cell!;
      await press('ArrowDown');
      expect((focusedIn(el) as HTMLElement).dataset.cell).to.not.equal(startKey, 'the arrow key moved the focus');
      await press('ArrowUp');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form after Enter');
      expect(focusedIn(el)!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();

      // Submitting empty names the missing field and moves the focus to it.
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('#e-name'), 'no field error');
      expect(focusedIn(el)!.id).to.equal('f-name');
      await expect(el).to.be.accessible();

      await type(`Keyboard ${lang}`);
      await tabTo(el, '#f-email');
      await type(`keyboard-${lang}-${Date.now()}@example.fi`);
      await tabTo(el, 'button[type="submit"]');
      const booked = oneEvent(el, 'kohtaamo-space-booked');
      await press('Enter');
      const event = (await booked) as unknown as SpaceBookedEvent;
      expect(event.booking.status).to.equal('confirmed');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'no result');
      const result = text(el, '[part="result"]');
      expect(result).to.contain(event.booking.manageCode);
      expect($<HTMLAnchorElement>(el, 'a[download]').href).to.match(/^blob:/);
      expect($<HTMLAnchorElement>(el, '[part="result"] a:not([download])').getAttribute('href')).to.equal(`/varaus?b=${event.booking.id}#${event.booking.manageCode}`);
      await expect(el).to.be.accessible();
    });
  }

  it('a resource that needs handling answers "waiting for handling"', async () => {
    const el = await calendar('en', 'library-rooms-both', 6);
    await tabTo(el, 'button.cell[tabindex="0"]');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form');
    await tabTo(el, '#f-name');
    await type('Handling test');
    await tabTo(el, '#f-email');
    await type(`handling-${Date.now()}@example.fi`);
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'no result');
    expect(text(el, '[part="result"] h3')).to.equal('Your request is waiting for handling. You will hear when it has been handled.');
    await expect(el).to.be.accessible();
  });

  it('says so when the calendar cannot be loaded', async () => {
    const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking api=${liveApi()} resource="no-such-room" lang="fi"></kohtaamo-space-booking>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error');
    await expect(el).to.be.accessible();
  });
});
