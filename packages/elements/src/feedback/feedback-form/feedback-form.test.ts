import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { TRACKING_CODE_PATTERN } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-form.js';
import '../../define/kohtaamo-feedback-status.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import type { KohtaamoFeedbackSubmittedEvent } from './feedback-form.events.js';
import {
  $,
  arrowToOption,
  deadApi,
  focusedIn,
  liveApi,
  press,
  requestsTo,
  shadow,
  tabTo,
  text,
  type,
} from '../../testing/browser-test-helpers.js';

const MESSAGE = 'Kauppakadun katuvalo on rikki ja vilkkuu koko yön.';

let formCount = 0;
/** A form with an id of its own, so that no two tests share a stored draft. */
async function form(attributes: { lang?: string; category?: string; api?: string } = {}): Promise<KohtaamoFeedbackForm> {
  const id = `form-${Date.now()}-${formCount++}`;
  const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
    id=${id}
    api=${attributes.api ?? liveApi()}
    category=${attributes.category ?? ''}
    lang=${attributes.lang ?? 'fi'}
  ></kohtaamo-feedback-form>`);
  return el;
}

/** Waits until the topics came from the server and the select can be used. */
async function categoriesLoaded(el: KohtaamoFeedbackForm): Promise<HTMLSelectElement> {
  await waitUntil(() => {
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name=category]');
    return select && !select.disabled;
  }, 'the topics did not load from the server');
  return $<HTMLSelectElement>(el, 'select[name=category]');
}

/** Chooses "streets" and writes the message: the first view's fields, by keyboard. */
async function fillFirstView(el: KohtaamoFeedbackForm): Promise<void> {
  const select = (await tabTo(el, 'select[name=category]')) as HTMLSelectElement;
  await arrowToOption(select, 'streets');
  await tabTo(el, 'textarea[name=message]');
  await type(MESSAGE);
}

/** Chooses "streets" and writes the message and the address (a field that comes at the first touch), all by keyboard. */
async function fillByKeyboard(el: KohtaamoFeedbackForm): Promise<void> {
  await fillFirstView(el);
  await tabTo(el, 'input[name=address]');
  await type('Kauppakatu 10');
}

const trackingCodeOf = (el: KohtaamoFeedbackForm) => shadow(el).querySelector('[part="tracking-code"]');

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});

describe('<kohtaamo-feedback-form>', () => {
  it('renders in Finnish by default, with the topics from the server', async () => {
    const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id="fi-default" api=${liveApi()}></kohtaamo-feedback-form>`);
    await expect(el).to.be.accessible();
    await categoriesLoaded(el);
    await expect(el).to.be.accessible();
    expect(el.api).to.equal(liveApi());
    expect(el.category).to.equal('');
    expect(text(el, 'h2')).to.equal('Anna palautetta');
    expect(text(el, 'label[for=message]')).to.equal('Palaute');
    expect(text(el, 'select[name=category]')).to.contain('Kadut ja liikenne');
    expect($(el, '.root').getAttribute('lang')).to.equal('fi');
    expect(text(el, 'button[type=submit]')).to.equal('Lähetä palaute');
  });

  it('renders in Swedish and English, and follows the nearest lang as it changes', async () => {
    const sv = await form({ lang: 'sv' });
    await expect(sv).to.be.accessible();
    await categoriesLoaded(sv);
    expect(text(sv, 'h2')).to.equal('Ge respons');
    expect(text(sv, 'select[name=category]')).to.contain('Gator och trafik');
    expect(text(sv, 'button[type=submit]')).to.equal('Skicka respons');

    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <kohtaamo-feedback-form id="inherits-lang" api=${liveApi()}></kohtaamo-feedback-form>
    </div>`);
    const en = wrapper.querySelector('kohtaamo-feedback-form')!;
    await expect(en).to.be.accessible();
    await categoriesLoaded(en);
    expect(text(en, 'h2')).to.equal('Give feedback');
    expect(text(en, 'select[name=category]')).to.contain('Streets and traffic');

    wrapper.lang = 'sv';
    await waitUntil(() => text(en, 'h2') === 'Ge respons', 'did not follow the ancestor lang');
    en.lang = 'fi';
    await waitUntil(() => text(en, 'h2') === 'Anna palautetta', 'did not follow its own lang');
  });

  it('preselects the category given by attribute and keeps the select', async () => {
    const el = await form({ category: 'parks' });
    await expect(el).to.be.accessible();
    const select = await categoriesLoaded(el);
    expect(select.value).to.equal('parks');
    expect(select.options.length).to.be.greaterThan(2);
  });

  it('sends a valid feedback typed by keyboard, shows the tracking code, and the status element finds it', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await categoriesLoaded(el);
    const events: KohtaamoFeedbackSubmittedEvent[] = [];
    document.addEventListener('kohtaamo-feedback-submitted', (e) => events.push(e));

    await fillByKeyboard(el);
    await press('Enter');
    await waitUntil(() => trackingCodeOf(el), 'no tracking code shown');

    const code = text(el, '[part="tracking-code"]');
    expect(code).to.match(TRACKING_CODE_PATTERN);
    expect(text(el, '[part="confirmation"] h2')).to.equal('Kiitos! Palautteesi on vastaanotettu.');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    await expect(el).to.be.accessible();

    expect(events).to.have.length(1);
    expect(events[0]!.receipt.trackingCode).to.equal(code);
    expect(events[0]!.receipt.status).to.equal('received');
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);

    const status = await fixture(html`<kohtaamo-feedback-status api=${liveApi()} code=${code}></kohtaamo-feedback-status>`);
    await waitUntil(() => shadow(status).querySelector('[part="status"]'), 'the status element found nothing');
    expect(text(status, '[part="status"]')).to.equal('Vastaanotettu');
    expect(text(status, 'dl')).to.contain('Kadut ja liikenne');

    // "Give new feedback" empties the form and takes the focus back to its heading.
    await tabTo(el, 'button:not(.secondary)');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('form'), 'the form did not come back');
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal('');
    expect(focusedIn(el)).to.equal($(el, '#title'));
    expect(events).to.have.length(1);
  });

  it('keeps the text and offers "Try now" when the sending part cannot be imported on send', async () => {
    // The part used after acting (the other fields, store, checks, confirmation) is imported at
    // the first touch: here that import and the one on sending fail, as on a dropped connection;
    // the next one works.
    const el = document.createElement('kohtaamo-feedback-form');
    el.id = `later-fails-send-${Date.now()}`;
    el.api = liveApi();
    el.lang = 'fi';
    const real = el.importLater;
    let fail = true;
    let imports = 0;
    el.importLater = () => {
      imports += 1;
      return fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await categoriesLoaded(el);
    expect(imports).to.equal(0, 'imported before anyone touched the form');

    await fillFirstView(el);
    await waitUntil(() => imports >= 1, 'the sending part was not imported at the first touch');
    // The failed import says so (the fields after the message come with it), and offers a retry.
    await waitUntil(() => shadow(el).querySelector('#later-failed'), 'no notice of the failed import');
    expect(text(el, '#later-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    expect(shadow(el).querySelector('input[name=address]')).to.equal(null);
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'later-failed', 'the notice did not take the focus');
    expect(text(el, '#later-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    expect($<HTMLSelectElement>(el, 'select[name=category]').value).to.equal('streets');
    await expect(el).to.be.accessible();

    fail = false;
    await tabTo(el, '#later-failed button');
    await press('Enter');
    await waitUntil(() => trackingCodeOf(el), 'not sent after "Try now"');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    expect(shadow(el).querySelector('#later-failed')).to.equal(null);
  });

  it('a failed import at the first touch offers "Try now", which brings the other fields with the text kept', async () => {
    const el = document.createElement('kohtaamo-feedback-form');
    el.id = `later-fails-touch-${Date.now()}`;
    el.api = liveApi();
    el.lang = 'fi';
    const real = el.importLater;
    let fail = true;
    el.importLater = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real());
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await categoriesLoaded(el);
    await tabTo(el, 'textarea[name=message]');
    await waitUntil(() => shadow(el).querySelector('#later-failed'), 'no notice of the failed import');
    fail = false;
    await type(MESSAGE);
    // Typing tries the import again: the other fields come, and the text typed stays.
    await waitUntil(() => shadow(el).querySelector('input[name=address]'), 'the other fields did not come');
    expect(shadow(el).querySelector('#later-failed')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    await expect(el).to.be.accessible();
  });

  it('"Try now" after a failed import at the first touch brings the other fields, by keyboard', async () => {
    const el = document.createElement('kohtaamo-feedback-form');
    el.id = `later-retry-touch-${Date.now()}`;
    el.api = liveApi();
    el.lang = 'sv';
    const real = el.importLater;
    let fail = true;
    el.importLater = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real());
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await categoriesLoaded(el);
    await tabTo(el, 'select[name=category]');
    await waitUntil(() => shadow(el).querySelector('#later-failed'), 'no notice of the failed import');
    expect(text(el, '#later-failed')).to.contain('Det gick inte att nå servern');
    await expect(el).to.be.accessible();
    fail = false;
    await tabTo(el, '#later-failed button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('input[name=address]'), 'the other fields did not come');
    expect(shadow(el).querySelector('#later-failed')).to.equal(null);
    expect(text(el, 'label[for=address]')).to.contain('Adress');
    await expect(el).to.be.accessible();
  });

  it('keeps every keystroke typed before the later part arrives, and keeps the draft once it has', async () => {
    // The store that keeps the draft comes with the later part (with the fields after the
    // message), imported at the first touch: here it arrives only after the person has typed,
    // as on a slow line.
    const el = document.createElement('kohtaamo-feedback-form');
    el.id = `typed-early-${Date.now()}`;
    const key = `kohtaamo:feedback-form:${el.id}`;
    el.api = liveApi();
    el.lang = 'fi';
    const real = el.importLater;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let imports = 0;
    el.importLater = async () => {
      imports += 1;
      await held;
      return real();
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await categoriesLoaded(el);
    expect(imports).to.equal(0, 'imported before anyone touched the form');

    await fillFirstView(el);
    expect(imports).to.equal(1);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    expect($<HTMLSelectElement>(el, 'select[name=category]').value).to.equal('streets');
    // The fields after the message are not here yet; the button is, and says "Send".
    expect(shadow(el).querySelector('input[name=address]')).to.equal(null);
    expect(text(el, 'button[type=submit]')).to.equal('Lähetä palaute');
    expect(localStorage.getItem(key)).to.equal(null);
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => localStorage.getItem(key)?.includes('Kauppakadun'), 'the draft typed early was not kept on the device');
    const kept = JSON.parse(localStorage.getItem(key)!) as { draft: { message: string; category: string } };
    expect(kept.draft.message).to.equal(MESSAGE);
    expect(kept.draft.category).to.equal('streets');
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    await tabTo(el, 'input[name=address]');
    await type('Kauppakatu 10');
    await waitUntil(() => localStorage.getItem(key)?.includes('Kauppakatu 10'), 'the address was not kept on the device');

    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => trackingCodeOf(el), 'not sent');
  });

  it('imports the later part at once when a draft is kept on the device, and restores it without a touch', async () => {
    const id = `kept-${Date.now()}`;
    const first = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id=${id} api=${liveApi()}></kohtaamo-feedback-form>`);
    await categoriesLoaded(first);
    await tabTo(first, 'textarea[name=message]');
    await type(MESSAGE);
    await waitUntil(() => localStorage.getItem(`kohtaamo:feedback-form:${id}`)?.includes('Kauppakadun'), 'the draft was not kept');
    fixtureCleanup();

    const again = document.createElement('kohtaamo-feedback-form');
    again.id = id;
    again.api = liveApi();
    const real = again.importLater;
    let imports = 0;
    again.importLater = () => {
      imports += 1;
      return real();
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(again);
    await waitUntil(() => shadow(again).querySelector<HTMLTextAreaElement>('textarea[name=message]')?.value === MESSAGE, 'the kept draft was not restored');
    expect(imports).to.equal(1);
    expect(focusedIn(again)).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('shows client-side errors beside the fields and in a summary whose links focus the fields', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await categoriesLoaded(el);
    await tabTo(el, 'textarea[name=message]');
    await type('Hei');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');

    await waitUntil(() => focusedIn(el)?.id === 'summary', 'the focus did not move to the error summary');
    const summary = $(el, '[part="summary"]');
    expect(text(el, '[part="summary"] h3')).to.equal('Lomakkeessa on 2 korjattavaa kohtaa:');
    expect(summary.querySelectorAll('a')).to.have.length(2);
    expect(text(el, '#category-error')).to.equal('Valitse palautteen aihe.');
    expect(text(el, '#message-error')).to.equal('Palaute on liian lyhyt (vähintään 5 merkkiä).');
    const message = $<HTMLTextAreaElement>(el, 'textarea[name=message]');
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    expect(message.getAttribute('aria-describedby')).to.contain('message-error');
    expect(message.value).to.equal('Hei');
    await expect(el).to.be.accessible();

    // The first link takes the focus to the topic, the second to the message.
    await press('Tab');
    expect(focusedIn(el)?.getAttribute('href')).to.equal('#category');
    await press('Enter');
    expect(focusedIn(el)).to.equal($(el, 'select[name=category]'));
    await tabTo(el, '[part="summary"] a[href="#message"]', { backwards: true });
    await press('Enter');
    expect(focusedIn(el)).to.equal(message);

    // Fixing a field takes its error away.
    await type(' – lamppu on rikki');
    await waitUntil(() => !shadow(el).querySelector('#message-error'), 'the fixed error stayed');
    expect(message.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks for a way to answer and for consent when the resident wants to be contacted', async () => {
    const el = await form({ category: 'streets' });
    await expect(el).to.be.accessible();
    await categoriesLoaded(el);
    await tabTo(el, 'textarea[name=message]');
    await type(MESSAGE);
    await tabTo(el, 'input[name=wantsContact]');
    await press('Space');
    await tabTo(el, 'input[name=name]');
    await type('Maija');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');

    await waitUntil(() => focusedIn(el)?.id === 'summary', 'no error summary');
    expect(text(el, '#email-error')).to.equal('Anna sähköposti tai puhelinnumero, jotta voimme vastata.');
    expect(text(el, '#consent-error')).to.equal('Yhteydenotto edellyttää suostumustasi.');
    expect($(el, 'input[name=consent]').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s 422 beside its field', async () => {
    // The client schema accepts any well-formed id; only the server knows this topic does not exist.
    const el = await form({ category: 'no-such-thing' });
    await expect(el).to.be.accessible();
    const select = await categoriesLoaded(el);
    expect(select.value).to.equal('no-such-thing');
    await tabTo(el, 'textarea[name=message]');
    await type(MESSAGE);
    await tabTo(el, 'button[type=submit]');
    await press('Enter');

    await waitUntil(() => shadow(el).querySelector('#category-error'), 'the server’s error did not appear');
    expect(text(el, '#category-error')).to.equal('Tätä aihetta ei ole. Valitse aihe listasta.');
    expect($(el, 'select[name=category]').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => focusedIn(el)?.id === 'summary', 'the focus did not move to the error summary');
    expect(text(el, '[part="summary"] a')).to.contain('Tätä aihetta ei ole');
    expect(trackingCodeOf(el)).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    await expect(el).to.be.accessible();
  });

  it('keeps the text while the server cannot be reached, then sends it exactly once', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await categoriesLoaded(el);
    const events: KohtaamoFeedbackSubmittedEvent[] = [];
    el.addEventListener('kohtaamo-feedback-submitted', (e) => events.push(e));
    await fillByKeyboard(el);

    // The connection goes: requests are refused from now on.
    el.api = deadApi();
    await press('Enter');
    await waitUntil(() => text(el, '[role=status]').includes('Yhteys palvelimeen katkesi'), 'no notice about the lost connection');
    expect(text(el, '[part="notice"]')).to.contain('Yritä nyt');
    expect(trackingCodeOf(el)).to.equal(null);
    expect(shadow(el).querySelector('[part="confirmation"]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    expect($<HTMLInputElement>(el, 'input[name=address]').value).to.equal('Kauppakatu 10');
    await expect(el).to.be.accessible();

    // The connection comes back, and the browser says so.
    const posts = `${liveApi()}/api/v1/feedback`;
    // The page has loaded many files by now (lazy chunks, texts): a full resource-timing
    // buffer (250 entries by default) would record no new request at all.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
    const before = requestsTo(posts);
    el.api = liveApi();
    expect(el.matches(':state(waiting)')).to.equal(true);
    window.dispatchEvent(new Event('online'));
    // The online event sends at once, without waiting for the scheduled retry.
    await el.updateComplete;
    expect(el.matches(':state(sending)')).to.equal(true);
    expect(text(el, 'button[type=submit]')).to.equal('Lähetetään…');
    await waitUntil(() => trackingCodeOf(el), 'the feedback was not sent after the connection came back', { timeout: 15_000 });

    expect(text(el, '[part="tracking-code"]')).to.match(TRACKING_CODE_PATTERN);
    expect(events).to.have.length(1);
    expect(events[0]!.receipt.trackingCode).to.equal(text(el, '[part="tracking-code"]'));
    await waitUntil(() => requestsTo(posts) > before, 'no request in the resource timeline');
    expect(requestsTo(posts) - before).to.equal(1);
  });

  it('restores the draft when the element is created again', async () => {
    const first = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id="draft-test" api=${liveApi()}></kohtaamo-feedback-form>`);
    await expect(first).to.be.accessible();
    await categoriesLoaded(first);
    await tabTo(first, 'textarea[name=message]');
    await type(MESSAGE);
    await tabTo(first, 'input[name=wantsContact]');
    await press('Space');
    await tabTo(first, 'input[name=email]');
    await type('maija@example.fi');
    fixtureCleanup();

    const again = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id="draft-test" api=${liveApi()}></kohtaamo-feedback-form>`);
    // The store that restores it comes with the later part, imported at once for a kept draft.
    await waitUntil(() => shadow(again).querySelector<HTMLTextAreaElement>('textarea[name=message]')?.value === MESSAGE, 'the draft was not restored');
    await expect(again).to.be.accessible();
    expect($<HTMLInputElement>(again, 'input[name=wantsContact]').checked).to.equal(true);
    expect($<HTMLInputElement>(again, 'input[name=email]').value).to.equal('maija@example.fi');

    // Another form on the page keeps its own draft.
    const other = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id="another" api=${liveApi()}></kohtaamo-feedback-form>`);
    expect($<HTMLTextAreaElement>(other, 'textarea[name=message]').value).to.equal('');
  });

  it('keeps contact details off the device unless the resident ticks "remember", by keyboard', async () => {
    const key = 'kohtaamo:feedback-form:remember-test';
    sessionStorage.removeItem(key);
    const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id="remember-test" api=${liveApi()}></kohtaamo-feedback-form>`);
    await categoriesLoaded(el);
    await tabTo(el, 'textarea[name=message]');
    await type(MESSAGE);
    await tabTo(el, 'input[name=wantsContact]');
    await press('Space');
    await tabTo(el, 'input[name=email]');
    await type('maija@example.fi');
    await expect(el).to.be.accessible();
    expect(localStorage.getItem(key)).to.include('Kauppakadun').and.not.include('maija@example.fi');
    expect(sessionStorage.getItem(key)).to.include('maija@example.fi');

    await tabTo(el, 'input[name=rememberContact]');
    await press('Space');
    expect(localStorage.getItem(key)).to.include('maija@example.fi');
    expect(sessionStorage.getItem(key)).to.equal(null);
    await expect(el).to.be.accessible();

    // Changing one's mind takes them off the device again.
    await press('Space');
    expect(localStorage.getItem(key)).to.not.include('maija@example.fi');
    expect(sessionStorage.getItem(key)).to.include('maija@example.fi');
  });

  it('fires no event when the page changes its properties', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    let fired = 0;
    el.addEventListener('kohtaamo-feedback-submitted', () => fired++);
    el.lang = 'en';
    el.category = 'parks';
    el.api = liveApi();
    await el.updateComplete;
    await categoriesLoaded(el);
    expect(text(el, 'h2')).to.equal('Give feedback');
    expect(fired).to.equal(0);
  });

  it('offers a retry when the topics cannot be loaded', async () => {
    const el = await form({ api: deadApi() });
    await expect(el).to.be.accessible();
    await waitUntil(() => shadow(el).querySelector('#category-retry'), 'no retry for the topics');
    expect(text(el, '.category-error')).to.contain('Aiheita ei saatu ladattua.');
    await expect(el).to.be.accessible();

    // Trying again (still no connection) keeps the focus on the button and says so again.
    const retry = await tabTo(el, '#category-retry');
    await press('Enter');
    await waitUntil(() => text(el, '.category-error').includes('Aiheita ei saatu ladattua.'), 'no second answer');
    expect(focusedIn(el)).to.equal(retry);

    // Pointed at a server that answers, the form loads the topics.
    el.api = liveApi();
    await categoriesLoaded(el);
  });
});
