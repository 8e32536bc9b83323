import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFeedbackApi, createHttpClient, createSiteApi, distanceMeters, REMEMBERED_STORAGE_KEY, type FeedbackApi, type FeedbackSubmission } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import type { KohtaamoFeedbackMap } from '../feedback-map/feedback-map.js';
import { $, arrowToOption, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

let count = 0;

/** The real API, recording what the form sent (to check the pin and photos in the body). */
function recordingApi(sent: FeedbackSubmission[]): FeedbackApi {
  const real = createFeedbackApi(createHttpClient({ baseUrl: liveApi() }));
  return { ...real, submit: (submission, key) => (sent.push(submission), real.submit(submission, key)) };
}

async function form(category: string, sent: FeedbackSubmission[] = []): Promise<KohtaamoFeedbackForm> {
  const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
    id="resident-${Date.now()}-${count++}"
    api=${liveApi()}
    category=${category}
    lang="fi"
    tiles="${deadApi()}/tiles/{z}/{x}/{y}.png"
    .feedbackApi=${recordingApi(sent)}
  ></kohtaamo-feedback-form>`);
  await waitUntil(() => shadow(el).querySelector('select[name=category]:not([disabled])'), 'categories', { timeout: 5000 });
  return el;
}

const mapOf = (el: KohtaamoFeedbackForm) => $<KohtaamoFeedbackMap>(el, 'kohtaamo-feedback-map');
const mapText = (el: KohtaamoFeedbackForm, selector: string) => (shadow(mapOf(el)).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function typeMessage(el: KohtaamoFeedbackForm, message = 'Katuvalo on rikki ja vilkkuu.'): Promise<void> {
  await tabTo(el, 'textarea[name=message]');
  await type(message);
}

/** Tabs to "Open the map" and presses Enter: the map is loaded and takes the focus. */
async function openMapByKeyboard(el: KohtaamoFeedbackForm): Promise<void> {
  await tabTo(el, '#open-map');
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('kohtaamo-feedback-map')?.shadowRoot?.activeElement?.id === 'map', 'the map takes the focus', { timeout: 5000 });
}

async function shift(key: string, times: number): Promise<void> {
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await press(key);
  await sendKeys({ up: 'Shift' });
}

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});
afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-form>: questions, map, photos, similar reports', () => {
  it('asks the topic’s question; "immediate danger" shows the 112 notice and stops the form', async () => {
    const sent: FeedbackSubmission[] = [];
    const el = await form('streets', sent);
    await expect(el).to.be.accessible();
    expect(text(el, 'fieldset.choice legend')).to.contain('Onko kyseessä vaaratilanne?');
    await typeMessage(el);
    await tabTo(el, 'input[name=attr-danger]');
    await press('Space'); // the first option: immediate danger
    await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'the blocking notice');
    expect(text(el, '[role=alert]')).to.contain('Hätätilanteessa soita 112');
    await expect(el).to.be.accessible();
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'summary', 'the summary takes the focus');
    expect(text(el, '#summary')).to.contain('Tätä ei voi ilmoittaa tällä lomakkeella');
    expect(sent).to.have.length(0);
    // The summary's link goes to the question.
    await tabTo(el, '#summary a');
    await press('Enter');
    expect(focusedIn(el)?.getAttribute('name')).to.equal('attr-danger');
    await press('ArrowDown');
    await press('ArrowDown'); // "No"
    await waitUntil(() => !shadow(el).querySelector('[role=alert]'), 'the notice goes');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="tracking-code"]'), 'sent', { timeout: 5000 });
    expect(sent[0]!.attributes).to.deep.equal({ danger: 'no' });
  });

  it('loads the map only when the resident opens it, which the keyboard does', async () => {
    const el = await form('library');
    // A cold form has neither the map nor its button (it comes at the first touch); the map's
    // element is not even defined yet.
    expect(shadow(el).querySelector('kohtaamo-feedback-map')).to.equal(null);
    expect(shadow(el).querySelector('#open-map')).to.equal(null);
    expect(customElements.get('kohtaamo-feedback-map')).to.equal(undefined);
    await typeMessage(el);
    await waitUntil(() => shadow(el).querySelector('#open-map'), 'the map button did not come at the first touch', { timeout: 5000 });
    // Touched, the form has the map's button, still not the map.
    expect(text(el, '#open-map')).to.equal('Avaa kartta');
    expect(customElements.get('kohtaamo-feedback-map')).to.equal(undefined);
    await expect(el).to.be.accessible();
    await openMapByKeyboard(el);
    expect(customElements.get('kohtaamo-feedback-map')).to.not.equal(undefined);
    await waitUntil(() => mapText(el, '.tiles-failed').includes('Karttakuvia ei saatu ladattua'), 'tiles failed notice', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('says so when the map cannot be loaded, keeps the text, and opens it on the next try', async () => {
    const el = await form('library');
    await typeMessage(el, 'Kirjaston edessä on rikkinäinen penkki.');
    const real = el.importMap;
    let fail = true;
    el.importMap = () => (fail ? ((fail = false), Promise.reject(new TypeError('Failed to fetch dynamically imported module'))) : real());
    await tabTo(el, '#open-map');
    await press('Enter');
    await waitUntil(() => text(el, '#map-status').startsWith('Palvelimeen ei saatu yhteyttä'), 'the failure is said', { timeout: 5000 });
    expect(shadow(el).querySelector('kohtaamo-feedback-map')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal('Kirjaston edessä on rikkinäinen penkki.');
    await expect(el).to.be.accessible();
    // The focus stayed on the button: Enter tries again.
    expect(focusedIn(el)?.id).to.equal('open-map');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('kohtaamo-feedback-map')?.shadowRoot?.activeElement?.id === 'map', 'the map takes the focus', { timeout: 5000 });
    expect(text(el, '#map-status')).to.equal('');
  });

  it('shows the map at once when the page is opened again on a draft with a pin', async () => {
    const id = `resident-pinned-${Date.now()}`;
    const draw = () =>
      fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id=${id} api=${liveApi()} category="library" lang="fi" tiles="${deadApi()}/tiles/{z}/{x}/{y}.png"></kohtaamo-feedback-form>`);
    const first = await draw();
    await typeMessage(first, 'Kirjaston edessä on rikkinäinen penkki.');
    await openMapByKeyboard(first);
    await press('Enter');
    await waitUntil(() => mapOf(first).value !== null, 'pinned');
    const pin = mapOf(first).value!;
    fixtureCleanup();
    // The same form again (a reload): its kept draft has the pin, so the map is there without asking.
    const again = await draw();
    await waitUntil(() => shadow(again).querySelector('kohtaamo-feedback-map'), 'the map is shown', { timeout: 5000 });
    expect(mapOf(again).value).to.deep.equal(pin);
    expect(shadow(again).querySelector('#open-map')).to.equal(null);
    expect($<HTMLTextAreaElement>(again, 'textarea[name=message]').value).to.equal('Kirjaston edessä on rikkinäinen penkki.');
    await expect(again).to.be.accessible();
  });

  it('pins the place with the keyboard while the map images fail, and sends the pin', async () => {
    const sent: FeedbackSubmission[] = [];
    const el = await form('library', sent);
    await typeMessage(el, 'Kirjaston edessä on rikkinäinen penkki.');
    // Open the map: it takes the focus (inside its own shadow root); pin its centre, move 10 m north.
    await openMapByKeyboard(el);
    await waitUntil(() => mapText(el, '.tiles-failed').includes('Karttakuvia ei saatu ladattua'), 'tiles failed notice', { timeout: 5000 });
    await expect(el).to.be.accessible();
    expect(shadow(mapOf(el)).activeElement?.id).to.equal('map');
    await press('Enter');
    await waitUntil(() => mapOf(el).value !== null, 'pinned at the centre');
    const centre = mapOf(el).value!;
    // The centre of the map as shown: the city's centre in the server's settings (the demo's is
    // Heinola's market square), within a pixel or two.
    const site = await createSiteApi(createHttpClient({ baseUrl: liveApi() })).settings();
    expect(distanceMeters(centre, site.map.centre!)).to.be.below(20);
    expect(mapText(el, '#where')).to.equal(`Merkitty paikka: ${centre.lat.toFixed(5)}, ${centre.lon.toFixed(5)}`);
    await press('ArrowUp');
    await waitUntil(() => mapOf(el).value!.lat > centre.lat, 'moved north');
    const moved = mapOf(el).value!;
    expect(distanceMeters(centre, moved)).to.be.closeTo(10, 0.2);
    expect(moved.lon).to.equal(centre.lon);
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="tracking-code"]'), 'sent', { timeout: 5000 });
    expect(sent[0]!.location).to.deep.equal({ lat: moved.lat, lon: moved.lon });
    // The code is remembered on this device.
    const remembered = JSON.parse(localStorage.getItem(REMEMBERED_STORAGE_KEY) ?? '[]') as { trackingCode: string }[];
    expect(remembered[0]!.trackingCode).to.equal(text(el, '[part="tracking-code"]'));
  });

  it('uploads a photo, refuses a file that is not an image by its bytes, and sends the photo id', async () => {
    const sent: FeedbackSubmission[] = [];
    const el = await form('library', sent);
    await typeMessage(el, 'Lukusalin katossa on vesivahinko.');
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 8;
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const input = $<HTMLInputElement>(el, 'input[name=photos]');
    const choose = (files: File[]) => {
      // A file dialog is the operating system's: the test hands the files over as it would.
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose([new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'kuva.jpg', { type: 'image/jpeg' })]);
    await waitUntil(() => text(el, '#photos-error') === 'Kuva ei ole JPEG-, PNG- tai WebP-kuva.', 'refused by its bytes');
    choose([new File([png], 'katto.png', { type: 'image/png' })]);
    await waitUntil(() => text(el, '.photo-list').includes('katto.png'), 'uploaded', { timeout: 5000 });
    expect(shadow(el).querySelector('#photos-error')).to.equal(null);
    await expect(el).to.be.accessible();
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="tracking-code"]'), 'sent', { timeout: 5000 });
    expect(sent[0]!.photos).to.have.length(1);
    expect(sent[0]!.photos![0]).to.match(/^[0-9a-f-]{36}$/);
  });

  it('suggests a similar open report nearby; "this concerns me too" follows it and shows its code', async () => {
    const el = await form('sports');
    await typeMessage(el, 'Kuntoradan valot eivät pala.');
    await openMapByKeyboard(el);
    await press('Enter');
    // From the market square about 900 m north and 1 km east: near the Harju fitness trail.
    await shift('ArrowUp', 9);
    await shift('ArrowRight', 10);
    await waitUntil(() => shadow(el).querySelector('#similar-title'), 'a similar report', { timeout: 5000 });
    expect(text(el, '.similar')).to.contain('Harjun kuntoradan valot');
    await expect(el).to.be.accessible();
    await tabTo(el, '.similar button');
    expect(text(el, '.similar button')).to.equal('Tämä koskee myös minua');
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'followed', 'the confirmation takes the focus', { timeout: 5000 });
    expect(text(el, '#followed')).to.contain('HE1N-2025-A');
    const remembered = JSON.parse(localStorage.getItem(REMEMBERED_STORAGE_KEY) ?? '[]') as { trackingCode: string }[];
    expect(remembered.map((r) => r.trackingCode)).to.include('HE1N-2025-A');
  });
});

void arrowToOption;
