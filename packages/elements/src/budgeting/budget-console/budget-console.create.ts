import { html, type TemplateResult } from 'lit';
import { helsinkiDay, helsinkiDayStart, pickText, type RoundInput } from '@kohtaamo/core';
import type { ConsoleHost, ConsoleView } from './budget-console.host.js';
import { FormErrors } from './budget-console.form.js';

const DAY = 86_400_000;
const DATES = ['proposalsOpenAt', 'proposalsCloseAt', 'votingOpenAt', 'votingCloseAt'] as const;
type DateField = (typeof DATES)[number];
const LABEL = { proposalsOpenAt: 'proposalsOpen', proposalsCloseAt: 'proposalsClose', votingOpenAt: 'votingOpen', votingCloseAt: 'votingClose' } as const;

/**
 * The new-round form (lazy, ADR 0049): identifier, names in three languages, the phase days
 * (typed as YYYY-MM-DD, the start of a Helsinki day; results and follow-up follow the vote's
 * end), and which budgets a voter may vote in. Budgets are added in the open round.
 */
export class CreateView implements ConsoleView {
  #form: FormErrors;
  #values: Record<string, string> = {};

  constructor(
    private readonly host: ConsoleHost,
    private readonly close: () => Promise<void>,
  ) {
    this.#form = new FormErrors(host, 'create-summary');
  }

  async shown(): Promise<void> {
    const day = (days: number) => helsinkiDay(new Date(Date.now() + days * DAY).toISOString());
    this.#values = { id: '', 'title-fi': '', 'title-sv': '', 'title-en': '', proposalsOpenAt: day(0), proposalsCloseAt: day(30), votingOpenAt: day(60), votingCloseAt: day(74), voterMayVoteIn: 'one' };
    this.#form.clear();
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const val = this.#values;
    const dates: Partial<Record<DateField, string>> = {};
    const bad: string[] = [];
    for (const f of DATES) {
      const at = helsinkiDayStart(val[f] ?? '');
      if (at === null) bad.push(f);
      else dates[f] = at;
    }
    if (bad.length > 0) {
      this.#form.clear();
      for (const f of bad) this.#form.errors.set(`schedule-${f}`, host.t('budgetConsole.date.invalid'));
      host.requestUpdate();
      await host.focus('#create-summary');
      return;
    }
    const input = {
      id: val.id,
      title: { fi: val['title-fi'], sv: val['title-sv'], en: val['title-en'] },
      schedule: { ...dates, resultsAt: dates.votingCloseAt, implementationAt: dates.votingCloseAt },
      voterMayVoteIn: val.voterMayVoteIn,
    };
    this.#form.busy = true;
    try {
      // The server checks it with RoundInputSchema; its 422 comes back by the field.
      const round = await host.api.createRound(input as RoundInput);
      this.#form.clear();
      host.announce(host.t('budgetConsole.create.done', { title: pickText(round.title, host.locale) }));
      await host.queue.reload();
      await host.openRound(round.id);
    } catch (error) {
      await this.#form.fromError(error);
    } finally {
      this.#form.busy = false;
      host.requestUpdate();
    }
  };

  render(): TemplateResult {
    const t = this.host.t;
    const f = this.#form;
    const val = this.#values;
    const set = (key: string) => (value: string) => (val[key] = value);
    return html`<form novalidate aria-labelledby="panel-title" @submit=${this.#submit}>
      <h3 id="panel-title" tabindex="-1">${t('budgetConsole.create.title')}</h3>
      ${f.summary()}
      ${f.input('id', t('budgetConsole.create.id'), val.id ?? '', set('id'), { hint: t('budgetConsole.create.idHint') })}
      ${f.input('title-fi', t('budgetConsole.create.titleFi'), val['title-fi'] ?? '', set('title-fi'))}
      ${f.input('title-sv', t('budgetConsole.create.titleSv'), val['title-sv'] ?? '', set('title-sv'))}
      ${f.input('title-en', t('budgetConsole.create.titleEn'), val['title-en'] ?? '', set('title-en'))}
      ${DATES.map((d) => f.input(`schedule-${d}`, t(`budgetConsole.create.${LABEL[d]}`), val[d] ?? '', set(d), { hint: t('budgetConsole.create.dateHint'), inputmode: 'numeric' }))}
      ${f.select('voterMayVoteIn', t('budgetConsole.create.voterMayVoteIn'), val.voterMayVoteIn ?? 'one', [['one', t('budgetConsole.create.one')], ['all', t('budgetConsole.create.all')]], set('voterMayVoteIn'))}
      <div class="actions">
        <button type="submit" part="button" id="create-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.create.submit')}</button>
        <button type="button" part="button" class="secondary" @click=${() => void this.close()}>${t('budgetConsole.create.cancel')}</button>
      </div>
    </form>`;
  }
}
