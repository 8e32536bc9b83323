// Validation of answers, question by question, the same in the answering widget (as a person
// goes) and on the server (the whole response). Errors are message keys with parameters, by
// JSON pointer into the response body: `#/answers/<question>`, `#/answers/<question>.other`
// for an "other" text, `#/answers/<matrix>/<row>` for a matrix row.
import type { FieldError } from '../http/problem.logic.js';
import { answerPointer, isBlankAnswer } from './survey-answers.basics.js';
import { compileSurveyLogic, questionPlaces, type SurveyLogic, type SurveyLogicState } from './survey-logic.js';
import {
  CANT_SAY_VALUE,
  OTHER_VALUE,
  type AnswerValue,
  type AnswerableQuestion,
  type SurveyAnswers,
  type SurveyDefinition,
} from './survey.schema.js';

export { answerPointer, isBlankAnswer };

export interface AnswerCheck {
  readonly errors: FieldError[];
  /** The cleaned answers of this question by key (text trimmed); empty when blank or invalid. */
  readonly clean: Record<string, AnswerValue>;
}

const isInteger = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/**
 * Validates one question's answer (and its "other" text) from the response's answers.
 * `required` is whether an answer is needed now (the logic decides it: see validateResponse).
 */
export function validateAnswer(question: AnswerableQuestion, answers: Readonly<SurveyAnswers>, required: boolean): AnswerCheck {
  const errors: FieldError[] = [];
  const clean: Record<string, AnswerValue> = {};
  const id = question.id;
  const pointer = answerPointer(id);
  const fail = (code: string, params?: Record<string, string | number>, at = pointer) =>
    errors.push({ pointer: at, code, ...(params ? { params } : {}) });
  const answer = answers[id];

  if (isBlankAnswer(answer)) {
    if (required) fail('surveys.answer.required');
    return { errors, clean };
  }

  const values = new Set('options' in question ? question.options.map((o) => o.value) : []);
  const hasOther = 'other' in question && question.other !== undefined;
  const otherKey = `${id}.${OTHER_VALUE}`;
  const checkOther = () => {
    if (!hasOther || !question.other) return;
    const text = answers[otherKey];
    if (typeof text !== 'string' || text.trim() === '') {
      fail('surveys.answer.otherRequired', undefined, answerPointer(otherKey));
    } else if (text.trim().length > question.other.maxLength) {
      fail('surveys.answer.tooLong', { max: question.other.maxLength }, answerPointer(otherKey));
    } else {
      clean[otherKey] = text.trim();
    }
  };

  switch (question.type) {
    case 'single_choice':
    case 'dropdown': {
      if (typeof answer !== 'string') return fail('surveys.answer.invalid'), { errors, clean };
      const chosen = answer.trim();
      if (chosen === OTHER_VALUE && hasOther) {
        clean[id] = chosen;
        checkOther();
      } else if (!values.has(chosen)) fail('surveys.answer.choice');
      else clean[id] = chosen;
      break;
    }
    case 'multiple_choice': {
      if (!Array.isArray(answer)) return fail('surveys.answer.invalid'), { errors, clean };
      const chosen = answer as string[];
      if (new Set(chosen).size !== chosen.length || chosen.some((c) => !values.has(c) && !(hasOther && c === OTHER_VALUE))) {
        fail('surveys.answer.choice');
        break;
      }
      const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.value));
      if (exclusive && chosen.length > 1) {
        fail('surveys.answer.exclusive', { option: exclusive.value });
        break;
      }
      if (!exclusive && question.minSelected !== undefined && chosen.length < question.minSelected) {
        fail('surveys.answer.tooFew', { min: question.minSelected });
        break;
      }
      if (question.maxSelected !== undefined && chosen.length > question.maxSelected) {
        fail('surveys.answer.tooMany', { max: question.maxSelected });
        break;
      }
      // Stored in the definition's order, whatever order they were clicked in.
      const order = [...question.options.map((o) => o.value), OTHER_VALUE];
      clean[id] = [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      if (chosen.includes(OTHER_VALUE)) checkOther();
      break;
    }
    case 'rating':
      if (answer === CANT_SAY_VALUE && question.cantSay) clean[id] = answer;
      else if (!isInteger(answer) || answer < question.min || answer > question.max) fail('surveys.answer.range', { min: question.min, max: question.max });
      else clean[id] = answer;
      break;
    case 'recommendation':
      if (!isInteger(answer) || answer < 0 || answer > 10) fail('surveys.answer.range', { min: 0, max: 10 });
      else clean[id] = answer;
      break;
    case 'matrix': {
      if (typeof answer !== 'object' || Array.isArray(answer)) return fail('surveys.answer.invalid'), { errors, clean };
      const cells = answer as Record<string, number | string>;
      const rows = new Set(question.rows.map((r) => r.id));
      const columns = new Set(question.columns.map((c) => c.value));
      const out: Record<string, number | typeof CANT_SAY_VALUE> = {};
      for (const key of Object.keys(cells)) {
        if (!rows.has(key)) fail('surveys.answer.unknownRow', { row: key }, answerPointer(id, key));
      }
      for (const row of question.rows) {
        const cell = cells[row.id];
        if (cell === undefined || cell === null) {
          if (required) fail('surveys.answer.rowRequired', undefined, answerPointer(id, row.id));
        } else if (cell === CANT_SAY_VALUE && question.cantSay) out[row.id] = CANT_SAY_VALUE;
        else if (typeof cell !== 'number' || !columns.has(cell)) fail('surveys.answer.choice', undefined, answerPointer(id, row.id));
        else out[row.id] = cell;
      }
      if (errors.length === 0) clean[id] = out;
      break;
    }
    case 'yes_no':
      if (typeof answer !== 'boolean') fail('surveys.answer.invalid');
      else clean[id] = answer;
      break;
    case 'number':
      if (typeof answer !== 'number' || !Number.isFinite(answer)) fail('surveys.answer.number');
      else if (question.integer && !Number.isInteger(answer)) fail('surveys.answer.integer');
      else if (question.min !== undefined && answer < question.min) fail('surveys.answer.tooSmall', { min: question.min });
      else if (question.max !== undefined && answer > question.max) fail('surveys.answer.tooLarge', { max: question.max });
      else clean[id] = answer;
      break;
    case 'short_text':
    case 'long_text': {
      if (typeof answer !== 'string') return fail('surveys.answer.invalid'), { errors, clean };
      const text = answer.trim();
      if (question.type === 'short_text' && /[\r\n]/.test(text)) fail('surveys.answer.singleLine');
      else if (text.length > question.maxLength) fail('surveys.answer.tooLong', { max: question.maxLength });
      else clean[id] = text;
      break;
    }
    case 'ranking': {
      if (!Array.isArray(answer)) return fail('surveys.answer.invalid'), { errors, clean };
      const ranked = answer as string[];
      const count = Math.min(question.rankCount ?? question.options.length, question.options.length);
      if (new Set(ranked).size !== ranked.length || ranked.some((r) => !values.has(r))) fail('surveys.answer.choice');
      else if (ranked.length !== count) fail('surveys.answer.rankCount', { count });
      else clean[id] = [...ranked];
      break;
    }
  }
  return { errors, clean };
}

