import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createVolunteeringStaffApi, type VolunteeringStaffApi } from '@kohtaamo/core';
import '../../define/kohtaamo-volunteer-console.js';
import type { KohtaamoVolunteerConsole } from './volunteer-console.js';
import { focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';
import { signInByKeyboard } from '../../testing/staff-console-test-helpers.js';
import { ownTalkoot } from '../../testing/volunteering-test-data.js';

/**
 * The coordinators' list of opportunities comes in keyset pages (issue 11, ADR 0100): the
 * console reads them one after another to the last. Here the real staff API of the live server
 * is asked for pages of two, so Heinolan Latu ry's list is several pages long, and the console
 * must still list every one of them, count them all, and open one from the last page.
 */
const latuToken = () => `${window.KOHTAAMO_TEST_STAFF_TOKEN}.heinolan-latu`;
type Page = Awaited<ReturnType<VolunteeringStaffApi['opportunities']>>;

afterEach(() => {
  fixtureCleanup();
  sessionStorage.removeItem('kohtaamo-staff-token');
});

describe('<kohtaamo-volunteer-console> list in keyset pages', () => {
  it('lists every one of the association’s opportunities across the pages, counts them all, and opens the oldest by keyboard (en)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const own = await ownTalkoot({ title: { fi: 'Sivutuksen talkoot', en: 'Paging work party' } });
    const pagesRead: Page[] = [];
    const factory = (organisation: string): VolunteeringStaffApi => {
      const real = createVolunteeringStaffApi(createApiClient({ baseUrl: liveApi(), credentials: () => latuToken() }), organisation);
      return {
        ...real,
        opportunities: async (signal, page) => {
          const read = await real.opportunities(signal, { ...page, limit: 2 });
          pagesRead.push(read);
          return read;
        },
      };
    };
    const el = await fixture<KohtaamoVolunteerConsole>(html`<kohtaamo-volunteer-console api=${liveApi()} lang="en" .staffApiFactory=${factory}></kohtaamo-volunteer-console>`);
    await signInByKeyboard(el, latuToken(), { ready: (host) => shadow(host).querySelector('[part=views]') && !text(host, '[part=list] .count').includes('…'), what: 'not signed in' });
    // The server's own count, read without the console.
    const whole = (await (await fetch(`${liveApi()}/api/v1/staff/volunteering/organisations/heinolan-latu/opportunities?limit=200`, { headers: { Authorization: `Bearer ${latuToken()}` } })).json()) as { items: { id: string }[]; total: number };
    expect(whole.total).to.be.greaterThan(2);
    await waitUntil(() => shadow(el).querySelectorAll('.open-opportunity').length === whole.total, `not all listed: ${shadow(el).querySelectorAll('.open-opportunity').length} of ${whole.total}`, { timeout: 10_000 });
    expect(pagesRead.length).to.be.at.least(Math.ceil(whole.total / 2));
    expect(pagesRead.at(-1)!.next).to.equal(null);
    const listed = [...shadow(el).querySelectorAll<HTMLButtonElement>('.open-opportunity')].map((b) => b.dataset.id);
    expect(listed).to.deep.equal(whole.items.map((o) => o.id));
    expect(listed[0]).to.equal(own.opportunity);
    expect(text(el, '[part=list] .count')).to.contain(String(whole.total));
    await expect(el).to.be.accessible();
    // The oldest, on the last page: opened by keyboard.
    const oldest = listed.at(-1)!;
    await tabTo(el, `.open-opportunity[data-id=${oldest}]`, { max: 200 });
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'detail-title', 'detail not focused', { timeout: 10_000 });
    expect(text(el, '#detail-title')).to.contain(text(el, `.open-opportunity[data-id=${oldest}]`));
    await expect(el).to.be.accessible();
  });
});
