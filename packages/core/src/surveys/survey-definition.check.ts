// Checks a survey definition when it is saved: the schema first, then what a schema cannot say:
// unique ids, consistent limits, skip targets, and every condition parsed and checked against
// the questions it names (syntax errors and unknown names with their positions), and no cycles.
import * as v from 'valibot';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import { checkExpression, scopeOf, type ExpressionScope, type NameInfo } from './expression.check.js';
import { EXPRESSION_FUNCTIONS } from './expression.evaluate.js';
import { namesIn, tryParseExpression } from './expression.parse.js';
import { KEYWORDS } from './expression.tokens.js';
import { compileSurveyLogic, questionPlaces, SurveyLogicError } from './survey-logic.js';
import { CANT_SAY_VALUE, OTHER_VALUE, SurveyDefinitionSchema, type SurveyDefinition } from './survey.schema.js';

export type DefinitionCheck =
  | { readonly ok: true; readonly definition: SurveyDefinition }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The names conditions may use, with their kinds and option values. */
export function surveyScope(definition: SurveyDefinition): ExpressionScope {
  const entries: Record<string, NameInfo> = {};
  for (const { question } of questionPlaces(definition)) {
    switch (question.type) {
      case 'single_choice':
      case 'dropdown':
        entries[question.id] = { type: 'string', options: [...question.options.map((o) => o.value), ...('other' in question && question.other ? [OTHER_VALUE] : [])] };
        break;
      case 'multiple_choice':
        entries[question.id] = { type: 'list', options: [...question.options.map((o) => o.value), ...(question.other ? [OTHER_VALUE] : [])] };
        break;
      case 'ranking':
        entries[question.id] = { type: 'list', options: question.options.map((o) => o.value) };
        break;
      case 'rating':
      case 'recommendation':
      case 'number':
        entries[question.id] = { type: 'number' };
        break;
      case 'yes_no':
        entries[question.id] = { type: 'boolean' };
        break;
      case 'short_text':
      case 'long_text':
        entries[question.id] = { type: 'string' };
        break;
      case 'matrix':
        for (const row of question.rows) entries[`${question.id}.${row.id}`] = { type: 'number' };
        break;
      case 'info':
        break;
    }
    if ((question.type === 'single_choice' || question.type === 'multiple_choice') && question.other) {
      entries[`${question.id}.${OTHER_VALUE}`] = { type: 'string' };
    }
  }
  return scopeOf(entries);
}

const RESERVED: ReadonlySet<string> = new Set([...KEYWORDS, ...Object.keys(EXPRESSION_FUNCTIONS)]);

