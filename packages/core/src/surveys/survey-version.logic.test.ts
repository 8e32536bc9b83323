import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSurveyDefinition } from './survey-definition.check.js';
import { heinolaResidentSurveyTemplate } from './heinola-resident-survey.template.js';
import { canonicalJson, checkNextVersion, comparableQuestions, definitionFingerprint, diffSurveyDefinitions } from './survey-version.logic.js';
import type { SurveyDefinition } from './survey.schema.js';

const load = (edit: (d: Record<string, any>) => void = () => {}): SurveyDefinition => {
  const input = structuredClone(heinolaResidentSurveyTemplate) as Record<string, any>;
  edit(input);
  const check = checkSurveyDefinition(input);
  assert.ok(check.ok, JSON.stringify(!check.ok && check.errors));
  return check.definition;
};

test('the fingerprint ignores key order and changes with any content', () => {
  const a = load();
  assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}');
  assert.equal(definitionFingerprint(a), definitionFingerprint(JSON.parse(JSON.stringify(a))));
  assert.match(definitionFingerprint(a), /^[0-9a-f]{16}$/);
  const b = load((d) => (d.pages[0].sections[0].questions[1].text.sv = 'Hur nöjd är du totalt sett med Heinola stads tjänster?'));
  assert.notEqual(definitionFingerprint(b), definitionFingerprint(a));
});

test('a new version: texts, options, scales, logic, added and removed questions are told apart', () => {
  const previous = load();
  const next = load((d) => {
    d.version = 2;
    const services = d.pages[0].sections[0].questions;
    services[1].text.en = 'All in all, how satisfied are you with the city’s services?';
    services[1].max = 7; // a 1–7 scale now: no longer comparable
    const living = d.pages[1].sections[0].questions;
    living[1].options.push({ value: 'schools', text: { fi: 'Koulut', sv: 'Skolor', en: 'Schools' } });
    living[3].visibleIf = "live_in_five_years in ['probably_not', 'cant_say']";
    d.pages[3].sections[0].questions.splice(2, 1); // priorities removed
    d.pages[3].sections[0].questions.push({ id: 'trust', type: 'yes_no', text: { fi: 'Luotatko?', sv: 'Litar du?', en: 'Do you trust?' } });
  });
  assert.deepEqual(diffSurveyDefinitions(previous, next), [
    { questionId: 'overall_satisfaction', kinds: ['incompatible'] },
    { questionId: 'best_things', kinds: ['options'] },
    { questionId: 'reason_to_move', kinds: ['logic'] },
    { questionId: 'priorities', kinds: ['removed'] },
    { questionId: 'trust', kinds: ['added'] },
  ]);
  const comparable = comparableQuestions(previous, next);
  assert.ok(comparable.includes('service_satisfaction') && comparable.includes('best_things') && comparable.includes('recommend_heinola'));
  assert.ok(!comparable.includes('overall_satisfaction') && !comparable.includes('priorities') && !comparable.includes('thanks'));
  assert.deepEqual(checkNextVersion(previous, next), []);
  const textOnly = load((d) => {
    d.version = 2;
    d.pages[2].sections[0].questions[0].help = { fi: 'Apu', sv: 'Hjälp', en: 'Help' };
  });
  assert.deepEqual(diffSurveyDefinitions(previous, textOnly), [{ questionId: 'recommend_heinola', kinds: ['text'] }]);
});

test('a new version must follow the old one and change something', () => {
  const previous = load();
  assert.deepEqual(checkNextVersion(previous, load((d) => (d.version = 3))).map((e) => [e.pointer, e.code, e.params]), [
    ['#/version', 'surveys.version.notNext', { expected: 2 }],
  ]);
  assert.deepEqual(checkNextVersion(previous, load((d) => (d.version = 2))).map((e) => e.code), ['surveys.version.unchanged']);
  assert.deepEqual(checkNextVersion(previous, load((d) => ((d.version = 2), (d.id = 'other')))).map((e) => e.code), ['surveys.version.otherSurvey']);
});
