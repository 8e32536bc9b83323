import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  parseCsv,
  ProblemError,
  questionPlaces,
  SURVEYS_PROBLEM_TYPES,
  type SurveyDefinition,
  type SurveyImportMapping,
  type SurveyImportReport,
  type SurveyRoundDetail,
} from '@kohtaamo/core';
import { describedBy, fieldError } from '../../forms/form-templates.js';
import { pointerErrors, summary, type PointerError } from './survey-console.errors.js';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

/** One rejected field of a vendor's row, as the server reports it. */
interface RejectedField {
  readonly line: number;
  readonly respondent: string;
  readonly column: string;
  readonly text: string;
}

/**
 * A suggested mapping from the file's header: the respondent id and language columns by their
 * usual names, and each question whose id (or `<id>_<row>` for a matrix row) is a column. The
 * vendor's codes are the analyst's to add.
 */
export function suggestMapping(definition: SurveyDefinition, header: readonly string[]): SurveyImportMapping {
  const has = new Set(header);
  const find = (re: RegExp) => header.find((h) => re.test(h));
  const questions: SurveyImportMapping['questions'] = {};
  for (const { question: q } of questionPlaces(definition)) {
    if (q.type === 'info') continue;
    if (q.type === 'matrix') {
      const rows = Object.fromEntries(q.rows.filter((r) => has.has(`${q.id}_${r.id}`)).map((r) => [r.id, `${q.id}_${r.id}`]));
      if (Object.keys(rows).length > 0) questions[q.id] = { rows };
    } else if (has.has(q.id)) questions[q.id] = { column: q.id };
  }
  const lang = find(/^(lang|kieli|språk|language)$/i);
  return { respondentId: find(/^(respondent(_?id)?|resp(ondent)?|id|vastaaja)$/i) ?? header[0] ?? '', ...(lang ? { lang } : {}), questions };
}

/**
 * The import tab of the survey console (a lazy module, ADR 0035): a vendor's CSV file and the
 * mapping of its columns and codes to the round's definition (JSON, suggested from the header),
 * checked (a dry run) or imported; every rejected row is shown with its line, the vendor's
 * respondent id, the column and what is wrong, and then nothing was saved.
 */
export class ImportTab implements RoundTab {
  readonly #host: ConsoleHost;
  #definition: SurveyDefinition | null = null;
  #definitionKey = '';
  #fileName = '';
  #csv = '';
  #header: readonly string[] = [];
  #rowCount = 0;
  #mapping = '';
  #busy = false;
  #errors: PointerError[] = [];
  #rejected: RejectedField[] = [];
  #rejectedRows = 0;
  #failure = '';
  #report: (SurveyImportReport & { dryRun: boolean }) | null = null;

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    const key = `${detail.round.survey}/${detail.round.version}`;
    if (key === this.#definitionKey) return;
    this.#definitionKey = key;
    this.#definition = null;
    try {
      this.#definition = await this.#host.api.version(detail.round.survey, detail.round.version);
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    }
    this.#update();
  }

