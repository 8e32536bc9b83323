// The proposal form's image (issue 9) against the real test server: a file the system's chooser
// hands over (set on the input with its change event: no keyboard drives that dialog in a test;
// everything else is keys), refused by its field when it is not an image, uploaded and named
// when it is, and sent with what it shows.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ProposalDocument } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-proposals.js';
import type { KohtaamoBudgetProposals, KohtaamoBudgetProposalSubmittedEvent } from './budget-proposals.js';
import { $, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { proposalRound } from '../budgeting-test-support.js';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:budget-proposal:')) localStorage.removeItem(key);
});

const proposals = (round: string, lang = 'fi') =>
  fixture<KohtaamoBudgetProposals>(html`<kohtaamo-budget-proposals api=${liveApi()} round=${round} lang=${lang}></kohtaamo-budget-proposals>`);

/** A real PNG drawn by the browser: red on the left, blue on the right, 24×16. */
async function pngFile(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 24;
  canvas.height = 16;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c00';
  context.fillRect(0, 0, 12, 16);
  context.fillStyle = '#00c';
  context.fillRect(12, 0, 12, 16);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Hands the form's file input a file, as the system's file chooser does. */
function pick(el: Element, file: File): void {
  const input = $<HTMLInputElement>(el, '#image');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function openForm(el: KohtaamoBudgetProposals): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('#open-form'), 'no form button', { timeout: 8000 });
  await tabTo(el, '#open-form');
  await press('Enter');
  await waitUntil(() => focusedIn(el)?.id === 'form-title', 'the form did not open');
}

async function chooseBudget(el: KohtaamoBudgetProposals, value: string): Promise<void> {
  const select = await tabTo(el, '#budget');
  for (let i = 0; i < 5 && (select as HTMLSelectElement).value !== value; i++) await press('ArrowDown');
  expect((select as HTMLSelectElement).value).to.equal(value);
}

