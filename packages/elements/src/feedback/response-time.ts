import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, type Locale, type ReportResponseTime, type SignalsReportMessageKey, type Translator } from '@kohtaamo/core';

/**
 * The "Response time" row (a `<div>` group of a `<dl>`) of a report, in the status answer and in
 * the public list alike: how long the first response took (in time and
 * in working days) against the city's target, or that none has come yet; and when handling
 * finished. Nothing from a server that does not send `responseTime`.
 */
export function renderResponseTime(t: Translator<SignalsReportMessageKey>, locale: Locale, time: ReportResponseTime | undefined): TemplateResult | typeof nothing {
  if (!time) return nothing;
  const target = time.targetWorkingDays;
  const answered = time.firstResponseSeconds !== null && time.firstResponseWorkingDays !== null;
  return html`<div>
    <dt>${t('signals.report.responseTime')}</dt>
    <dd part="response-time">
      ${answered
        ? html`${t('signals.report.answered', { duration: formatDuration(time.firstResponseSeconds!, locale), days: time.firstResponseWorkingDays! })}.
          ${time.withinTarget === false ? t('signals.report.late', { target }) : t('signals.report.withinTarget', { target })}`
        : time.withinTarget === false
          ? t('signals.report.late', { target })
          : t('signals.report.waiting', { target })}
      ${time.closeSeconds !== null ? html`<br />${t('signals.report.closedAfter', { duration: formatDuration(time.closeSeconds, locale) })}` : nothing}
    </dd>
  </div>`;
}