export type ResponseValidation =
  | { readonly ok: true; readonly answers: SurveyAnswers; readonly dropped: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Validates a whole response against its definition: the logic decides which questions are
 * shown and required; answers to hidden questions are dropped (listed in `dropped`: they were
 * given before an earlier answer changed), answers to unknown keys are errors.
 */
export function validateResponse(
  definition: SurveyDefinition,
  answers: Readonly<SurveyAnswers>,
  logic: SurveyLogic = compileSurveyLogic(definition),
): ResponseValidation {
  const state: SurveyLogicState = logic.start({ ...answers });
  const errors: FieldError[] = [];
  const clean: SurveyAnswers = {};
  const dropped: string[] = [];
  const owned = new Set<string>();
  for (const { question } of questionPlaces(definition)) {
    if (question.type === 'info') continue;
    const keys = [question.id, ...('other' in question && question.other ? [`${question.id}.${OTHER_VALUE}`] : [])];
    keys.forEach((k) => owned.add(k));
    if (!state.isVisible(question.id)) {
      dropped.push(...keys.filter((k) => !isBlankAnswer(answers[k])));
      continue;
    }
    const check = validateAnswer(question, answers, state.isRequired(question.id));
    errors.push(...check.errors);
    Object.assign(clean, check.clean);
  }
  for (const key of Object.keys(answers)) {
    if (!owned.has(key)) errors.push({ pointer: answerPointer(key), code: 'surveys.answer.unknown' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: clean, dropped };
}