describe('<kohtaamo-budget-proposals> image', () => {
  let r: Awaited<ReturnType<typeof proposalRound>>;
  before(async () => {
    r = await proposalRound();
  });

  it('refuses a file that is not an image by its field, takes an image, and sends it with what it shows (fi)', async () => {
    const el = await proposals(r.round);
    const sent: KohtaamoBudgetProposalSubmittedEvent[] = [];
    el.addEventListener('kohtaamo-budget-proposal-submitted', (e) => sent.push(e));
    await openForm(el);
    expect(text(el, 'label[for="image"]')).to.contain('Kuva').and.to.contain('(vapaaehtoinen)').and.not.to.contain('((');
    expect(text(el, '#image-choose')).to.equal('Valitse kuva');
    await chooseBudget(el, r.area);
    await tabTo(el, '#title');
    await type('Leikkipaikka rantaan');
    await tabTo(el, '#description');
    await type('Keinut ja hiekkalaatikko uimarannan viereen pienille lapsille.');
    await tabTo(el, '#estimatedCost');
    await type('18 000');

    // A document named like a photo: the server reads its bytes and refuses it, by the field.
    pick(el, new File(['%PDF-1.7 ei kuva'], 'kuva.jpg', { type: 'image/jpeg' }));
    await waitUntil(() => shadow(el).querySelector('#image-error'), 'no error by the image field', { timeout: 8000 });
    expect(text(el, '#image-error')).to.equal('Tiedosto ei ole JPEG-, PNG- tai WebP-kuva.');
    expect($(el, '#image').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#image').getAttribute('aria-describedby')).to.contain('image-error');
    expect($<HTMLInputElement>(el, '#title').value).to.equal('Leikkipaikka rantaan');
    expect($<HTMLTextAreaElement>(el, '#description').value).to.contain('Keinut ja hiekkalaatikko');
    await expect(el).to.be.accessible();

    // An image: uploaded, named, and the focus goes to what it shows.
    pick(el, await pngFile('leikkipaikka.png'));
    await waitUntil(() => shadow(el).querySelector('#image-name'), 'the image was not added', { timeout: 8000 });
    expect(text(el, '#image-name')).to.equal('Lisätty kuva: leikkipaikka.png');
    expect(shadow(el).querySelector('#image-error')).to.equal(null);
    await waitUntil(() => focusedIn(el)?.id === 'imageAlt', 'the focus did not go to the image’s text');
    await expect(el).to.be.accessible();

    // Sent without saying what it shows: the text field says so; nothing typed is lost.
    await tabTo(el, '#submit');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#imageAlt-error'), 'no error by the text of the image');
    expect(text(el, '#imageAlt-error')).to.equal('Kerro lyhyesti, mitä kuvassa on, niille jotka eivät näe sitä.');
    expect(text(el, '#summary')).to.contain('Mitä kuvassa on?');
    expect(text(el, '#image-name')).to.contain('leikkipaikka.png');
    await tabTo(el, '#imageAlt');
    await type('Punainen ja sininen laatta');
    await tabTo(el, '#submit');
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'sent-title', 'not sent', { timeout: 8000 });
    expect(sent).to.have.length(1);
    const image = (sent[0]!.proposal as ProposalDocument).image!;
    expect(image.alt).to.equal('Punainen ja sininen laatta');

    // Stored with the proposal: served, metadata stripped, with the proposer's text.
    const stored = (await (await fetch(`${liveApi()}${image.url}`)).blob());
    expect(stored.type).to.equal('image/png');
    const read = (await (await fetch(`${liveApi()}/api/v1/budgeting/rounds/${r.round}/proposals/${sent[0]!.proposal.id}`)).json()) as ProposalDocument;
    expect(read.image).to.deep.equal(image);
    await expect(el).to.be.accessible();

    // The proposal's page shows the image, from the server, with what it shows in the proposer's language.
    await tabTo(el, '#back');
    await press('Enter');
    await tabTo(el, `#read-${sent[0]!.proposal.id}`);
    await press('Enter');
    await waitUntil(() => text(el, '#detail-title') === 'Leikkipaikka rantaan', 'the proposal did not open', { timeout: 8000 });
    const shown = $<HTMLImageElement>(el, '.detail img');
    await waitUntil(() => shown.complete && shown.naturalWidth > 0, 'the image did not load', { timeout: 8000 });
    expect([shown.naturalWidth, shown.naturalHeight]).to.deep.equal([24, 16]);
    expect(shown.alt).to.equal('Punainen ja sininen laatta');
    expect(shown.lang).to.equal('fi');
    expect(shown.src).to.equal(`${liveApi()}${image.url}`);
    await expect(el).to.be.accessible();
  });

  it('keeps a file whose upload failed on the way for "Try now", and can remove an image (en)', async () => {
    const el = await proposals(r.round, 'en');
    await openForm(el);
    await tabTo(el, '#title');
    await type('Swings by the beach');
    el.api = deadApi();
    await el.updateComplete;
    pick(el, await pngFile('swings.png'));
    await waitUntil(() => shadow(el).querySelector('#image-retry'), 'no retry after a failed upload', { timeout: 8000 });
    expect(text(el, '#image-error')).to.equal('The image could not be sent. What you wrote is kept; try again.');
    expect($<HTMLInputElement>(el, '#title').value).to.equal('Swings by the beach');
    await expect(el).to.be.accessible();

    el.api = liveApi();
    await el.updateComplete;
    await tabTo(el, '#image-retry');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#image-name'), 'the retry did not add the image', { timeout: 8000 });
    expect(text(el, '#image-name')).to.equal('Image added: swings.png');
    expect(shadow(el).querySelector('#image-retry')).to.equal(null);

    await tabTo(el, '#image-remove', { backwards: true });
    await press('Enter');
    await waitUntil(() => !shadow(el).querySelector('#image-name'), 'the image was not removed');
    expect(focusedIn(el)?.id).to.equal('image');
    expect(shadow(el).querySelector('#imageAlt')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
