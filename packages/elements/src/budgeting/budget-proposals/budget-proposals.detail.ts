import { css, html, nothing, type TemplateResult } from 'lit';
import {
  createMessages,
  formatDate,
  joinUrl,
  lazyProposalDetailMessages,
  ProposalDocumentSchema,
  type BudgetingApi,
  type HttpClient,
  type Locale,
  type ProposalDocument,
} from '@kohtaamo/core';
import { euros } from '../money.js';
import { roundPath } from '../budgeting-reads.js';
import type { ProposalsTranslator as Translator } from './budget-proposals.messages.js';

/**
 * One proposal's page in `<kohtaamo-budget-proposals>`, a lazy part (issue 7, ADR 0061): it comes
 * after a person opens a proposal, so the list's first render carries neither its read (the
 * proposal document with its image, ADR 0073) nor its view. The element imports it when a
 * person opens a proposal. Its own texts (the reason, the location, …) come with it.
 */

const messages = /* @__PURE__ */ createMessages(lazyProposalDetailMessages);

/** Loads a language's texts of the page (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** One proposal opened, with the title of the one it was merged into. */
export interface Opened {
  readonly proposal: ProposalDocument;
  readonly mergedTitle: string | null;
}

/** Reads one proposal (and the title of the proposal it was merged into, if any). */
export async function readOpened(api: BudgetingApi | null, http: HttpClient, roundId: string, id: string, signal: AbortSignal): Promise<Opened> {
  const one = (proposalId: string): Promise<ProposalDocument> =>
    api?.proposal(roundId, proposalId, signal) ?? http.request(`${roundPath(roundId)}/proposals/${encodeURIComponent(proposalId)}`, ProposalDocumentSchema, { signal });
  const proposal = await one(id);
  const into = proposal.review?.mergedInto;
  const merged = into ? await one(into).catch(() => null) : null;
  return { proposal, mergedTitle: merged?.title ?? into ?? null };
}

/** The image's own rule, a constructed sheet the element's shadow root adopts (a strict CSP allows it). */
const imageStyles = css`
  .detail img {
    display: block;
    max-width: 100%;
    height: auto;
  }
`;

function adoptImageStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = imageStyles.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** What the detail view needs of its element. */
export interface DetailHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The API's base URL (`api`; "" is this page's origin). */
  readonly api: string;
  budgetName(locale: Locale, id: string): string;
  requestUpdate(): void;
}

/** The opened proposal: its texts in the proposer's language, its image with what it shows, the city's review. */
export function renderDetail(host: DetailHost, t: Translator, locale: Locale, opened: Opened, back: TemplateResult): TemplateResult {
  adoptImageStyles(host.renderRoot);
  // The language changed while the page is open: its texts, then drawn again.
  if (!messages.isLoaded(locale)) void messages.load(locale).then(() => host.requestUpdate());
  const own = messages.translator(locale);
  const p = opened.proposal;
  const review = p.review;
  return html`<article class="detail" aria-labelledby="detail-title">
    <h3 id="detail-title" tabindex="-1" lang=${p.lang}>${p.title}</h3>
    <p class="meta"><span class="status">${t(`budgeting.proposals.status.${p.status}`)}</span> · ${host.budgetName(locale, p.budget)} ·
      ${own('budgeting.proposals.submittedAt', { date: formatDate(p.submittedAt, locale) })}</p>
    ${p.image ? html`<img part="image" src=${joinUrl(host.api, p.image.url)} alt=${p.image.alt} lang=${p.lang} />` : nothing}
    <p class="description" lang=${p.lang}>${p.description}</p>
    <ul>
      <li>${t('budgeting.proposals.estimated', { cost: euros(locale, p.estimatedCost) })}</li>
      ${review?.costEstimate != null ? html`<li>${t('budgeting.proposals.cityEstimate', { cost: euros(locale, review.costEstimate) })}</li>` : nothing}
      ${p.location?.address ? html`<li>${own('budgeting.proposals.location', { address: p.location.address })}</li>` : nothing}
    </ul>
    ${review?.publicReason ? html`<p class="notice">${own('budgeting.proposals.reason', { reason: review.publicReason })}</p>` : nothing}
    ${opened.mergedTitle ? html`<p>${own('budgeting.proposals.mergedInto', { title: opened.mergedTitle })}</p>` : nothing}
    ${back}
  </article>`;
}
