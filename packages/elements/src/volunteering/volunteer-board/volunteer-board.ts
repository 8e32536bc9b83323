import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createApiClient,
  createVolunteeringApi,
  formatDateTime,
  pickText,
  VOLUNTEER_THEMES,
  type BoardFilter,
  type Locale,
  type Opportunity,
  type VolunteeringApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { volunteeringWidgetMessages, type VolunteeringTranslator as Translator } from '../volunteering.catalogs.js';
import { styles } from './volunteer-board.styles.js';

/**
 * Volunteering opportunities across the city, or of one association (`organisation`), with the
 * tasks imported from vapaaehtoistyo.fi, filterable by theme and suitability. A list view; the
 * calendar view is still to come.
 *
 * @tagname kohtaamo-volunteer-board
 * @summary A board of volunteering opportunities and talkoot, filterable, in a list.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} organisation - Only this organisation's opportunities ("heinolan-latu"). Default `""`: every organisation's.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @csspart filters - The filter form.
 * @csspart item - One opportunity.
 *
 * @cssproperty --kohtaamo-volunteer-board-max-width - Widest the element grows. Default `60rem`.
 */
export class KohtaamoVolunteerBoard extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() organisation = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  @property({ attribute: false }) volunteeringApi: VolunteeringApi | null = null;

  @state() private items: Opportunity[] | null = null;
  @state() private failed = false;
  readonly #locale = new MessagesController(this, volunteeringWidgetMessages);
  #filter: { theme: string; under18: boolean; english: boolean; remote: boolean } = { theme: '', under18: false, english: false, remote: false };
  #request = 0;

  get #api(): VolunteeringApi {
    return this.volunteeringApi ?? createVolunteeringApi(createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('organisation') || changed.has('volunteeringApi')) void this.#load();
  }

  async #load(): Promise<void> {
    const request = ++this.#request;
    const filter: Partial<BoardFilter> = {
      ...(this.organisation ? { organisation: this.organisation } : {}),
      ...(this.#filter.theme ? { theme: this.#filter.theme as BoardFilter['theme'] } : {}),
      ...(this.#filter.under18 ? { under18: 'true' as const } : {}),
      ...(this.#filter.english ? { english: 'true' as const } : {}),
      ...(this.#filter.remote ? { remote: 'true' as const } : {}),
    };
    try {
      const { items } = await this.#api.board(filter);
      if (request !== this.#request) return;
      this.items = items;
      this.failed = false;
    } catch {
      if (request === this.#request) this.failed = true;
    }
  }

  #onChange(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') (this.#filter as Record<string, unknown>)[target.name] = target.checked;
    else this.#filter.theme = target.value;
    void this.#load();
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const themeName = (id: string) => id;
    return html`<div class="root" lang=${locale}>
      <h2>${t('volunteering.board.heading')}</h2>
      <form part="filters" class="filters" aria-label=${t('volunteering.board.heading')} @change=${this.#onChange} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="theme">${t('volunteering.board.theme')}</label>
          <select id="theme" name="theme">
            <option value="">–</option>
            ${VOLUNTEER_THEMES.map((id) => html`<option value=${id} ?selected=${this.#filter.theme === id}>${themeName(id)}</option>`)}
          </select>
        </div>
        ${(['under18', 'english', 'remote'] as const).map(
          (flag) => html`<div class="check">
            <input id=${flag} name=${flag} type="checkbox" .checked=${this.#filter[flag]} />
            <label for=${flag}>${t(`volunteering.suitability.${flag}`)}</label>
          </div>`,
        )}
      </form>
      <p role="status">${this.items === null ? (this.failed ? t('common.networkError') : t('common.loading')) : t('volunteering.board.results', { count: this.items.length })}</p>
      ${this.items ? html`<ul class="items">${this.items.map((o) => this.#renderItem(t, locale, o))}</ul>` : nothing}
    </div>`;
  }

  #renderItem(t: Translator, locale: Locale, o: Opportunity): TemplateResult {
    const next = o.shifts.find((s) => s.status === 'open' && Date.parse(s.startsAt) > Date.now());
    const free = next ? Math.max(0, next.capacity - next.attending - next.held) : null;
    return html`<li part="item">
      <h3>${o.externalUrl ? html`<a href=${o.externalUrl}>${pickText(o.title, locale)}</a>` : pickText(o.title, locale)}</h3>
      <p class="meta">
        <span>${o.organisationName}</span>
        ${o.startsAt ? html`<time datetime=${o.startsAt}>${formatDateTime(o.startsAt, locale)}</time>` : nothing}
        ${o.location.name ? html`<span>${o.location.name}</span>` : nothing}
        ${o.source === 'vapaaehtoistyo' ? html`<span class="tag">${t('volunteering.board.imported')}</span>` : nothing}
        ${free !== null ? html`<span class="tag">${free > 0 ? t('volunteering.seats.left', { seats: free }) : t('volunteering.seats.full')}</span>` : nothing}
      </p>
      <p>${pickText(o.description, locale)}</p>
    </li>`;
  }
}
