import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-volunteer-propose.js';
import type { KohtaamoVolunteerPropose } from './volunteer-propose.js';
import { $, arrowToOption, clearField, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

const propose = (attributes: { lang?: string; api?: string; id?: string } = {}) =>
  fixture<KohtaamoVolunteerPropose>(html`<kohtaamo-volunteer-propose id=${attributes.id ?? 'propose-test'} api=${attributes.api ?? liveApi()} lang=${attributes.lang ?? 'fi'}></kohtaamo-volunteer-propose>`);

/** A day three weeks ahead, as the date input holds it. */
function futureDay(): { iso: string; y: string; m: string; d: string } {
  const day = new Date(Date.now() + 21 * 86_400_000);
  const [y, m, d] = day.toISOString().slice(0, 10).split('-') as [string, string, string];
  return { iso: `${y}-${m}-${d}`, y, m, d };
}

/** Types a date into a focused date input in the order the browser's locale shows its parts. */
async function typeDate(day: { y: string; m: string; d: string }): Promise<void> {
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 4, 16)).filter((p) => p.type !== 'literal').map((p) => p.type);
  for (const part of order) await type(part === 'year' ? day.y : part === 'month' ? day.m : day.d);
}

/** Types a time into a focused time input (24 h, or 12 h with AM/PM as the locale has it). */
async function typeTime(hours: number, minutes: number): Promise<void> {
  const h12 = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12;
  const hh = h12 ? ((hours + 11) % 12) + 1 : hours;
  await type(String(hh).padStart(2, '0'));
  await type(String(minutes).padStart(2, '0'));
  if (h12) await type(hours < 12 ? 'A' : 'P');
}

/** Fills the whole form by keyboard, in the order Tab visits the fields. */
async function fillByKeyboard(el: KohtaamoVolunteerPropose, what: string): Promise<void> {
  const day = futureDay();
  await tabTo(el, 'input[name=what]');
  await type(what);
  await tabTo(el, 'textarea[name=description]');
  await type('Kerätään roskat rannalta ja puistosta.');
  await tabTo(el, 'input[name=where]');
  await type('Tähtiniemen uimaranta');
  const area = await tabTo(el, 'select[name=area]');
  await arrowToOption(area as HTMLSelectElement, 'tahtiniemi');
  await tabTo(el, 'input[name=date]');
  await typeDate(day);
  await tabTo(el, 'input[name=startTime]');
  await typeTime(10, 0);
  await tabTo(el, 'input[name=endTime]');
  await typeTime(13, 30);
  await tabTo(el, 'input[name=expectedPeople]');
  await type('12');
  await tabTo(el, 'textarea[name=supplies]');
  await type('20 roskapussia');
  await press('Enter');
  await type('roskapihtejä');
  await tabTo(el, 'input[name=proposerName]');
  await type('Pekka Puistonen');
  await tabTo(el, 'input[name=proposerEmail]');
  await type('pekka@example.fi');
}

afterEach(() => {
  fixtureCleanup();
  localStorage.removeItem('kohtaamo:volunteer-propose:propose-test');
  sessionStorage.removeItem('kohtaamo:volunteer-propose:propose-test');
});

