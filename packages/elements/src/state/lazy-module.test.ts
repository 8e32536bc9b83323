import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LazyModule } from './lazy-module.js';

type Part = { readonly text: string };

/** A host as a widget writes one: draws the part when it is there, a notice or a retry until then. */
class LazyProbe extends LitElement {
  loads = 0;
  fail = 0;
  prefetch = true;
  lazy!: LazyModule<Part>;
  override connectedCallback(): void {
    this.lazy ??= new LazyModule<Part>(
      this,
      async () => {
        this.loads += 1;
        if (this.fail > 0) {
          this.fail -= 1;
          throw new TypeError('Failed to fetch dynamically imported module');
        }
        return { text: 'osa ladattu' };
      },
      { prefetch: this.prefetch },
    );
    super.connectedCallback();
  }
  override render() {
    const { state, value } = this.lazy;
    if (value) return html`<p>${value.text}</p>`;
    if (state === 'failed') return html`<button @click=${() => void this.lazy.get().catch(() => undefined)}>Yritä uudelleen</button>`;
    return html`<p>${state}</p>`;
  }
}
customElements.define('kohtaamo-lazy-module-probe', LazyProbe);

afterEach(() => fixtureCleanup());

const text = (el: LazyProbe) => el.shadowRoot!.textContent!.trim();

describe('LazyModule (state/lazy-module.ts)', () => {
  it('prefetches after the first render, once, and re-renders the host with the module', async () => {
    const el = await fixture<LazyProbe>(html`<kohtaamo-lazy-module-probe></kohtaamo-lazy-module-probe>`);
    await waitUntil(() => text(el) === 'osa ladattu', 'the part was not prefetched', { timeout: 5000 });
    expect(el.loads).to.equal(1);
    await el.lazy.get();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads, 'a loaded module is not imported again').to.equal(1);
  });

  it('without prefetch loads nothing until asked, and one import serves concurrent callers', async () => {
    const el = document.createElement('kohtaamo-lazy-module-probe') as LazyProbe;
    el.prefetch = false;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.loads).to.equal(0);
    expect(text(el)).to.equal('idle');
    const [a, b] = await Promise.all([el.lazy.get(), el.lazy.get()]);
    expect(a).to.equal(b);
    expect(el.loads).to.equal(1);
    await el.updateComplete;
    expect(text(el)).to.equal('osa ladattu');
    el.remove();
  });

  it('a failed import shows the retry, and the retry imports again', async () => {
    const el = document.createElement('kohtaamo-lazy-module-probe') as LazyProbe;
    el.prefetch = false;
    el.fail = 1;
    document.body.append(el);
    await el.updateComplete;
    let error: unknown;
    await el.lazy.get().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(el.lazy.state).to.equal('failed');
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => text(el) === 'osa ladattu', 'the retry did not load the part');
    expect(el.loads).to.equal(2);
    el.remove();
  });
});
