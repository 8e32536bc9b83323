import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey, pickText, type AssistedBallot, type ConsoleRules, type Round } from '@kohtaamo/core';
import { euros } from '../money.js';
import type { ConsoleHost, TabView } from './budget-console.host.js';
import { FormErrors, whole } from './budget-console.form.js';

/**
 * The voting tab (lazy, ADR 0049): voting codes issued in a batch, shown once (only their keyed
 * hashes are kept) with print and download; and an assisted ballot, entered by an officer for a
 * voter in person with the voter's code or checked identity, under the same one-ballot check as
 * online (a retry with the same key gets the same receipt, ADR 0031).
 */
export class VotingTab implements TabView {
  #codes: string[] = [];
  #download = '';
  #count = '20';
  #codesForm: FormErrors;
  #ballotForm: FormErrors;
  #budget = '';
  #rules: ConsoleRules | null = null;
  #voterKind: 'code' | 'identity' = 'code';
  #voter = '';
  #chosen = new Map<string, string>();
  #key = '';
  #receipt = '';
  #roundId = '';

  constructor(private readonly host: ConsoleHost) {
    this.#codesForm = new FormErrors(host, 'codes-summary');
    this.#ballotForm = new FormErrors(host, 'ballot-summary');
  }

  async shown(round: Round): Promise<void> {
    if (round.id !== this.#roundId) {
      this.#roundId = round.id;
      this.#setCodes([]);
      this.#budget = round.budgets[0]?.id ?? '';
      this.#resetBallot();
    }
    await this.#readRules();
  }

  #setCodes(codes: string[]): void {
    if (this.#download) URL.revokeObjectURL(this.#download);
    this.#codes = codes;
    this.#download = codes.length > 0 ? URL.createObjectURL(new Blob([`${codes.join('\n')}\n`], { type: 'text/plain' })) : '';
  }

