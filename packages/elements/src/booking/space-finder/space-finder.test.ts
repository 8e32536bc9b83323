import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { dayOf, isoDate, mondayOf } from '@kohtaamo/core';
import '../../define/kohtaamo-space-finder.js';
import type { KohtaamoSpaceFinder, SpaceChosenEvent } from './space-finder.js';
import type { KohtaamoSpaceUnitsMap } from './space-units-map.js';
import { $, arrowToOption, deadApi, focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

// A Tuesday eight weeks ahead (inside the rooms' 90-day window), a week the booking tests leave alone.
const tuesday = (weeks: number) => isoDate(mondayOf(dayOf(Date.now())) + 7 * weeks + 1);
const ready = (el: KohtaamoSpaceFinder) =>
  waitUntil(() => /\d/.test(text(el, '#count')) || /löytynyt|motsvarar|match/.test(text(el, '#count')) || shadow(el).querySelector('[role="alert"]'), 'no results', { timeout: 10_000 });
const listed = (el: KohtaamoSpaceFinder) => [...shadow(el).querySelectorAll<HTMLElement>('li.item')].map((li) => li.dataset.resource);

describe('<kohtaamo-space-finder>', () => {
  for (const [lang, count, purpose] of [
    ['fi', /tilaa$/, 'Kokoushuone'],
    ['sv', /lokaler$/, 'Mötesrum'],
    ['en', /spaces$/, 'Meeting room'],
  ] as const) {
    it(`lists the bookable spaces with their size, capacity, purposes and accessibility (${lang})`, async () => {
      const loading = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang=${lang}></kohtaamo-space-finder>`);
      await expect(loading).to.be.accessible();
      await ready(loading);
      expect(text(loading, '#count')).to.match(count);
      expect(listed(loading)).to.include.members(['library-room-1', 'library-room-2', 'school-gym', 'heimo-studio']);
      expect(text(loading, '[data-resource="library-room-1"]')).to.contain(purpose).and.contain('30 m²');
      await expect(loading).to.be.accessible();
    });
  }

  for (const [i, lang] of (['fi', 'sv', 'en'] as const).entries()) {
    it(`by keyboard alone (${lang}): a meeting room free on a day at ten for an hour, then its booking calendar`, async () => {
      const day = tuesday(8 + i);
      const el = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang=${lang} unit="library" date=${day}></kohtaamo-space-finder>`);
      await ready(el);
      await tabTo(el, '#f-purpose');
      await arrowToOption(focusedIn(el) as HTMLSelectElement, 'meeting-room');
      await tabTo(el, '#f-time');
      await arrowToOption(focusedIn(el) as HTMLSelectElement, '10:00');
      await tabTo(el, '#f-minutes');
      await arrowToOption(focusedIn(el) as HTMLSelectElement, '60');
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => listed(el).length > 0 && !text(el, '#count').match(/Haetaan|söks|Looking/), 'no free rooms');
      expect(listed(el)).to.have.members(['library-room-1', 'library-room-2', 'library-rooms-both']);
      expect(text(el, '[data-resource="library-room-2"] .free')).to.match(/10[.:]00/);
      await expect(el).to.be.accessible();

      const chosen = oneEvent(el, 'kohtaamo-space-chosen');
      await tabTo(el, '[data-resource="library-room-2"] button.book');
      await press('Enter');
      expect(((await chosen) as unknown as SpaceChosenEvent).resourceId).to.equal('library-room-2');
      await waitUntil(() => focusedIn(el)?.id === 'calendar-title', 'the focus did not move to the calendar');
      const booking = $(el, 'kohtaamo-space-booking');
      await waitUntil(() => booking.shadowRoot?.querySelector('button.cell[tabindex="0"]'), 'no calendar', { timeout: 10_000 });
      expect(booking.getAttribute('date')).to.equal(day);
      // Into the calendar's grid by Tab, then a free start chosen with Enter: the booking form.
      for (let n = 0; n < 10 && !booking.shadowRoot!.activeElement?.matches('button.cell'); n++) await press('Tab');
      expect(booking.shadowRoot!.activeElement?.matches('button.cell')).to.equal(true);
      await press('Enter');
      await waitUntil(() => booking.shadowRoot!.querySelector('form'), 'no booking form');
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`the map opens only when asked, by keyboard, with a marker per unit; the list works without it (${lang})`, async () => {
      const el = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang=${lang}></kohtaamo-space-finder>`);
      await ready(el);
      expect(shadow(el).querySelector('kohtaamo-space-units-map')).to.equal(null);
      await tabTo(el, 'button[aria-controls="map-area"]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector<KohtaamoSpaceUnitsMap>('kohtaamo-space-units-map'), 'no map');
      await waitUntil(() => customElements.get('kohtaamo-space-units-map'), 'the map module did not load');
      const units = shadow(el).querySelector<KohtaamoSpaceUnitsMap>('kohtaamo-space-units-map')!;
      await units.mapReady;
      expect(units.markerCount()).to.equal(3, 'the library, the youth space and the school');
      expect($(el, 'button[aria-controls="map-area"]').getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`no match, a closed day, and a server that cannot be reached (${lang}), axe in each`, async () => {
      const none = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang=${lang} unit="library" purpose="sports"></kohtaamo-space-finder>`);
      await ready(none);
      expect(listed(none)).to.deep.equal([], 'the library has no sports spaces');
      await expect(none).to.be.accessible();
      fixtureCleanup();
      const sunday = isoDate(mondayOf(dayOf(Date.now())) + 7 * 8 + 6);
      const closed = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang=${lang} unit="library" date=${sunday}></kohtaamo-space-finder>`);
      await ready(closed);
      await waitUntil(() => listed(closed).length === 0 && /löytynyt|motsvarar|match/.test(text(closed, '#count')), 'the library is closed on Sundays');
      await expect(closed).to.be.accessible();
      fixtureCleanup();
      const down = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${deadApi()} lang=${lang}></kohtaamo-space-finder>`);
      await waitUntil(() => shadow(down).querySelector('[role="alert"]'), 'no error', { timeout: 10_000 });
      await expect(down).to.be.accessible();
    });
  }

  it('a booking page of its own: booking-url makes each result a link', async () => {
    const el = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang="fi" purpose="sports" booking-url="/varaa.html?tila={resource}&pv={date}"></kohtaamo-space-finder>`);
    await ready(el);
    expect(listed(el)).to.have.members(['school-gym', 'school-gym-a', 'school-gym-b']);
    expect($<HTMLAnchorElement>(el, '[data-resource="school-gym-a"] a.book').getAttribute('href')).to.equal('/varaa.html?tila=school-gym-a&pv=');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<KohtaamoSpaceFinder>(html`<kohtaamo-space-finder api=${liveApi()} lang="sv"></kohtaamo-space-finder>`);
    await ready(el);
    const limit = document.documentElement.clientWidth + 0.5;
    const wide = [...shadow(el).querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > limit).map((e) => `${e.localName}#${e.id}.${e.className}`);
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });
});
