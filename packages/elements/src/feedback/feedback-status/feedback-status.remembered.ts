import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  createRememberedReportsStore,
  formatDateTime,
  hasUnseenUpdate,
  type FeedbackApi,
  type FeedbackStatus,
  type Locale,
  type RememberedReport,
  type RememberedReportsStore,
} from '@kohtaamo/core';
import type { StatusLookupTranslator as Translator } from './feedback-status.lookup-messages.js';
import { safeLocalStorage } from '../../state/local-storage.js';

/**
 * The reports sent from this device (remembered by `<kohtaamo-feedback-form>` in localStorage),
 * with their current status and a mark when there is news since the resident last looked.
 */
export class RememberedReportsPart implements ReactiveController {
  readonly store: RememberedReportsStore = createRememberedReportsStore(safeLocalStorage());
  readonly statuses = new Map<string, FeedbackStatus>();
  #unsubscribe: (() => void) | null = null;
  #loaded = '';
  readonly #refresh = () => this.store.refresh();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => Pick<FeedbackApi, 'getStatus'>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.store.$reports.subscribe(() => {
      void this.#load();
      this.host.requestUpdate();
    });
    window.addEventListener('storage', this.#refresh);
    document.addEventListener('kohtaamo-feedback-submitted', this.#refresh);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    window.removeEventListener('storage', this.#refresh);
    document.removeEventListener('kohtaamo-feedback-submitted', this.#refresh);
  }

  async #load(): Promise<void> {
    const codes = this.store.$reports.get().map((r) => r.trackingCode);
    const key = codes.join(',');
    if (key === this.#loaded) return;
    this.#loaded = key;
    await Promise.allSettled(
      codes.map(async (code) => {
        this.statuses.set(code, await this.api().getStatus(code));
      }),
    );
    this.host.requestUpdate();
  }

  /** The resident has now seen this status: no more "new" mark for it. */
  seen(status: FeedbackStatus): void {
    this.statuses.set(status.trackingCode, status);
    const report = this.store.$reports.get().find((r) => r.trackingCode === status.trackingCode);
    if (report && (hasUnseenUpdate(report, status) || report.seenStatus === null)) this.store.markSeen(status.trackingCode, status);
  }

  render(t: Translator, locale: Locale, show: (code: string) => void): TemplateResult | typeof nothing {
    const reports = this.store.$reports.get();
    if (reports.length === 0) return nothing;
    return html`<section part="remembered" class="remembered" aria-labelledby="remembered-title">
      <h3 id="remembered-title">${t('feedback.remembered.title')}</h3>
      <ul>
        ${reports.map((report) => this.#renderReport(t, locale, report, show))}
      </ul>
    </section>`;
  }

  #renderReport(t: Translator, locale: Locale, report: RememberedReport, show: (code: string) => void): TemplateResult {
    const status = this.statuses.get(report.trackingCode);
    const news = status && hasUnseenUpdate(report, status) ? (status.reply && status.reply.repliedAt !== report.seenReplyAt ? 'new' : 'updated') : null;
    return html`<li>
      <button type="button" part="button" class="secondary small" @click=${() => show(report.trackingCode)}>
        ${t('feedback.remembered.show', { code: report.trackingCode })}
      </button>
      <span>${status ? t(`feedback.status.${status.status}`) : ''}</span>
      <time datetime=${report.createdAt}>${formatDateTime(report.createdAt, locale)}</time>
      ${news ? html`<strong class="badge">${t(news === 'new' ? 'feedback.remembered.new' : 'feedback.remembered.updated')}</strong>` : nothing}
    </li>`;
  }
}