  #resetBallot(): void {
    this.#voter = '';
    this.#chosen = new Map();
    this.#key = '';
    this.#ballotForm.clear();
  }

  async #readRules(): Promise<void> {
    this.#rules = null;
    if (!this.#budget) return;
    try {
      if (!this.host.round?.budgets.some((b) => b.id === this.#budget && !b.rulesSet)) this.#rules = await this.host.api.rules(this.#roundId, this.#budget);
    } catch (error) {
      await this.#ballotForm.fromError(error);
    }
    this.host.requestUpdate();
  }

  #issue = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const count = whole(this.#count);
    this.#codesForm.clear();
    if (!Number.isSafeInteger(count) || count < 1 || count > 5000) {
      this.#codesForm.errors.set('count', host.code('common.invalid'));
      host.requestUpdate();
      await host.focus('#codes-summary');
      return;
    }
    this.#codesForm.busy = true;
    try {
      this.#setCodes(await host.api.issueCodes(this.#roundId, count));
      host.announce(host.t('budgetConsole.codes.done', { count: this.#codes.length }));
      await host.focus('#codes-list-title');
    } catch (error) {
      await this.#codesForm.fromError(error);
    } finally {
      this.#codesForm.busy = false;
      host.requestUpdate();
    }
  };

  #cast = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const points = this.#rules?.rules.ballot.type === 'points';
    const choices = [...this.#chosen].map(([project, p]) => (points ? { project, points: whole(p) } : { project }));
    const body = { voter: this.#voterKind === 'code' ? { code: this.#voter } : { identity: this.#voter }, choices };
    this.#key ||= newIdempotencyKey();
    this.#ballotForm.busy = true;
    this.#receipt = '';
    try {
      // The server checks it with AssistedBallotSchema and the frozen rules; its 422 comes back by the field.
      const receipt = await host.api.assisted(this.#roundId, this.#budget, body as AssistedBallot, this.#key);
      this.#resetBallot();
      this.#receipt = receipt.receipt;
      host.announce(host.t('budgetConsole.assisted.done', { receipt: receipt.receipt }));
      await host.focus('#ballot-receipt');
    } catch (error) {
      await this.#ballotForm.fromError(error);
    } finally {
      this.#ballotForm.busy = false;
      host.requestUpdate();
    }
  };

  render(round: Round): TemplateResult {
    const t = this.host.t;
    const over = round.phase === 'counting' || round.phase === 'results' || round.phase === 'implementation';
    return html`${over ? html`<p class="notice">${t('budgetConsole.codes.closed')}</p>` : this.#renderCodes()}
      ${round.phase === 'voting' ? this.#renderBallot(round) : html`<p class="notice">${t('budgetConsole.notVoting')}</p>`}`;
  }

  #renderCodes(): TemplateResult {
    const t = this.host.t;
    const f = this.#codesForm;
    return html`<form novalidate aria-labelledby="codes-title" @submit=${this.#issue}>
        <h4 id="codes-title">${t('budgetConsole.codes.title')}</h4>
        <p class="hint">${t('budgetConsole.codes.hint')}</p>
        ${f.summary()}
        ${f.input('count', t('budgetConsole.codes.count'), this.#count, (x) => (this.#count = x), { inputmode: 'numeric' })}
        <div class="actions"><button type="submit" part="button" id="codes-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.codes.submit')}</button></div>
      </form>
      ${this.#codes.length > 0
        ? html`<section aria-labelledby="codes-list-title" class="tabpanel">
            <h4 id="codes-list-title" tabindex="-1">${t('budgetConsole.codes.list')}</h4>
            <ul class="codes">
              ${this.#codes.map((c) => html`<li>${c}</li>`)}
            </ul>
            <div class="actions">
              <button type="button" part="button" class="secondary" id="codes-print" @click=${() => window.print()}>${t('budgetConsole.codes.print')}</button>
              <a part="button" class="button" id="codes-download" href=${this.#download} download="${this.#roundId}-codes.txt">${t('budgetConsole.codes.download')}</a>
            </div>
          </section>`
        : nothing}`;
  }

  #renderBallot(round: Round): TemplateResult {
    const host = this.host;
    const t = host.t;
    const f = this.#ballotForm;
    const rules = this.#rules;
    const points = rules?.rules.ballot.type === 'points';
    const rerender = () => host.requestUpdate();
    return html`<form novalidate aria-labelledby="ballot-title" @submit=${this.#cast}>
      <h4 id="ballot-title">${t('budgetConsole.assisted.title')}</h4>
      <p class="hint">${t('budgetConsole.assisted.hint')}</p>
      ${this.#receipt ? html`<p class="notice" id="ballot-receipt" tabindex="-1">${t('budgetConsole.assisted.done', { receipt: this.#receipt })}</p>` : nothing}
      ${f.summary()}
      ${f.select(
        'ballot-budget',
        t('budgetConsole.assisted.budget'),
        this.#budget,
        round.budgets.map((b) => [b.id, pickText(b.name, host.locale)] as const),
        (x) => {
          this.#budget = x;
          this.#chosen = new Map();
          void this.#readRules();
        },
      )}
      ${f.select(
        'voter-kind',
        t('budgetConsole.assisted.voterKind'),
        this.#voterKind,
        [
          ['code', t('budgetConsole.assisted.byCode')],
          ['identity', t('budgetConsole.assisted.byIdentity')],
        ],
        (x) => {
          this.#voterKind = x === 'identity' ? 'identity' : 'code';
          rerender();
        },
      )}
      ${this.#voterKind === 'code'
        ? f.input('voter-code', t('budgetConsole.assisted.code'), this.#voter, (x) => (this.#voter = x))
        : f.input('voter-identity', t('budgetConsole.assisted.identity'), this.#voter, (x) => (this.#voter = x), { hint: t('budgetConsole.assisted.identityHint') })}
      ${rules === null
        ? html`<p class="notice">${t('budgetConsole.assisted.noRules')}</p>`
        : html`<fieldset id="choices">
            <legend>${t('budgetConsole.assisted.projects')}</legend>
            ${rules.projects.map((p) =>
              points
                ? f.input(`points-${p.id}`, t('budgetConsole.assisted.points', { title: `${p.title} (${euros(host.locale, p.cost)})` }), this.#chosen.get(p.id) ?? '', (x) => {
                    if (x.trim()) this.#chosen.set(p.id, x);
                    else this.#chosen.delete(p.id);
                  }, { inputmode: 'numeric' })
                : html`<div class="check">
                    <input
                      type="checkbox"
                      id="choice-${p.id}"
                      .checked=${this.#chosen.has(p.id)}
                      @change=${(e: Event) => {
                        if ((e.target as HTMLInputElement).checked) this.#chosen.set(p.id, '');
                        else this.#chosen.delete(p.id);
                      }}
                    />
                    <label for="choice-${p.id}" lang=${p.lang}>${p.title} (${euros(host.locale, p.cost)})</label>
                  </div>`,
            )}
          </fieldset>`}
      <div class="actions"><button type="submit" part="button" id="ballot-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.assisted.submit')}</button></div>
    </form>`;
  }
}