describe('<kohtaamo-volunteer-propose>', () => {
  it('renders the form in Finnish, Swedish and English, accessible', async () => {
    for (const [lang, heading, label, submit] of [
      ['fi', 'Ehdota talkoita', 'Mitä talkoissa tehdään?', 'Lähetä ehdotus'],
      ['sv', 'Föreslå ett talko', 'Vad ska man göra på talkot?', 'Skicka förslaget'],
      ['en', 'Propose a work party', 'What will the work party do?', 'Send the proposal'],
    ] as const) {
      const el = await propose({ lang });
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal(heading);
      expect(text(el, 'label[for=what]')).to.equal(label);
      expect(text(el, 'button[type=submit]')).to.equal(submit);
      fixtureCleanup();
    }
  });

  it('shows every error at the top, linked to its field, then proposes by keyboard alone (sv)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const el = await propose({ lang: 'sv' });
    await tabTo(el, 'input[name=what]');
    await type('Strandstädning');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#summary'), 'no summary');
    expect(focusedIn(el)).to.equal($(el, '#summary'));
    await expect(el).to.be.accessible();
    const summary = text(el, '#summary');
    expect(summary).to.contain('Beskrivning');
    expect(summary).to.contain('Område');
    expect(summary).not.to.contain('Vad ska man göra');
    expect($(el, 'textarea[name=description]').getAttribute('aria-invalid')).to.equal('true');
    await press('Tab');
    await press('Enter');
    expect(focusedIn(el)).to.equal($(el, 'textarea[name=description]'));
    // The whole form by keyboard from the top (the title typed again over the one kept), then sent.
    await tabTo(el, 'input[name=what]', { backwards: true });
    await clearField();
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-proposal-submitted', resolve, { once: true }));
    await fillByKeyboard(el, 'Strandstädning i Tähtiniemi');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    const proposal = ((await submitted) as Event & { proposal: { what: string; status: string } }).proposal;
    expect([proposal.what, proposal.status]).to.deep.equal(['Strandstädning i Tähtiniemi', 'proposed']);
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    expect(text(el, '#confirmation-title')).to.equal('Förslaget har tagits emot');
    await expect(el).to.be.accessible();
  });

  it('proposes talkoot by keyboard alone; the city’s coordinator sees the proposal (fi)', async () => {
    const el = await propose();
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-proposal-submitted', resolve, { once: true }));
    await fillByKeyboard(el, 'Rantapuiston siivoustalkoot');
    expect(($(el, 'select[name=area]') as HTMLSelectElement).value).to.equal('tahtiniemi');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    const event = (await submitted) as Event & { proposal: { id: string; status: string; supplies: unknown[] } };
    expect(event.proposal.status).to.equal('proposed');
    expect(event.proposal.supplies).to.deep.equal([{ item: 'roskapussia', quantity: 20 }, { item: 'roskapihtejä' }]);
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    expect(text(el, '[part=confirmation]')).to.contain('Tähtiniemi');
    await expect(el).to.be.accessible();
    const staff = { Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` };
    const list = (await (await fetch(`${liveApi()}/api/v1/staff/volunteering/proposals`, { headers: staff })).json()) as { items: { id: string; what: string }[] };
    expect(list.items.find((p) => p.id === event.proposal.id)?.what).to.equal('Rantapuiston siivoustalkoot');
    // A new proposal starts empty, with the focus on its heading.
    await tabTo(el, 'button.secondary');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('form'));
    expect(($(el, 'input[name=what]') as HTMLInputElement).value).to.equal('');
  });

  it('keeps the text through a lost connection and sends it with “try now” (en)', async () => {
    const el = await propose({ lang: 'en', api: deadApi() });
    await fillByKeyboard(el, 'Shore clean-up');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#retry'), 'no retry', { timeout: 15_000 });
    expect(text(el, '[role=status]')).to.contain('connection');
    await expect(el).to.be.accessible();
    // The text is kept on the device: a reloaded form has it.
    expect(localStorage.getItem('kohtaamo:volunteer-propose:propose-test')).to.contain('Shore clean-up');
    expect(localStorage.getItem('kohtaamo:volunteer-propose:propose-test')).not.to.contain('pekka@example.fi');
    // The connection comes back; the person tries now.
    el.api = liveApi();
    await el.updateComplete;
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-proposal-submitted', resolve, { once: true }));
    let sent = false;
    void submitted.then(() => (sent = true));
    try {
      await tabTo(el, '#retry', { backwards: true });
      await press('Enter');
    } catch (error) {
      // The store's own scheduled retry may send it first on a slow machine: then the button is gone.
      if (!sent) throw error;
    }
    await submitted;
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(text(el, '[part=confirmation]')).to.contain('Shore clean-up');
    await expect(el).to.be.accessible();
  });

  it('keeps what the person typed when the checking and sending part fails to load, and sends it by keyboard once the retry loads it (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const created = document.createElement('kohtaamo-volunteer-propose');
    // The network drops before the lazy part (the checks, the sending, their texts) is fetched.
    let offline = true;
    const load = created.later.load;
    created.later.load = () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    created.id = 'propose-test';
    created.setAttribute('api', liveApi());
    created.setAttribute('lang', 'fi');
    const el = await fixture<KohtaamoVolunteerPropose>(html`${created}`);
    await fillByKeyboard(el, 'Verkottomat rantatalkoot');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#later-failed'), 'no notice of the failed part');
    expect(text(el, '#later-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    expect(focusedIn(el)).to.equal($(el, '#later-failed'));
    expect($<HTMLInputElement>(el, 'input[name=what]').value).to.equal('Verkottomat rantatalkoot');
    expect($<HTMLInputElement>(el, 'input[name=proposerEmail]').value).to.equal('pekka@example.fi');
    expect(text(el, 'button[type=submit]')).to.equal('Lähetä ehdotus');
    expect(localStorage.getItem('kohtaamo:volunteer-propose:propose-test')).to.contain('Verkottomat rantatalkoot');
    await expect(el).to.be.accessible();
    offline = false;
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-proposal-submitted', resolve, { once: true }));
    await tabTo(el, '#later-failed button');
    await press('Enter');
    const proposal = ((await submitted) as Event & { proposal: { what: string; status: string } }).proposal;
    expect([proposal.what, proposal.status]).to.deep.equal(['Verkottomat rantatalkoot', 'proposed']);
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
  });

  it('shows the checks\' texts in the page\'s language once the part is here (en)', async () => {
    const el = await propose({ lang: 'en' });
    await tabTo(el, 'input[name=proposerEmail]');
    await type('pekka');
    await tabTo(el, 'input[name=expectedPeople]', { backwards: true });
    await type('5000');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#summary'), 'no summary');
    expect(text(el, '#proposerEmail-error')).to.contain('Check the email address');
    expect(text(el, '#expectedPeople-error')).to.contain('1000');
  });

  it('works from 320 px wide', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kohtaamo-volunteer-propose api=${liveApi()}></kohtaamo-volunteer-propose></div>`);
    const el = wrap.querySelector('kohtaamo-volunteer-propose')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });
});
