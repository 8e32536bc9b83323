import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-volunteer-board.js';
import type { KohtaamoVolunteerBoard } from './volunteer-board.js';
import { $, arrowToOption, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

const board = (attributes: { lang?: string; organisation?: string } = {}) =>
  fixture<KohtaamoVolunteerBoard>(html`<kohtaamo-volunteer-board api=${liveApi()} lang=${attributes.lang ?? 'fi'} organisation=${attributes.organisation ?? ''}></kohtaamo-volunteer-board>`);
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
    select.dispatchEvent(new Event('change', { bubbles: true }));
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
});
