import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-volunteer-signup.js';
import type { KohtaamoVolunteerSignup } from './volunteer-signup.js';
import { $, liveApi, shadow } from '../../testing/browser-test-helpers.js';

/** An opportunity of the demo association with one shift, its title in Finnish and English, its description in Finnish only. */
async function finnishMostly(title: string): Promise<string> {
  const staff = { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` };
  const base = `${liveApi()}/api/v1/staff/volunteering/organisations/heinolan-latu/opportunities`;
  const opportunity = (await (
    await fetch(base, { method: 'POST', headers: staff, body: JSON.stringify({ kind: 'talkoot', title: { fi: title, en: title }, description: { fi: 'Pieni vuoro.' }, themes: ['nature'], area: 'keskusta', location: { name: 'Latukeskus' }, contact: { name: 'Latu' } }) })
  ).json()) as { id: string };
  const start = new Date(Date.now() + 41 * 86_400_000);
  start.setUTCHours(7, 0, 0, 0);
  const response = await fetch(`${base}/${opportunity.id}/shifts`, {
    method: 'POST',
    headers: staff,
    body: JSON.stringify({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 3 }),
  });
  expect(response.status).to.equal(201);
  return ((await response.json()) as { id: string }).id;
}

const signup = (lang: string, shift: string) =>
  fixture<KohtaamoVolunteerSignup>(html`<kohtaamo-volunteer-signup api=${liveApi()} lang=${lang} shift=${shift}></kohtaamo-volunteer-signup>`);
const ready = (el: KohtaamoVolunteerSignup) => waitUntil(() => shadow(el).querySelector('h2#title') && !shadow(el).querySelector('.loading'), 'still loading', { timeout: 10_000 });

afterEach(() => fixtureCleanup());

describe('<kohtaamo-volunteer-signup> language of parts', () => {
  it('marks a text shown in Finnish for want of a translation lang="fi" and leaves the page\'s own language unmarked (sv, en; WCAG 3.1.2)', async () => {
    // Staff wrote the title in Finnish and English, the description in Finnish only.
    const shiftId = await finnishMostly('Kielitalkoot');
    for (const [lang, titleLang] of [
      ['sv', 'fi'],
      ['en', null],
    ] as const) {
      const el = await signup(lang, shiftId);
      await ready(el);
      $(el, 'button#open').click();
      await waitUntil(() => shadow(el).querySelector('label[for=name]'), 'the form did not open');
      const title = $(el, 'h2#title');
      expect(title.textContent).to.equal('Kielitalkoot');
      expect(title.getAttribute('lang')).to.equal(titleLang);
      const description = [...shadow(el).querySelectorAll('p')].find((p) => p.textContent === 'Pieni vuoro.');
      expect(description, 'the Finnish-only description').to.exist;
      expect(description!.getAttribute('lang')).to.equal('fi');
      // The widget's own texts take the page's language from the widget's root.
      expect($(el, 'label[for=name]').closest('[lang]')?.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
    const fi = await signup('fi', shiftId);
    await ready(fi);
    expect(shadow(fi).querySelectorAll('[lang]:not(.root)').length, 'nothing marked on a Finnish page').to.equal(0);
  });

});
