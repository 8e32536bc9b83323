import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  formatDateTime,
  isClosingStatus,
  pickText,
  ProblemError,
  type FeedbackQueueStore,
  type FeedbackStatusValue,
  type Locale,
  type ReplyTemplate,
  type StaffApi,
  type StaffFeedbackDetail,
  type StaffUser,
} from '@kohtaamo/core';
import { fieldError } from '../../forms/form-templates.js';
import type { InboxTranslator as Translator } from './feedback-inbox.messages.js';

type Action = 'assign' | 'status' | 'moderation' | 'redact' | 'note' | 'photo';

/** What the detail view needs of the inbox element around it. */
export interface InboxDetailHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  readonly t: Translator;
  /** The text of a problem's message code with its parameters. */
  code(code: string, params?: Readonly<Record<string, string | number>>): string;
  readonly me: StaffUser | null;
  /** Everyone a report may be given to (an admin's view only). */
  readonly users: readonly StaffUser[];
  readonly staff: StaffApi;
  readonly queue: FeedbackQueueStore;
  readonly detail: StaffFeedbackDetail | null;
  /** A staff photo's bytes (sent with the token), or null where there is no server (stories). */
  photo(path: string): Promise<Blob> | null;
  announce(text: string): void;
  failureText(error: unknown): string;
  /** Reads the report again (after another handler changed it). */
  reopen(id: string): Promise<void>;
}

/**
 * The open report of the staff inbox and the forms that handle it (assign, status with a public
 * reply, publish or hide, redact, photos, notes). A module of its own, which the inbox imports
 * when a handler first opens a report: a page showing the queue does not download it (issue 7).
 * It renders into the inbox's own shadow root, so the inbox's styles and ids apply; event
 * handlers are arrow functions, since Lit calls a listener with the element as `this`.
 */
export class InboxDetailView {
  readonly #host: InboxDetailHost;
  busy: Action | null = null;
  stale = false;
  actionError = '';
  fieldErrors: Record<string, string> = {};
  templates: ReplyTemplate[] = [];
  /** What the handler typed: kept across reloads and stale answers. */
  #nextStatus: FeedbackStatusValue | '' = '';
  #reply = '';
  #note = '';
  #redacted: string | null = null;
  #templateId = '';
  /** Staff photos by their URL, as blob URLs: an <img> cannot send the bearer token itself. */
  #photoUrls = new Map<string, string | 'loading' | 'failed'>();

