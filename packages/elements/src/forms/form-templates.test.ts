import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { base, formControls, tokens } from '../styles/theme.styles.js';
import { focusedIn, press, shadow, tabTo } from '../testing/browser-test-helpers.js';
import { describedBy, errorSummary, fieldError, focusField } from './form-templates.js';

/** A small form as a domain widget writes one with the shared templates. */
class FormTemplatesProbe extends LitElement {
  static override styles = [tokens, base, formControls];
  errors: Record<string, string> = {};
  override render() {
    const e = this.errors;
    const items = [
      ...(['name', 'size'] as const).filter((f) => e[f]).map((f) => ({ field: f, text: e[f]! })),
      ...(e.form ? [{ text: e.form }] : []),
    ];
    return html`<form novalidate>
      ${errorSummary({ title: `Korjaa ${items.length} kohtaa`, items, focusField: (f) => focusField(this.renderRoot, f) })}
      <div class="field">
        <label for="name">Nimi</label>
        <p class="hint" id="name-hint">Etu- ja sukunimi</p>
        <input id="name" name="name" aria-invalid=${e.name ? 'true' : 'false'} aria-describedby=${describedBy('name', Boolean(e.name), 'name-hint')} />
        ${fieldError('name', e.name)}
      </div>
      <div class="field">
        <label for="size">Ryhmän koko</label>
        <input id="size" name="size" type="number" aria-invalid=${e.size ? 'true' : 'false'} aria-describedby=${describedBy('size', Boolean(e.size))} />
        ${fieldError('size', e.size)}
      </div>
      <button type="submit">Lähetä</button>
      ${nothing}
    </form>`;
  }
}
customElements.define('kohtaamo-form-templates-probe', FormTemplatesProbe);

afterEach(() => fixtureCleanup());

describe('shared form templates (forms/form-templates.ts)', () => {
  it('without errors: no summary, no error texts, a control described by its hint only (or by nothing)', async () => {
    const el = await fixture<FormTemplatesProbe>(html`<kohtaamo-form-templates-probe></kohtaamo-form-templates-probe>`);
    const root = shadow(el);
    expect(root.querySelector('#summary')).to.equal(null);
    expect(root.querySelector('.error')).to.equal(null);
    expect(root.querySelector('#name')!.getAttribute('aria-describedby')).to.equal('name-hint');
    expect(root.querySelector('#size')!.hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('with errors: each field names its error after its hint, the summary lists them, and a link moves the focus to its field by keyboard', async () => {
    const el = await fixture<FormTemplatesProbe>(html`<kohtaamo-form-templates-probe></kohtaamo-form-templates-probe>`);
    el.errors = { name: 'Kirjoita nimesi.', size: 'Ryhmässä voi olla enintään 5 henkeä.', form: 'Palvelin ei vastannut.' };
    el.requestUpdate();
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('#name')!.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(root.querySelector('#size')!.getAttribute('aria-describedby')).to.equal('size-error');
    expect(root.querySelector('#name-error')!.textContent).to.equal('Kirjoita nimesi.');
    const summary = root.querySelector<HTMLElement>('#summary')!;
    expect(summary.getAttribute('aria-labelledby')).to.equal('summary-title');
    expect(root.querySelector('#summary-title')!.textContent).to.equal('Korjaa 3 kohtaa');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#size']);
    expect(summary.querySelectorAll('li').length).to.equal(3);
    await expect(el).to.be.accessible();

    summary.focus();
    await tabTo(el, 'a[href="#size"]');
    await press('Enter');
    expect(focusedIn(el)?.id).to.equal('size');
  });

  it('focusField says whether the field exists', async () => {
    const el = await fixture<FormTemplatesProbe>(html`<kohtaamo-form-templates-probe></kohtaamo-form-templates-probe>`);
    expect(focusField(el.renderRoot, 'name')).to.equal(true);
    expect(focusedIn(el)?.id).to.equal('name');
    expect(focusField(el.renderRoot, 'missing')).to.equal(false);
  });
});