  #clearOutcome(): void {
    this.#errors = [];
    this.#rejected = [];
    this.#rejectedRows = 0;
    this.#failure = '';
    this.#report = null;
  }

  #onFile = async (event: Event): Promise<void> => {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.#clearOutcome();
    if (!file) return;
    this.#fileName = file.name;
    this.#csv = await file.text();
    try {
      const table = parseCsv(this.#csv);
      this.#header = table.header;
      this.#rowCount = table.rows.length;
      if (!this.#mapping.trim() && this.#definition) this.#mapping = JSON.stringify(suggestMapping(this.#definition, table.header), null, 2);
    } catch {
      this.#header = [];
      this.#rowCount = 0;
      this.#errors = [{ pointer: '#/csv', text: this.#host.t('surveyConsole.import.unreadable') }];
    }
    this.#host.announce(this.#host.t('surveyConsole.import.read', { name: file.name, count: this.#rowCount }));
    this.#update();
  };

  #suggest = (): void => {
    if (!this.#definition) return;
    this.#mapping = JSON.stringify(suggestMapping(this.#definition, this.#header), null, 2);
    this.#host.announce(this.#host.t('surveyConsole.import.suggested'));
    this.#update();
  };

  async #send(dryRun: boolean): Promise<void> {
    const detail = this.#host.detail;
    if (!detail || this.#busy) return;
    const t = this.#host.t;
    this.#clearOutcome();
    const local: PointerError[] = [];
    if (!this.#csv) local.push({ pointer: '#/csv', text: t('surveyConsole.import.noFile') });
    let mapping: SurveyImportMapping | null = null;
    try {
      mapping = JSON.parse(this.#mapping) as SurveyImportMapping;
    } catch {
      local.push({ pointer: '#/mapping', text: t('surveyConsole.import.mappingJson') });
    }
    if (local.length > 0 || !mapping) {
      this.#errors = local;
      this.#update();
      await this.#host.focus('#form-summary');
      return;
    }
    this.#busy = true;
    this.#update();
    try {
      const report = await this.#host.api.importFile(detail.round.survey, detail.round.id, { mapping, csv: this.#csv, dryRun });
      this.#report = { ...report, dryRun };
      if (!dryRun) await this.#host.reload();
      this.#host.announce(t(dryRun ? 'surveyConsole.import.checked' : 'surveyConsole.import.saved', { count: dryRun ? report.accepted : report.saved }));
      this.#update();
      await this.#host.focus('#import-outcome');
    } catch (error) {
      if (error instanceof ProblemError && error.problem.type === SURVEYS_PROBLEM_TYPES.importRejected) {
        const fields = error.problem.errors ?? [];
        this.#rejected = fields.map((e) => {
          const params = e.params ?? {};
          const text = this.#host.code(e.code, params);
          return { line: Number(params['line'] ?? 0), respondent: String(params['respondent'] ?? ''), column: String(params['column'] ?? ''), text: text === e.code ? e.detail : text };
        });
        this.#rejectedRows = new Set(this.#rejected.map((r) => r.line)).size;
        this.#host.announce(t('surveyConsole.import.rejected', { count: this.#rejectedRows }));
        this.#update();
        await this.#host.focus('#import-outcome');
      } else {
        this.#errors = pointerErrors(this.#host, error);
        if (this.#errors.length === 0) this.#failure = this.#host.failureText(error);
        this.#update();
        await this.#host.focus(this.#errors.length > 0 ? '#form-summary' : '#import-failure');
      }
    } finally {
      this.#busy = false;
      this.#update();
    }
  }

  render(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const r = detail.round;
    if (!r.modes.includes('import')) return html`<p>${t('surveyConsole.import.notTaken')}</p>`;
    if (r.status === 'closed') return html`<p>${t('surveyConsole.import.closed')}</p>`;
    const csvError = this.#errors.find((e) => e.pointer === '#/csv')?.text;
    const mappingError = this.#errors.find((e) => e.pointer === '#/mapping')?.text;
    return html`<h4>${t('surveyConsole.import.title')}</h4>
      <p>${t('surveyConsole.import.lead')}</p>
      ${summary(this.#host, this.#errors, { '#/csv': 'import-file', '#/mapping': 'import-mapping' })}
      ${this.#failure ? html`<div class="notice error-notice" id="import-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
      <form novalidate class="import-form" @submit=${(e: Event) => e.preventDefault()} aria-label=${t('surveyConsole.import.title')}>
        <div class="field">
          <label for="import-file">${t('surveyConsole.import.file')}</label>
          <p class="hint" id="import-file-hint">${this.#fileName ? t('surveyConsole.import.fileRead', { name: this.#fileName, count: this.#rowCount, columns: this.#header.length }) : t('surveyConsole.import.fileHint')}</p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-invalid=${csvError ? 'true' : 'false'}
            aria-describedby=${describedBy('import-file', Boolean(csvError), 'import-file-hint')}
            @change=${this.#onFile}
          />
          ${fieldError('import-file', csvError)}
        </div>
        <div class="field">
          <label for="import-mapping">${t('surveyConsole.import.mapping')}</label>
          <p class="hint" id="import-mapping-hint">${t('surveyConsole.import.mappingHint')}</p>
          <textarea
            id="import-mapping"
            class="code"
            rows="12"
            spellcheck="false"
            aria-invalid=${mappingError ? 'true' : 'false'}
            aria-describedby=${describedBy('import-mapping', Boolean(mappingError), 'import-mapping-hint')}
            .value=${live(this.#mapping)}
            @input=${(e: Event) => (this.#mapping = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${fieldError('import-mapping', mappingError)}
        </div>
        <div class="actions">
          <button type="button" part="button" class="secondary" id="import-suggest" aria-disabled=${this.#header.length === 0 ? 'true' : 'false'} @click=${this.#suggest}>${t('surveyConsole.import.suggest')}</button>
          <button type="button" part="button" class="secondary" id="import-check" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#send(true)}>${t('surveyConsole.import.check')}</button>
          <button type="button" part="button" id="import-save" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#send(false)}>${t('surveyConsole.import.save')}</button>
        </div>
      </form>
      ${this.#renderOutcome()}`;
  }

  #renderOutcome(): TemplateResult | typeof nothing {
    const t = this.#host.t;
    if (this.#report) {
      const r = this.#report;
      return html`<div class="notice success" id="import-outcome" tabindex="-1">
        <p>${r.dryRun ? t('surveyConsole.import.checked', { count: r.accepted }) : t('surveyConsole.import.saved', { count: r.saved })}</p>
      </div>`;
    }
    if (this.#rejected.length === 0) return nothing;
    return html`<section class="rejected" aria-labelledby="import-outcome">
      <h4 id="import-outcome" tabindex="-1" class="error-title">${t('surveyConsole.import.rejected', { count: this.#rejectedRows })}</h4>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">${t('surveyConsole.import.rejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('surveyConsole.import.col.line')}</th>
              <th scope="col">${t('surveyConsole.import.col.respondent')}</th>
              <th scope="col">${t('surveyConsole.import.col.column')}</th>
              <th scope="col">${t('surveyConsole.import.col.problem')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.#rejected.map(
              (r) => html`<tr>
                <th scope="row">${r.line}</th>
                <td>${r.respondent || '–'}</td>
                <td>${r.column ? html`<code>${r.column}</code>` : '–'}</td>
                <td>${r.text}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
