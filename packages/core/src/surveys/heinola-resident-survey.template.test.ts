import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateResponse } from './survey-answers.logic.js';
import { checkSurveyDefinition } from './survey-definition.check.js';
import { compileSurveyLogic, questionPlaces } from './survey-logic.js';
import { heinolaResidentSurveyTemplate } from './heinola-resident-survey.template.js';
import type { SurveyAnswers, SurveyDefinition } from './survey.schema.js';

function template(): SurveyDefinition {
  const check = checkSurveyDefinition(structuredClone(heinolaResidentSurveyTemplate));
  assert.ok(check.ok, JSON.stringify(!check.ok && check.errors));
  return check.definition;
}

test('the template is valid against the schema and the definition checks', () => {
  const definition = template();
  assert.equal(definition.id, 'heinola-resident-survey');
  assert.equal(definition.version, 1);
});

test('the template uses every question type', () => {
  const types = new Set(questionPlaces(template()).map((p) => p.question.type));
  assert.deepEqual(
    [...types].sort(),
    ['dropdown', 'info', 'long_text', 'matrix', 'multiple_choice', 'number', 'ranking', 'rating', 'recommendation', 'short_text', 'single_choice', 'yes_no'],
  );
});

test('the template asks the programme’s open question in Finnish, Swedish and English', () => {
  const question = questionPlaces(template()).find((p) => p.question.id === 'what_could_i_do')!.question;
  assert.deepEqual(question.text, {
    fi: 'Mitä minä voisin tehdä Heinolan hyväksi?',
    sv: 'Vad kunde jag göra för Heinola?',
    en: 'What could I do for Heinola?',
  });
  assert.deepEqual((question as { tags: string[] }).tags, ['help-offer']);
});

test('the template covers satisfaction, living, recommendation, participation and the weighting variables', () => {
  const ids = new Set(questionPlaces(template()).map((p) => p.question.id));
  for (const id of ['service_satisfaction', 'overall_satisfaction', 'enjoy_living', 'recommend_heinola', 'participated', 'can_influence', 'age_group', 'sex', 'area']) {
    assert.ok(ids.has(id), id);
  }
});

test('every text of the template is written in all three languages, and they differ where they should', () => {
  const texts: { fi: string; sv: string; en: string }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.fi === 'string') texts.push(record as { fi: string; sv: string; en: string });
      else Object.values(record).forEach(walk);
    }
  };
  walk(template());
  assert.ok(texts.length > 90, String(texts.length));
  for (const text of texts) {
    assert.ok(text.fi && text.sv && text.en);
    // Place names are the same in every language; sentences are not.
    if (text.fi.includes(' ')) assert.notEqual(text.fi, text.en, text.fi);
  }
});

test('a complete phone interview validates; follow-ups follow the answers', () => {
  const definition = template();
  const logic = compileSurveyLogic(definition);
  const answers: SurveyAnswers = {
    service_satisfaction: { early_education: 'cant_say', schools: 4, library: 5, sports: 4, culture: 3, streets: 2, parks: 4, transport: 'cant_say', customer_service: 4, communication: 3 },
    overall_satisfaction: 4,
    enjoy_living: 5,
    best_things: ['nature', 'other'],
    'best_things.other': 'Kesäteatteri',
    live_in_five_years: 'certainly',
    recommend_heinola: 5,
    recommend_improve: 'Lisää työpaikkoja.',
    recommend_why: 'tämä jää pois, koska kysymystä ei näytetä',
    participated: ['none'],
    can_influence: 'cant_say',
    priorities: ['jobs', 'elderly', 'children'],
    what_could_i_do: 'Voisin auttaa talkoissa.',
    wants_contact: true,
    age_group: '55-74',
    sex: 'female',
    area: 'vierumaki',
    years_in_heinola: 31,
  };
  const result = validateResponse(definition, answers, logic);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  assert.deepEqual(result.dropped, ['recommend_why']);
  assert.equal(result.answers.recommend_why, undefined);
  assert.equal(result.answers['best_things.other'], 'Kesäteatteri');

  const missing = validateResponse(definition, { ...answers, area: null, recommend_heinola: 11 }, logic);
  assert.equal(missing.ok, false);
  assert.deepEqual(
    !missing.ok && missing.errors.map((e) => [e.pointer, e.code]),
    [
      ['#/answers/recommend_heinola', 'surveys.answer.range'],
      ['#/answers/area', 'surveys.answer.required'],
    ],
  );
});