  constructor(host: InboxDetailHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  /** Forgets the blob URLs of the photos shown. */
  dispose(): void {
    for (const url of this.#photoUrls.values()) if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    this.#photoUrls.clear();
  }

  /** A report was opened (or read again): fresh forms for another report, then its reply templates. */
  async opened(detail: StaffFeedbackDetail, another: boolean, focus: boolean): Promise<void> {
    if (another) {
      this.#reply = '';
      this.#note = '';
      this.#redacted = null;
      this.#templateId = '';
      this.fieldErrors = {};
      this.templates = [];
    }
    this.#nextStatus = detail.nextStatuses.includes(this.#nextStatus as FeedbackStatusValue) ? this.#nextStatus : (detail.nextStatuses[0] ?? '');
    this.stale = false;
    this.#update();
    if (focus) {
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    }
    try {
      const templates = await this.#host.staff.replyTemplates(detail.category.id);
      if (this.#host.queue.$state.get().open?.id === detail.id) this.templates = templates;
    } catch (error) {
      this.actionError = this.#host.failureText(error);
    }
    this.#update();
  }

  /** The blob URL of a staff photo, loading it with the token the first time it is asked for. */
  #photoSrc(path: string): string | null {
    const known = this.#photoUrls.get(path);
    if (known !== undefined) return known.startsWith('blob:') ? known : null;
    const loading = this.#host.photo(path);
    if (loading === null) return null;
    this.#photoUrls.set(path, 'loading');
    loading
      .then((blob) => {
        this.#photoUrls.set(path, URL.createObjectURL(blob));
      })
      .catch(() => this.#photoUrls.set(path, 'failed'))
      .finally(() => this.#update());
    return null;
  }

  /** Runs a change; on success shows the new state; on a stale version offers to reload. */
  async #act(action: Action, run: (api: StaffApi, detail: StaffFeedbackDetail) => Promise<StaffFeedbackDetail>, after?: () => void): Promise<void> {
    const host = this.#host;
    if (!host.detail || this.busy) return;
    this.busy = action;
    this.actionError = '';
    this.fieldErrors = {};
    this.#update();
    try {
      // The change goes at the version the report was read at (If-Match); its row follows.
      const updated = await host.queue.change((current) => run(host.staff, current));
      this.stale = false;
      after?.();
      this.#nextStatus = updated.nextStatuses[0] ?? '';
      host.announce(host.t('feedback.inbox.saved'));
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        this.stale = true;
        host.announce(host.t('feedback.inbox.stale'));
        this.#update();
        await host.updateComplete;
        host.renderRoot.querySelector<HTMLButtonElement>('#reload')?.focus();
      } else if (error instanceof ProblemError && (error.status === 422 || error.status === 409) && error.problem.errors?.length) {
        this.fieldErrors = Object.fromEntries(error.problem.errors.map((e) => [e.pointer, host.code(e.code, e.params)]));
        host.announce(Object.values(this.fieldErrors).join(' '));
        this.#update();
        await host.updateComplete;
        host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else {
        this.actionError = host.failureText(error);
        host.announce(this.actionError);
      }
    } finally {
      this.busy = null;
      this.#update();
    }
  }

  #reload = (): void => {
    const d = this.#host.detail;
    if (d) void this.#host.reopen(d.id);
  };

  #assignToChosen = (event: SubmitEvent): void => {
    event.preventDefault();
    const id = this.#host.renderRoot.querySelector<HTMLSelectElement>('#assign-to')?.value;
    if (id) this.#assign(id);
  };

  #assign(to: string | null): void {
    void this.#act('assign', (api, d) => api.assign(d.id, d.version, { assignTo: to }));
  }

