import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { prepareWrites } from '@kohtaamo/core';
import { html, LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { PrepareWrites } from './lazy-module.js';

/** A host as a widget with a form writes one: the write path is loaded at the first touch. */
class WritesProbe extends LitElement {
  loads = 0;
  readonly writes = new PrepareWrites(this, async () => {
    this.loads += 1;
  });
  override render() {
    return html`<label>Viesti <input name="message" /></label><button type="button">Lähetä</button>`;
  }
}
customElements.define('kohtaamo-prepare-writes-probe', WritesProbe);

afterEach(() => fixtureCleanup());

const input = (el: WritesProbe) => el.shadowRoot!.querySelector('input')!;

describe('PrepareWrites (state/lazy-module.ts)', () => {
  it('loads nothing for a person who only looks, and once at the first focus by keyboard', async () => {
    const el = await fixture<WritesProbe>(html`<kohtaamo-prepare-writes-probe></kohtaamo-prepare-writes-probe>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.loads, 'not on render nor on idle').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(el.loads).to.equal(1);
    await sendKeys({ type: 'Katuvalo' });
    await sendKeys({ press: 'Tab' });
    expect(el.loads, 'loaded once, whatever follows').to.equal(1);
  });

  for (const type of ['pointerdown', 'input'] as const) {
    it(`loads at a first ${type} inside the widget`, async () => {
      const el = await fixture<WritesProbe>(html`<kohtaamo-prepare-writes-probe></kohtaamo-prepare-writes-probe>`);
      input(el).dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      expect(el.loads).to.equal(1);
      el.remove();
      document.body.append(el);
      input(el).dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      expect(el.loads, 'not again after a reconnect').to.equal(1);
    });
  }

  it("by default loads the client's write path, the module core's client imports at a write", async () => {
    const el = await fixture<WritesProbe>(html`<kohtaamo-prepare-writes-probe></kohtaamo-prepare-writes-probe>`);
    // The test runner's modules fill the resource timing buffer (250 entries): start an empty one.
    performance.clearResourceTimings();
    const fetched = () => performance.getEntriesByType('resource').filter((e) => /\/http\/writes\./.test(e.name));
    expect(fetched(), 'not before a touch').to.have.length(0);
    new PrepareWrites(el);
    input(el).dispatchEvent(new Event('focusin', { bubbles: true, composed: true }));
    await waitUntil(() => fetched().length > 0, 'the write path was not fetched', { timeout: 5000 });
    const module = await prepareWrites();
    expect(typeof module.write).to.equal('function');
  });
});
