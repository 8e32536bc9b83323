import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createVolunteeringBoardApi, type VolunteeringBoardApi } from '@kohtaamo/core';
import '../../define/kohtaamo-volunteer-board.js';
import type { KohtaamoVolunteerBoard } from './volunteer-board.js';
import { $, arrowToOption, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { ownTalkoot } from '../../testing/volunteering-test-data.js';

const board = (attributes: { lang?: string; organisation?: string; view?: string } = {}) =>
  fixture<KohtaamoVolunteerBoard>(html`<kohtaamo-volunteer-board api=${liveApi()} lang=${attributes.lang ?? 'fi'} organisation=${attributes.organisation ?? ''} view=${attributes.view ?? 'list'}></kohtaamo-volunteer-board>`);
const calendarShown = (el: KohtaamoVolunteerBoard) => waitUntil(() => shadow(el).querySelector('table.month button.day'), 'no calendar', { timeout: 10_000 });
/** A day in Helsinki (YYYY-MM-DD): today's, or a shift's. */
const helsinkiDay = (instant: string | Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(instant));
const loaded = (el: KohtaamoVolunteerBoard) => waitUntil(() => shadow(el).querySelector('ul.items'), 'not loaded', { timeout: 10_000 });

afterEach(() => fixtureCleanup());

describe('<kohtaamo-volunteer-board>', () => {
  it('lists the opportunities in Finnish, Swedish and English, accessibly', async () => {
    for (const [lang, heading, title] of [
      ['fi', 'Vapaaehtoistyö ja talkoot', 'Latupohjien raivaustalkoot'],
      ['sv', 'Frivilligarbete och talko', 'Röjningstalko för skidspåren'],
      ['en', 'Volunteering and work parties', 'Ski track clearing work party'],
    ] as const) {
      const el = await board({ lang });
      await loaded(el);
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal(heading);
      expect(text(el, 'ul.items')).to.contain(title);
      fixtureCleanup();
    }
  });

  it('shows one association’s opportunities only, and filters by theme and suitability by keyboard', async () => {
    const el = await board({ organisation: 'heinolan-latu' });
    await loaded(el);
    expect(text(el, 'ul.items')).to.contain('Latupohjien raivaustalkoot');
    expect(text(el, 'ul.items')).not.to.contain('Puistotalkoot rannassa');
    const select = (await tabTo(el, 'select[name=theme]')) as HTMLSelectElement;
    await arrowToOption(select, 'nature');
    // Only the nature-themed ones of the association (another test may have added one).
    await waitUntil(() => /^\d+ tehtävä/.test(text(el, '[role=status]')) && text(el, 'ul.items').includes('Latupohjien'), 'theme nature');
    expect(text(el, 'ul.items')).to.contain('Latupohjien');
    await expect(el).to.be.accessible();
    await tabTo(el, 'input[name=remote]');
    await press('Space');
    await waitUntil(() => text(el, '[role=status]') === '0 tehtävää', 'remote filter');
    expect($(el, 'input[name=remote]')).to.have.property('checked', true);
    await expect(el).to.be.accessible();
  });

  for (const [lang, title, count] of [
    ['fi', 'Kalenterin talkoot fi', /\d+ tehtävää?$/],
    ['sv', 'Kalenderns talko sv', /\d+ uppgift(er)?$/],
    ['en', 'The calendar’s work party en', /\d+ opportunit(y|ies)$/],
  ] as const) {
    it(`shows a month calendar, accessibly, and moves to the talkoot’s day by keyboard alone (${lang})`, async () => {
      // A talkoot of the test's own, twelve days ahead: across a month's end on some days of the year.
      const own = await ownTalkoot({ title: { fi: `Kalenterin talkoot ${lang}`, sv: `Kalenderns talko ${lang}`, en: `The calendar’s work party ${lang}` }, daysAhead: 12, hour: 9 });
      const el = await board({ lang });
      await loaded(el);
      await tabTo(el, '#view-calendar');
      await press('Enter');
      await calendarShown(el);
      expect($(el, '#view-calendar').getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      const target = helsinkiDay(own.startsAt);
      const today = helsinkiDay(new Date());
      const days = Math.round((Date.parse(`${target}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
      await tabTo(el, 'button.day[tabindex="0"]');
      expect((shadow(el).activeElement as HTMLElement).dataset.day).to.equal(today);
      // A week at a time, then day by day: the focus follows, across a month's end too.
      for (let i = 0; i < Math.floor(days / 7); i++) await press('ArrowDown');
      for (let i = 0; i < days % 7; i++) await press('ArrowRight');
      expect((shadow(el).activeElement as HTMLElement).dataset.day).to.equal(target);
      expect((shadow(el).activeElement as HTMLElement).querySelector('.visually-hidden')!.textContent).to.match(count);
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#day-title'), 'no day list');
      expect(text(el, '.day-list')).to.contain(title);
      await expect(el).to.be.accessible();
      // Page Down and Page Up move by months and back to the same day.
      await press('PageDown');
      await press('PageUp');
      expect((shadow(el).activeElement as HTMLElement).dataset.day).to.equal(target);
    });
  }

  for (const [lang, local, ongoing, environment, elsewhere] of [
    ['fi', 'Latupohjien raivaustalkoot', 'Jatkuva tehtävä', 'Ympäristö', 'Muu Heinola'],
    ['sv', 'Röjningstalko för skidspåren', 'Fortlöpande uppgift', 'Miljö', 'Övriga Heinola'],
    ['en', 'Ski track clearing work party', 'Ongoing task', 'Environment', 'Elsewhere in Heinola'],
  ] as const) {
    it(`lists the tasks imported from vapaaehtoistyo.fi beside the local ones, marked and linked to the portal, accessibly, and keeps one through the theme filter by keyboard (${lang})`, async () => {
      // A server whose import job read a loopback stand-in of the portal at start-up (scripts/wtr-portal-server.mjs).
      const el = await fixture<KohtaamoVolunteerBoard>(html`<kohtaamo-volunteer-board api=${window.KOHTAAMO_TEST_PORTAL_API} lang=${lang}></kohtaamo-volunteer-board>`);
      await loaded(el);
      const items = [...shadow(el).querySelectorAll('ul.items > li')];
      const weeding = items.find((li) => li.textContent!.includes('Vieraslajitalkoot Jyränkönkoskella'))!;
      const friend = items.find((li) => li.textContent!.includes('Ystävätoiminnan vapaaehtoinen'))!;
      expect(weeding, 'the imported talkoot is not on the board').to.exist;
      expect(friend, 'the imported ongoing task is not on the board').to.exist;
      expect(text(el, 'ul.items'), 'the local ones are gone').to.contain(local);
      expect(text(el, 'ul.items'), 'a draft of the portal').not.to.contain('Luonnos');
      // Marked as the portal's, its title a link to the task's page there, in Finnish (the portal's language).
      expect(weeding.querySelector('.tag')!.textContent).to.equal('vapaaehtoistyo.fi');
      const link = weeding.querySelector<HTMLAnchorElement>('h3 a')!;
      expect(link.href).to.equal('https://vapaaehtoistyo.fi/fi/task/48377');
      expect(weeding.querySelector('h3')!.getAttribute('lang')).to.equal(lang === 'fi' ? null : 'fi');
      expect(weeding.textContent).to.contain('Heinolan Seudun Luonnonsuojeluyhdistys');
      expect(friend.textContent).to.contain(ongoing);
      // The area: the one its address names, else elsewhere in the city; never the importer's placeholder, nor in the area filter.
      expect(weeding.querySelector('.meta')!.textContent).to.contain('Jyränkönkoski, Heinola, Jyränkö');
      expect(friend.querySelector('.meta')!.textContent).to.contain(`Kauppakatu 10, 18100 Heinola, ${elsewhere}`);
      expect(text(el, 'ul.items')).not.to.contain('unknown');
      expect([...$<HTMLSelectElement>(el, 'select[name=area]').options].map((o) => o.value)).not.to.include('unknown');
      await expect(el).to.be.accessible();
      // The portal's theme word became ours: the environment filter keeps the talkoot, by keyboard.
      const select = (await tabTo(el, 'select[name=theme]')) as HTMLSelectElement;
      await arrowToOption(select, 'environment');
      expect(select.selectedOptions[0]!.textContent).to.equal(environment);
      await waitUntil(() => !text(el, 'ul.items').includes('Ystävätoiminnan') && text(el, 'ul.items').includes('Vieraslajitalkoot'), 'theme environment');
      expect(await tabTo(el, 'a[href="https://vapaaehtoistyo.fi/fi/task/48377"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('filters by area and dates by keyboard, with the theme names in the language (sv)', async () => {
    const el = await board({ lang: 'sv' });
    await loaded(el);
    expect(text(el, 'select[name=theme]')).to.contain('Natur');
    const area = (await tabTo(el, 'select[name=area]')) as HTMLSelectElement;
    await arrowToOption(area, 'keskusta');
    await waitUntil(() => text(el, 'ul.items').includes('Röjningstalko för skidspåren'), 'keskusta');
    await arrowToOption(area, 'lusi');
    await waitUntil(() => text(el, '[role=status]') === '0 uppgifter', 'area filter');
    await tabTo(el, 'input[name=from]');
    const year = String(new Date().getFullYear() + 3);
    const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 4, 16)).filter((p) => p.type !== 'literal').map((p) => p.type);
    for (const part of order) await type(part === 'year' ? year : part === 'month' ? '01' : '01');
    await waitUntil(() => text(el, '[role=status]') === '0 uppgifter', 'date filter');
    await expect(el).to.be.accessible();
  });

  it('says so when the calendar cannot be loaded, keeps the list of filters, and shows the calendar after a retry by keyboard', async () => {
    const created = document.createElement('kohtaamo-volunteer-board');
    // The network drops before the calendar's module is fetched.
    let offline = true;
    const load = created.calendar.load;
    created.calendar.load = () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    created.setAttribute('api', liveApi());
    created.setAttribute('view', 'calendar');
    const el = await fixture<KohtaamoVolunteerBoard>(html`${created}`);
    await waitUntil(() => shadow(el).querySelector('#calendar-failed'), 'no notice of the failed calendar', { timeout: 10_000 });
    expect(text(el, '#calendar-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    await expect(el).to.be.accessible();
    // Back online only once the retry has the focus: the part's idle prefetch also tries again,
    // and had it come first the button would be gone before Tab reached it (a CI run on 4384af3).
    await tabTo(el, '#calendar-failed button');
    offline = false;
    await press('Enter');
    await calendarShown(el);
    await expect(el).to.be.accessible();
  });

  it('the calendar works from 320 px wide', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kohtaamo-volunteer-board api=${liveApi()} view="calendar"></kohtaamo-volunteer-board></div>`);
    const el = wrap.querySelector('kohtaamo-volunteer-board')!;
    await calendarShown(el);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('reads the next page by keyboard: says so in the status when it fails, keeps what is shown, and appends it on a retry with the focus on its first opportunity (en)', async () => {
    // The live board split in two pages by a stand-in cursor; the first read of the second page fails.
    const live = createVolunteeringBoardApi(createApiClient({ baseUrl: liveApi() }));
    let failures = 1;
    const paged: VolunteeringBoardApi = {
      ...live,
      board: async (query = {}) => {
        const { cursor, ...filter } = query;
        const { items } = await live.board({ ...filter, limit: '100' });
        if (!cursor) return { items: items.slice(0, 1), next: 'page-2' };
        if (failures-- > 0) throw new TypeError('Failed to fetch');
        return { items: items.slice(1), next: null };
      },
    };
    const el = await fixture<KohtaamoVolunteerBoard>(html`<kohtaamo-volunteer-board lang="en" .volunteeringApi=${paged}></kohtaamo-volunteer-board>`);
    await loaded(el);
    expect(shadow(el).querySelectorAll('ul.items > li')).to.have.length(1);
    expect(text(el, '#more')).to.equal('Show more opportunities');
    await expect(el).to.be.accessible();
    await tabTo(el, '#more');
    await press('Enter');
    await waitUntil(() => text(el, '[role=status]') !== '1 opportunity', 'no notice of the failed page');
    expect(text(el, '[role=status]')).to.contain('could not be reached');
    expect(shadow(el).querySelectorAll('ul.items > li')).to.have.length(1);
    expect(text(el, '#more')).to.equal('Show more opportunities');
    await expect(el).to.be.accessible();
    await tabTo(el, '#more');
    await press('Enter');
    await waitUntil(() => !shadow(el).querySelector('#more'), 'the last page read');
    const items = shadow(el).querySelectorAll('ul.items > li');
    expect(items.length).to.be.greaterThan(1);
    expect(shadow(el).activeElement).to.equal(items[1]);
    expect(text(el, '[role=status]')).to.match(new RegExp(`^${items.length} `));
    await expect(el).to.be.accessible();
  });
});