  #onStatusSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const status = this.#nextStatus;
    if (!status) return;
    const reply = this.#reply.trim();
    if (isClosingStatus(status) && !reply) {
      // The same rule as the server's (StatusChangeSchema): say it before sending.
      this.fieldErrors = { '#/reply': this.#host.t('feedback.handling.reply.required') };
      this.#host.announce(this.fieldErrors['#/reply']!);
      this.#update();
      void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#reply')?.focus());
      return;
    }
    void this.#act(
      'status',
      (api, d) => api.changeStatus(d.id, d.version, { status, ...(reply ? { reply } : {}) }),
      () => {
        this.#reply = '';
        this.#templateId = '';
      },
    );
  };

  #onTemplate = (event: Event): void => {
    this.#templateId = (event.target as HTMLSelectElement).value;
    const template = this.templates.find((t) => t.id === this.#templateId);
    const detail = this.#host.detail;
    if (template && detail) {
      // The reply goes in the resident's language.
      this.#reply = pickText(template.text, detail.lang);
      this.#update();
    }
  };

  #moderate(visibility: 'published' | 'hidden'): void {
    void this.#act('moderation', (api, d) => api.moderate(d.id, d.version, { visibility }));
  }

  #onRedact = (event: SubmitEvent): void => {
    event.preventDefault();
    const d = this.#host.detail;
    const text = (this.#redacted ?? d?.publicMessage ?? d?.message ?? '').trim();
    void this.#act('redact', (api, d) => api.moderate(d.id, d.version, { publicMessage: text }), () => (this.#redacted = null));
  };

  #togglePhoto(id: string, hidden: boolean): void {
    void this.#act('photo', (api, d) => api.moderate(d.id, d.version, { photos: [{ id, hidden }] }));
  }

  #onNote = (event: SubmitEvent): void => {
    event.preventDefault();
    const text = this.#note.trim();
    if (!text) {
      this.fieldErrors = { '#/text': this.#host.t('feedback.handling.note.required') };
      this.#update();
      void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#note')?.focus());
      return;
    }
    void this.#act('note', (api, d) => api.addNote(d.id, d.version, { text }), () => (this.#note = ''));
  };

  /** An admin gives the report to anyone who handles its category. */
  #renderAssignTo(t: Translator, d: StaffFeedbackDetail, busy: string): TemplateResult {
    const eligible = this.#host.users.filter((u) => u.role === 'admin' || u.categories.includes(d.category.id));
    const error = this.fieldErrors['#/assignTo'];
    return html`<form class="assign-to" novalidate @submit=${this.#assignToChosen}>
      <div class="field">
        <label for="assign-to">${t('feedback.inbox.action.assignTo')}</label>
        <select id="assign-to" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'assign-error' : nothing}>
          ${eligible.map((u) => html`<option value=${u.id} ?selected=${d.assignedTo?.id === u.id}>${u.name}</option>`)}
        </select>
        ${fieldError('assign', this.fieldErrors['#/assignTo'])}
      </div>
      <div class="actions">
        <button type="submit" part="button" class="secondary small" id="assign-submit" aria-disabled=${busy}>${t('feedback.inbox.action.assignSubmit')}</button>
      </div>
    </form>`;
  }

  render(locale: Locale, d: StaffFeedbackDetail): TemplateResult {
    const t = this.#host.t;
    const busy = (action: Action) => (this.busy === action ? 'true' : 'false');
    const mine = d.assignedTo?.id === this.#host.me?.id;
    const replyError = this.fieldErrors['#/reply'];
    const statusError = this.fieldErrors['#/status'];
    const noteError = this.fieldErrors['#/text'];
    const redactError = this.fieldErrors['#/publicMessage'];
    return html`<h3 id="detail-title" tabindex="-1">${t('feedback.inbox.detail.title', { code: d.trackingCode })}</h3>
      ${this.stale
        ? html`<div class="notice error-notice stale" role="alert">
            <p>${t('feedback.inbox.stale')}</p>
            <div class="actions">
              <button id="reload" type="button" part="button" class="secondary small" @click=${this.#reload}>${t('feedback.inbox.reload')}</button>
            </div>
          </div>`
        : nothing}
      ${this.actionError ? html`<div class="notice error-notice" role="alert"><p>${this.actionError}</p></div>` : nothing}
      <dl class="facts">
        <div><dt>${t('feedback.status.category')}</dt><dd>${pickText(d.category.name, locale)}${d.unit ? html` · ${pickText(d.unit.name, locale)}` : nothing}</dd></div>
        <div><dt>${t('feedback.status.state')}</dt><dd><span class="status status-${d.status}">${t(`feedback.status.${d.status}`)}</span></dd></div>
        <div><dt>${t('feedback.inbox.col.visibility')}</dt><dd>${t(`feedback.inbox.visibility.${d.visibility}`)}</dd></div>
        <div><dt>${t('feedback.status.sentAt')}</dt><dd><time datetime=${d.createdAt}>${formatDateTime(d.createdAt, locale)}</time></dd></div>
        ${d.address ? html`<div><dt>${t('feedback.inbox.detail.address')}</dt><dd>${d.address}</dd></div>` : nothing}
        ${d.point
          ? html`<div>
              <dt>${t('feedback.map.label')}</dt>
              <dd class="point">${t('feedback.map.pin', { lat: d.point.lat.toFixed(5), lon: d.point.lon.toFixed(5) })}</dd>
            </div>`
          : nothing}
      </dl>
      <h4>${t('feedback.inbox.detail.message')}</h4>
      <p class="message">${d.message}</p>
      ${d.publicMessage !== null && d.publicMessage !== d.message
        ? html`<h4>${t('feedback.inbox.detail.publicMessage')}</h4>
            <p class="message public-message">${d.publicMessage}</p>`
        : nothing}
      <h4>${t('feedback.inbox.detail.contact')}</h4>
      ${d.contact
        ? html`<ul class="contact">
            ${d.contact.name ? html`<li>${d.contact.name}</li>` : nothing}
            ${d.contact.email ? html`<li>${d.contact.email}</li>` : nothing}
            ${d.contact.phone ? html`<li>${d.contact.phone}</li>` : nothing}
          </ul>`
        : html`<p>${t('feedback.inbox.detail.noContact')}</p>`}

      <h4>${t('feedback.inbox.detail.assignee')}</h4>
      <div class="actions">
        <p class="assignee">${d.assignedTo?.name ?? t('feedback.inbox.detail.nobody')}</p>
        ${mine
          ? html`<button type="button" part="button" class="secondary small" id="unassign" aria-disabled=${busy('assign')} @click=${() => this.#assign(null)}>${t('feedback.inbox.action.unassign')}</button>`
          : html`<button type="button" part="button" class="secondary small" id="assign-me" aria-disabled=${busy('assign')} @click=${() => this.#assign('me')}>${t('feedback.inbox.action.assignMe')}</button>`}
      </div>
      ${this.#host.me?.role === 'admin' && this.#host.users.length > 0 ? this.#renderAssignTo(t, d, busy('assign')) : nothing}

      <form class="status-form" novalidate aria-labelledby="status-legend" @submit=${this.#onStatusSubmit}>
        <h4 id="status-legend">${t('feedback.inbox.action.statusHeading')}</h4>
        ${d.nextStatuses.length === 0
          ? html`<p>${t('feedback.inbox.action.noStatus')}</p>`
          : html`<div class="field">
                <label for="next-status">${t('feedback.inbox.action.status')}</label>
                <select
                  id="next-status"
                  aria-invalid=${statusError ? 'true' : 'false'}
                  aria-describedby=${statusError ? 'status-error' : nothing}
                  @change=${(e: Event) => {
                    this.#nextStatus = (e.target as HTMLSelectElement).value as FeedbackStatusValue;
                    this.#update();
                  }}
                >
                  ${d.nextStatuses.map((s) => html`<option value=${s} ?selected=${this.#nextStatus === s}>${t(`feedback.status.${s}`)}</option>`)}
                </select>
                ${fieldError('status', this.fieldErrors['#/status'])}
              </div>
              <div class="field">
                <label for="template">${t('feedback.inbox.action.template')}</label>
                <select id="template" @change=${this.#onTemplate}>
                  <option value="" ?selected=${this.#templateId === ''}>${t('feedback.inbox.action.templateNone')}</option>
                  ${this.templates.map((tp) => html`<option value=${tp.id} ?selected=${this.#templateId === tp.id}>${pickText(tp.title, locale)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="reply">${t('feedback.inbox.action.reply')}</label>
                <p class="hint" id="reply-hint">${t('feedback.inbox.action.replyHint')}</p>
                <textarea
                  id="reply"
                  rows="5"
                  aria-describedby=${replyError ? 'reply-hint reply-error' : 'reply-hint'}
                  aria-invalid=${replyError ? 'true' : 'false'}
                  .value=${live(this.#reply)}
                  @input=${(e: Event) => (this.#reply = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${fieldError('reply', this.fieldErrors['#/reply'])}
              </div>
              <div class="actions">
                <button type="submit" part="button" id="status-submit" aria-disabled=${busy('status')}>${t('feedback.inbox.action.statusSubmit')}</button>
              </div>`}
      </form>

      <section class="moderation" aria-labelledby="moderation-title">
        <h4 id="moderation-title">${t('feedback.inbox.action.moderation')}</h4>
        <div class="actions">
          <button type="button" part="button" class="secondary small" id="publish" aria-disabled=${busy('moderation')} aria-pressed=${d.visibility === 'published' ? 'true' : 'false'} @click=${() => this.#moderate('published')}>
            ${t('feedback.inbox.action.publish')}
          </button>
          <button type="button" part="button" class="secondary small" id="hide" aria-disabled=${busy('moderation')} aria-pressed=${d.visibility === 'hidden' ? 'true' : 'false'} @click=${() => this.#moderate('hidden')}>
            ${t('feedback.inbox.action.hide')}
          </button>
        </div>
        <form class="redact" novalidate @submit=${this.#onRedact}>
          <div class="field">
            <label for="redact">${t('feedback.inbox.action.redact')}</label>
            <p class="hint" id="redact-hint">${t('feedback.inbox.action.redactHint')}</p>
            <textarea
              id="redact"
              rows="4"
              aria-describedby=${redactError ? 'redact-hint redact-error' : 'redact-hint'}
              aria-invalid=${redactError ? 'true' : 'false'}
              .value=${live(this.#redacted ?? d.publicMessage ?? d.message)}
              @input=${(e: Event) => (this.#redacted = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${fieldError('redact', this.fieldErrors['#/publicMessage'])}
          </div>
          <div class="actions">
            <button type="submit" part="button" class="secondary small" id="redact-submit" aria-disabled=${busy('redact')}>${t('feedback.inbox.action.redactSubmit')}</button>
          </div>
        </form>
        ${d.photos.length > 0
          ? html`<ul class="photos">
              ${d.photos.map(
                (p, i) => html`<li>
                  ${this.#photoSrc(p.url) ? html`<img src=${this.#photoSrc(p.url)!} alt=${t('feedback.list.photoAlt', { n: i + 1 })} />` : nothing}
                  <button type="button" part="button" class="secondary small" aria-disabled=${busy('photo')} @click=${() => this.#togglePhoto(p.id, !p.hidden)}>
                    ${t(p.hidden ? 'feedback.inbox.action.showPhoto' : 'feedback.inbox.action.hidePhoto')} ${i + 1}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>

      <section aria-labelledby="history-title">
        <h4 id="history-title">${t('feedback.inbox.detail.history')}</h4>
        <ol class="history">
          ${d.history.map(
            (h) => html`<li>
              <span class="status status-${h.status}">${t(`feedback.status.${h.status}`)}</span>
              <time datetime=${h.at}>${formatDateTime(h.at, locale)}</time>
              <span class="actor">${h.actor?.name ?? t('feedback.inbox.detail.system')}</span>
              ${h.reply ? html`<p class="message">${h.reply}</p>` : nothing}
            </li>`,
          )}
        </ol>
      </section>

      <section aria-labelledby="notes-title">
        <h4 id="notes-title">${t('feedback.inbox.detail.notes')}</h4>
        ${d.notes.length === 0
          ? html`<p>${t('feedback.inbox.detail.noNotes')}</p>`
          : html`<ul class="notes">
              ${d.notes.map(
                (n) => html`<li>
                  <p class="message">${n.text}</p>
                  <p class="hint">${n.author?.name ?? ''} · <time datetime=${n.createdAt}>${formatDateTime(n.createdAt, locale)}</time></p>
                </li>`,
              )}
            </ul>`}
        <form class="note-form" novalidate @submit=${this.#onNote}>
          <div class="field">
            <label for="note">${t('feedback.inbox.action.note')}</label>
            <textarea
              id="note"
              rows="3"
              aria-invalid=${noteError ? 'true' : 'false'}
              aria-describedby=${noteError ? 'note-error' : nothing}
              .value=${live(this.#note)}
              @input=${(e: Event) => (this.#note = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${fieldError('note', this.fieldErrors['#/text'])}
          </div>
          <div class="actions">
            <button type="submit" part="button" class="secondary small" id="note-submit" aria-disabled=${busy('note')}>${t('feedback.inbox.action.noteSubmit')}</button>
          </div>
        </form>
      </section>`;
  }
}
