import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDuration, formatShare, pickText, type FeedbackStatsRead, type Locale, type NamedGroupFiguresRead } from '@kohtaamo/core';
import { textLang } from '../../i18n/text-lang.js';
import type { StatsTranslator as Translator } from './feedback-stats.messages.js';

// The figures as tables, behind the "The figures as a table" disclosure: a lazy part imported when
// a person reaches for the disclosure (its first focus or press) or opens it (issue 7, docs/adr/0097).

/** The tables' rules, a constructed sheet the shadow root adopts (a strict CSP allows it). */
const tableStyles = css`
  table {
    border-collapse: collapse;
    margin: var(--_kohtaamo-space-m) 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_kohtaamo-space-xs);
  }
  th,
  td {
    text-align: start;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  td {
    text-align: end;
  }
`;

/** Adds the tables' rules to the element's shadow root (once). */
export function adoptTableStyles(root: Node): void {
  const sheet = tableStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const duration = (seconds: number | null, locale: Locale): string => (seconds === null ? '–' : formatDuration(seconds, locale));

function groupTable(t: Translator, locale: Locale, caption: string, nameHeader: string, groups: readonly NamedGroupFiguresRead[]): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${nameHeader}</th>
        <th scope="col">${t('signals.stats.received')}</th>
        <th scope="col">${t('signals.stats.firstResponse')}: ${t('signals.stats.median')}</th>
        <th scope="col">${t('signals.stats.firstResponse')}: ${t('signals.stats.p90')}</th>
        <th scope="col">${t('signals.stats.notAnswered')}</th>
        <th scope="col">${t('signals.stats.close')}: ${t('signals.stats.median')}</th>
        <th scope="col">${t('signals.stats.close')}: ${t('signals.stats.p90')}</th>
        <th scope="col">${t('signals.stats.withinTargetShort')}</th>
      </tr>
    </thead>
    <tbody>
      ${groups.map(
        (g) => html`<tr>
          <th scope="row" lang=${textLang(g.name, locale)}>${pickText(g.name, locale)}</th>
          <td>${g.received}</td>
          <td>${duration(g.firstResponse.medianSeconds, locale)}</td>
          <td>${duration(g.firstResponse.p90Seconds, locale)}</td>
          <td>${g.firstResponse.open}</td>
          <td>${duration(g.close.medianSeconds, locale)}</td>
          <td>${duration(g.close.p90Seconds, locale)}</td>
          <td>${g.withinTarget.share === null ? '–' : formatShare(g.withinTarget.share, locale)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Every figure of the charts as tables: by topic, by unit, per week, the open feedback by age. */
export function renderTables(t: Translator, locale: Locale, stats: FeedbackStatsRead, bucketLabel: (minDays: number, maxDays: number | null) => string): TemplateResult {
  return html`${groupTable(t, locale, t('signals.stats.byCategory'), t('signals.stats.category'), stats.byCategory)}
    ${stats.byUnit.length > 0 ? groupTable(t, locale, t('signals.stats.byUnit'), t('signals.stats.unit'), stats.byUnit) : nothing}
    <table>
      <caption>${t('signals.stats.weekly')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('signals.stats.week')}</th>
          <th scope="col">${t('signals.stats.received')}</th>
          <th scope="col">${t('signals.stats.closed')}</th>
        </tr>
      </thead>
      <tbody>
        ${stats.weeks.map(
          (w) => html`<tr>
            <th scope="row">${w.week}</th>
            <td>${w.received}</td>
            <td>${w.closed}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <table>
      <caption>${t('signals.stats.backlog', { count: stats.backlog.open })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('signals.stats.backlog.age')}</th>
          <th scope="col">${t('signals.stats.count')}</th>
        </tr>
      </thead>
      <tbody>
        ${stats.backlog.buckets.map(
          (b) => html`<tr>
            <th scope="row">${bucketLabel(b.minDays, b.maxDays)}</th>
            <td>${b.count}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}
