import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-volunteer-console.js';
import type { KohtaamoVolunteerConsole } from './volunteer-console.js';
import { focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

/**
 * The resident survey's offers of help in <kohtaamo-volunteer-console> (ADR 0054), against the
 * real demo server: the survey module's seeded offers reach the console through the platform's
 * contact offers. The city's coordinators see them with the consent each person gave, and mark
 * them handled by keyboard alone; an association's coordinator has no such view.
 */
const consoleOf = (lang: string) => fixture<KohtaamoVolunteerConsole>(html`<kohtaamo-volunteer-console api=${liveApi()} lang=${lang}></kohtaamo-volunteer-console>`);

async function signIn(el: KohtaamoVolunteerConsole, token: string): Promise<void> {
  await tabTo(el, '#token');
  await type(token);
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('[part=views]') && !text(el, '[part=list] .count').includes('…'), 'not signed in', { timeout: 10_000 });
}

afterEach(() => {
  fixtureCleanup();
  sessionStorage.removeItem('kohtaamo-staff-token');
});

describe('<kohtaamo-volunteer-console> offers of help from the resident survey', () => {
  for (const [lang, view, heading, marked, handled, reopen, reopened] of [
    ['fi', 'Avuntarjoukset', 'Avuntarjoukset asukaskyselystä', 'tarjous on merkitty käsitellyksi', 'Käsitelty', 'Palauta avoimeksi', 'tarjous on taas avoin'],
    ['sv', 'Hjälperbjudanden', 'Hjälperbjudanden från invånarenkäten', 'erbjudandet är markerat som behandlat', 'Behandlat', 'Öppna igen', 'erbjudandet är öppet igen'],
    ['en', 'Offers of help', 'Offers of help from the resident survey', 'the offer is marked handled', 'Handled on', 'Open again', 'the offer is open again'],
  ] as const) {
    it(`the city’s coordinator reads the offers with each person’s consent and marks one handled and open again, by keyboard alone, axe-clean (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(90_000);
      const el = await consoleOf(lang);
      await signIn(el, window.KOHTAAMO_TEST_STAFF_TOKEN);
      await tabTo(el, '#view-offers');
      expect(text(el, '#view-offers')).to.equal(view);
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'view-title' && shadow(el).querySelector('.mark-offer'), 'offers not shown', { timeout: 10_000 });
      expect(text(el, '#view-title')).to.equal(heading);
      const list = text(el, 'ul.offers');
      // The survey's seeded offers, each with the consent in the language the person answered in.
      expect(list).to.contain('Maija Meikäläinen');
      expect(list).to.contain('Voisin lukea ääneen ikäihmisille kirjastossa.');
      // Each seeded offer found by its own words: other test files of the run (the survey widget's)
      // send offers too, under the same names, in other languages.
      const consentOf = (offer: string) => [...shadow(el).querySelectorAll('article')].find((a) => a.textContent!.includes(offer))!.querySelector('.consent q')!;
      expect(consentOf('Voisin lukea ääneen ikäihmisille kirjastossa.').textContent).to.equal('Kaupunki saa ottaa minuun yhteyttä tarjoukseni vuoksi.');
      expect(consentOf('Jag kunde hjälpa till vid stadens evenemang på sommaren.').textContent).to.equal('Staden får kontakta mig om mitt erbjudande.');
      expect(consentOf('Jag kunde hjälpa till vid stadens evenemang på sommaren.').getAttribute('lang')).to.equal('sv');
      expect(consentOf('I could help clean up the beaches in spring.').textContent).to.equal('The city may contact me about my offer.');
      expect(list).to.contain('040 555 0101');
      expect(text(el, '[role=status]')).to.match(/\d/);
      await expect(el).to.be.accessible();

      // Mark Maija's offer handled by keyboard: the focus stays on her button, which now reopens.
      const maija = [...shadow(el).querySelectorAll<HTMLButtonElement>('.mark-offer')].find((b) => b.closest('article')!.textContent!.includes('Voisin lukea ääneen ikäihmisille kirjastossa.'))!;
      const id = maija.dataset.id!;
      await tabTo(el, `.mark-offer[data-id="${id}"]`, { max: 60 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status]').includes(marked), 'not marked', { timeout: 10_000 });
      await waitUntil(() => focusedIn(el)?.matches(`.mark-offer[data-id="${id}"]`) && text(el, `.mark-offer[data-id="${id}"]`) === reopen, 'focus not kept on the button');
      expect(focusedIn(el)!.closest('article')!.querySelector('.offer-status')!.textContent).to.contain(handled);
      await expect(el).to.be.accessible();
      const server = (await (await fetch(`${liveApi()}/api/v1/staff/volunteering/help-offers`, { headers: { Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` } })).json()) as { items: { id: string; handled: unknown }[] };
      expect(server.items.find((o) => o.id === id)!.handled).to.not.equal(null);

      // And open again with Space, so the next language's run starts from the same place.
      await press('Space');
      await waitUntil(() => text(el, '[role=status]').includes(reopened), 'not reopened', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    });
  }

  it('an association’s coordinator has no offers view, and the server refuses them the list', async () => {
    const el = await consoleOf('fi');
    await signIn(el, `${window.KOHTAAMO_TEST_STAFF_TOKEN}.heinolan-latu`);
    expect(shadow(el).querySelector('#view-offers')).to.equal(null);
    const refused = await fetch(`${liveApi()}/api/v1/staff/volunteering/help-offers`, { headers: { Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}.heinolan-latu` } });
    expect(refused.status).to.equal(403);
    expect(refused.headers.get('content-type')).to.match(/^application\/problem\+json/);
  });
});
