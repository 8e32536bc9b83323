import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { LazyModule } from '../../state/lazy-module.js';
import type { Outcome } from './budget-receipt.check.js';
import { receiptMessages } from './budget-receipt.messages.js';
import { styles } from './budget-receipt.styles.js';

type Result = { kind: Outcome } | null;

/**
 * Checks a ballot's receipt code: whether the ballot is in the ballot box (voting open) or
 * counted in the published result. The server answers only that, never what the ballot held.
 *
 * ```html
 * <kohtaamo-budget-receipt api="https://osallistu.heinola.fi" round="heinola-2027"></kohtaamo-budget-receipt>
 * ```
 *
 * @tagname kohtaamo-budget-receipt
 * @summary Check with a receipt code that a participatory budgeting ballot was counted.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round's id (`heinola-2027`). Required.
 * @attr {string} code - A receipt code to check at once. Default `""`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart result - The answer.
 * @csspart button - The check button.
 */
export class KohtaamoBudgetReceipt extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    code: {},
    budgetingApi: { attribute: false },
    value: { state: true },
    result: { state: true },
    checking: { state: true },
  };

  api = '';
  round = '';
  code = '';
  /** @internal For stories and tests. */
  budgetingApi: BudgetingApi | null = null;

  private value = '';
  private result: Result = null;
  private checking = false;

  readonly #locale = new MessagesController(this, receiptMessages);
  /** The check (the code's rules and the request): a lazy part, prefetched once the form is drawn. @internal */
  readonly checkPart = new LazyModule(this, () => import('./budget-receipt.check.js'));
  #asked = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code) {
      this.value = this.code;
      void this.#check();
    }
  }

  async #check(): Promise<void> {
    const asked = ++this.#asked;
    this.checking = true;
    this.result = null;
    let result: Result;
    try {
      const part = await this.checkPart.get();
      const code = part.normalizeReceiptCode(this.value);
      if (code === null) result = { kind: 'invalid' };
      else {
        this.value = code;
        result = { kind: await part.checkReceipt(this.budgetingApi, this.api, this.round, code) };
      }
    } catch {
      // The part could not be loaded (the connection dropped): checking again loads it again.
      result = { kind: 'error' };
    }
    if (asked !== this.#asked) return;
    this.checking = false;
    this.result = result;
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const result = this.result;
    const invalid = result?.kind === 'invalid';
    const good = result?.kind === 'stored' || result?.kind === 'counted';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.#check();
    };
    return html`<div class="root" lang=${this.#locale.locale}>
      <form @submit=${submit} novalidate>
        <div class="field">
          <label for="receipt" class="label">${t('budgeting.check.title')}</label>
          <p class="hint" id="receipt-hint">${t('budgeting.check.code')}. ${t('budgeting.check.hint')}</p>
          ${invalid ? html`<p class="error" id="receipt-error">${t('budgeting.check.invalid')}</p>` : nothing}
          <div class="row">
            <input id="receipt" name="receipt" autocomplete="off" spellcheck="false" autocapitalize="characters"
              aria-describedby="receipt-hint${invalid ? ' receipt-error' : ''}" aria-invalid=${invalid ? 'true' : 'false'}
              .value=${this.value} @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)} />
            <button type="submit" part="button" aria-disabled=${this.checking ? 'true' : 'false'}>${t('budgeting.check.submit')}</button>
          </div>
        </div>
      </form>
      <div role="status" part="result" class="result ${good ? 'notice success' : result && !invalid ? 'notice error-notice' : ''}">
        ${this.checking ? html`<p>${t('budgeting.check.checking')}</p>` : nothing}
        ${result && !invalid ? html`<p>${t(`budgeting.check.${result.kind}`)}</p>` : nothing}
        ${good ? html`<p>${t('budgeting.check.private')}</p>` : nothing}
      </div>
    </div>`;
  }
}