/** Checks a definition (any JSON value) and returns it parsed, or every error found. */
export function checkSurveyDefinition(input: unknown): DefinitionCheck {
  const parsed = v.safeParse(SurveyDefinitionSchema, input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.issues) };
  const definition = parsed.output;
  const errors: FieldError[] = [];
  const fail = (pointer: string, code: string, params?: Record<string, string | number>) =>
    errors.push({ pointer, code, ...(params ? { params } : {}) });

  // Ids: unique across pages, sections and questions, and not a word of the language.
  const ids = new Map<string, string>();
  const claim = (id: string, pointer: string) => {
    if (RESERVED.has(id)) fail(`${pointer}/id`, 'surveys.definition.reservedId', { id });
    if (ids.has(id)) fail(`${pointer}/id`, 'surveys.definition.duplicateId', { id, first: ids.get(id)! });
    else ids.set(id, pointer);
  };
  definition.pages.forEach((page, p) => {
    claim(page.id, `#/pages/${p}`);
    page.sections.forEach((section, s) => claim(section.id, `#/pages/${p}/sections/${s}`));
  });
  const places = questionPlaces(definition);
  for (const { question, pointer } of places) {
    claim(question.id, pointer);
    if ('options' in question) {
      const seen = new Set<string>();
      question.options.forEach((option, i) => {
        if (seen.has(option.value)) fail(`${pointer}/options/${i}/value`, 'surveys.definition.duplicateOption', { value: option.value });
        seen.add(option.value);
        if ('other' in question && question.other && (option.value === OTHER_VALUE || option.value === CANT_SAY_VALUE)) {
          fail(`${pointer}/options/${i}/value`, 'surveys.definition.reservedOption', { value: option.value });
        }
      });
    }
    switch (question.type) {
      case 'multiple_choice': {
        const available = question.options.length + (question.other ? 1 : 0);
        const { minSelected: min, maxSelected: max } = question;
        if (min !== undefined && min > available) fail(`${pointer}/minSelected`, 'surveys.definition.selectionRange', { min, max: available });
        if (max !== undefined && max > available) fail(`${pointer}/maxSelected`, 'surveys.definition.selectionRange', { min: 1, max: available });
        if (min !== undefined && max !== undefined && min > max) fail(`${pointer}/minSelected`, 'surveys.definition.minAboveMax', { min, max });
        break;
      }
      case 'rating':
        if (question.min >= question.max) fail(`${pointer}/max`, 'surveys.definition.minAboveMax', { min: question.min, max: question.max });
        break;
      case 'number':
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          fail(`${pointer}/max`, 'surveys.definition.minAboveMax', { min: question.min, max: question.max });
        }
        break;
      case 'ranking':
        if (question.rankCount !== undefined && question.rankCount > question.options.length) {
          fail(`${pointer}/rankCount`, 'surveys.definition.selectionRange', { min: 1, max: question.options.length });
        }
        break;
      case 'matrix': {
        const rows = new Set<string>();
        question.rows.forEach((row, i) => {
          if (rows.has(row.id)) fail(`${pointer}/rows/${i}/id`, 'surveys.definition.duplicateOption', { value: row.id });
          rows.add(row.id);
        });
        const columns = new Set<number>();
        question.columns.forEach((column, i) => {
          if (columns.has(column.value)) fail(`${pointer}/columns/${i}/value`, 'surveys.definition.duplicateOption', { value: column.value });
          columns.add(column.value);
        });
        break;
      }
      default:
        break;
    }
  }

  // Conditions: syntax, names, kinds, option values; each error with its position.
  const scope = surveyScope(definition);
  const check = (source: string | undefined, pointer: string) => {
    if (source === undefined) return;
    for (const error of checkExpression(source, scope)) {
      fail(pointer, error.code, { ...error.params, position: error.start, end: error.end });
    }
  };
  const pageOfQuestion = new Map(places.map((place) => [place.question.id, place.page]));
  definition.pages.forEach((page, p) => {
    check(page.visibleIf, `#/pages/${p}/visibleIf`);
    page.sections.forEach((section, s) => check(section.visibleIf, `#/pages/${p}/sections/${s}/visibleIf`));
    page.skip.forEach((rule, r) => {
      const pointer = `#/pages/${p}/skip/${r}`;
      check(rule.if, `${pointer}/if`);
      const target = rule.to === 'end' ? definition.pages.length : definition.pages.findIndex((candidate) => candidate.id === rule.to);
      if (target <= p) fail(`${pointer}/to`, 'surveys.definition.skipTarget', { to: rule.to });
      // A skip rule decides where to go from this page: it may read only answers given so far.
      const parsedRule = tryParseExpression(rule.if);
      if (parsedRule.ok) {
        const later = namesIn(parsedRule.expression).filter((name) => (pageOfQuestion.get(name.split('.')[0]!) ?? -1) > p);
        for (const name of new Set(later)) fail(`${pointer}/if`, 'surveys.logic.skipReadsLater', { name });
      }
    });
  });
  for (const { question, pointer } of places) {
    check(question.visibleIf, `${pointer}/visibleIf`);
    if (question.type !== 'info') check(question.requiredIf, `${pointer}/requiredIf`);
  }

  if (errors.length === 0) {
    try {
      compileSurveyLogic(definition);
    } catch (error) {
      if (!(error instanceof SurveyLogicError)) throw error;
      errors.push(...error.errors);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition };
}
