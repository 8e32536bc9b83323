import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSurveyDefinition } from './survey-definition.check.js';
import { heinolaResidentSurveyTemplate } from './heinola-resident-survey.template.js';

const t = (text: string) => ({ fi: text, sv: text, en: text });
const base = () => structuredClone(heinolaResidentSurveyTemplate) as unknown as {
  pages: { id: string; skip?: unknown[]; sections: { id: string; questions: Record<string, unknown>[] }[] }[];
  [key: string]: unknown;
};
const errorsOf = (input: unknown) => {
  const result = checkSurveyDefinition(input);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.errors.map((e) => ({ pointer: e.pointer, code: e.code, params: e.params }));
};

test('a text missing in one language is an error at its pointer', () => {
  const input = base();
  (input.pages[0]!.sections[0]!.questions[1]!.text as { sv: string }).sv = '  ';
  assert.deepEqual(errorsOf(input).map((e) => [e.pointer, e.code]), [['#/pages/0/sections/0/questions/1/text/sv', 'surveys.definition.textRequired']]);
});

test('an unknown question type or a bad id is a schema error', () => {
  const input = base();
  input.pages[0]!.sections[0]!.questions[1]!.type = 'slider';
  input.pages[1]!.sections[0]!.questions[0]!.id = 'Enjoy living';
  const errors = errorsOf(input);
  assert.ok(errors.some((e) => e.pointer === '#/pages/0/sections/0/questions/1/type'), JSON.stringify(errors));
  assert.ok(errors.some((e) => e.pointer === '#/pages/1/sections/0/questions/0/id' && e.code === 'surveys.definition.id'), JSON.stringify(errors));
});

test('a condition with a syntax error is reported with its position', () => {
  const input = base();
  input.pages[2]!.sections[0]!.questions[1]!.visibleIf = 'recommend_heinola >= ';
  assert.deepEqual(errorsOf(input), [
    {
      pointer: '#/pages/2/sections/0/questions/1/visibleIf',
      code: 'surveys.expression.unexpectedEnd',
      params: { expected: 'value', position: 21, end: 21 },
    },
  ]);
});

test('unknown names and option values are reported with a suggestion', () => {
  const input = base();
  input.pages[2]!.sections[0]!.questions[1]!.visibleIf = 'recomend_heinola >= 9';
  input.pages[1]!.sections[0]!.questions[3]!.visibleIf = "live_in_five_years == 'probaly_not'";
  assert.deepEqual(errorsOf(input), [
    {
      pointer: '#/pages/1/sections/0/questions/3/visibleIf',
      code: 'surveys.expression.unknownOption',
      params: { name: 'live_in_five_years', found: 'probaly_not', suggestion: 'probably_not', position: 22, end: 35 },
    },
    {
      pointer: '#/pages/2/sections/0/questions/1/visibleIf',
      code: 'surveys.expression.unknownName',
      params: { name: 'recomend_heinola', suggestion: 'recommend_heinola', position: 0, end: 16 },
    },
  ]);
});

test('duplicate ids, reserved words, duplicate options and impossible limits are errors', () => {
  const input = base();
  input.pages[1]!.sections[0]!.questions[0]!.id = 'overall_satisfaction';
  input.pages[5]!.sections[0]!.questions[3]!.id = 'count';
  const best = input.pages[1]!.sections[0]!.questions[1]!;
  (best.options as { value: string }[])[1]!.value = 'nature';
  best.minSelected = 4;
  best.maxSelected = 12;
  const errors = errorsOf(input);
  const codes = errors.map((e) => [e.pointer, e.code]);
  assert.deepEqual(codes, [
    ['#/pages/1/sections/0/questions/0/id', 'surveys.definition.duplicateId'],
    ['#/pages/1/sections/0/questions/1/options/1/value', 'surveys.definition.duplicateOption'],
    ['#/pages/1/sections/0/questions/1/maxSelected', 'surveys.definition.selectionRange'],
    ['#/pages/5/sections/0/questions/3/id', 'surveys.definition.reservedId'],
  ]);
});

test('skip rules go forward only and read only answers given so far', () => {
  const input = base();
  input.pages[1]!.skip = [
    { if: "live_in_five_years == 'certainly'", to: 'services' },
    { if: 'recommend_heinola >= 9', to: 'participation' },
    { if: 'enjoy_living == 1', to: 'nowhere' },
  ];
  assert.deepEqual(
    errorsOf(input).map((e) => [e.pointer, e.code, e.params]),
    [
      ['#/pages/1/skip/0/to', 'surveys.definition.skipTarget', { to: 'services' }],
      ['#/pages/1/skip/1/if', 'surveys.logic.skipReadsLater', { name: 'recommend_heinola' }],
      ['#/pages/1/skip/2/to', 'surveys.definition.skipTarget', { to: 'nowhere' }],
    ],
  );
  const ok = base();
  ok.pages[1]!.skip = [{ if: "live_in_five_years == 'certainly'", to: 'for_heinola' }];
  assert.equal(checkSurveyDefinition(ok).ok, true);
});

test('conditions that depend on each other in a cycle are an error', () => {
  const input = base();
  const questions = input.pages[0]!.sections[0]!.questions;
  questions[1]!.visibleIf = 'answered(service_improvement)';
  const errors = errorsOf(input);
  assert.deepEqual(errors.map((e) => e.code), ['surveys.logic.cycle']);
  assert.match(String(errors[0]!.params!.cycle), /overall_satisfaction/);
});

test('a minimal definition with an information block only is valid', () => {
  const result = checkSurveyDefinition({
    format: 'kohtaamo-survey/1',
    id: 'notice',
    version: 3,
    title: t('Notice'),
    pages: [{ id: 'p', sections: [{ id: 's', questions: [{ id: 'i', type: 'info', text: t('Hello') }] }] }],
  });
  assert.ok(result.ok);
  assert.deepEqual(result.definition.pages[0]!.skip, []);
});
