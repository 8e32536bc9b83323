import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { createApiClient } from '../http/http.js';
import { ContractError } from '../http/errors.js';
import { heinolaResidentSurveyTemplate } from './heinola-resident-survey.template.js';
import { SurveyRoundPaperSchema } from './survey-paper.read.schema.js';
import { readSurveyRoundPaper, SurveyRoundPaperRead } from './survey-paper.read.js';

// The answering widget reads its paper without valibot (docs/adr/0108): every paper the whole
// schema accepts, the light read accepts and gives out the same (defaults set, texts trimmed);
// what would break the drawing, both refuse.
type Json = Record<string, any>;
const round = {
  id: 'heinola-2027',
  survey: 'heinola-resident-survey',
  version: 1,
  title: { fi: 'Asukaskysely 2027', sv: 'Invånarenkät 2027', en: 'Resident survey 2027' },
  modes: ['web', 'invitation', 'interviewer', 'import'],
  webLimit: 'one-per-browser',
  year: 2027,
  status: 'open',
  closesAt: '2027-03-31T21:00:00.000Z',
  resultsPublishedAt: null,
};
const heinola = (): Json => structuredClone({ round, definition: heinolaResidentSurveyTemplate });
const full = (paper: unknown) => v.safeParse(SurveyRoundPaperSchema, structuredClone(paper));
const light = (paper: unknown) => readSurveyRoundPaper(structuredClone(paper));
const questions = (paper: Json): Json[] => paper.definition.pages.flatMap((p: Json) => p.sections.flatMap((s: Json) => s.questions));

/** Both accept the paper and give out the same. */
function same(paper: Json, what: string): void {
  const whole = full(paper);
  assert.ok(whole.success, `${what}: the whole schema accepts it`);
  assert.deepEqual(light(paper), whole.output, what);
}

/** Every text of the definition with spaces around it (the whole schema trims them). */
function padded(paper: Json): Json {
  const pad = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(pad);
    if (typeof x !== 'object' || x === null) return x;
    const o = x as Json;
    if (typeof o.fi === 'string' && typeof o.sv === 'string' && typeof o.en === 'string') return { fi: ` ${o.fi} `, sv: `\n${o.sv}`, en: `${o.en}\t` };
    return Object.fromEntries(Object.entries(o).map(([k, value]) => [k, pad(value)]));
  };
  return { ...paper, definition: pad(paper.definition) };
}

test('the Heinola template: the light read gives out what the whole schema does', () => {
  const paper = heinola();
  assert.ok(questions(paper).length >= 12, 'the template has a question of each type');
  same(paper, 'the template as written');
  same(full(paper).output as Json, 'the template with every default written out');
  same(padded(paper), 'every text with spaces around it');
  const out = light(padded(paper))!;
  assert.equal(out.definition.title.fi, heinolaResidentSurveyTemplate.title.fi, 'texts trimmed');
});

test('the Heinola template: each question type with its optional members given, or left out', () => {
  const types = new Set<string>();
  for (const [i, q] of questions(heinola()).entries()) {
    types.add(q.type);
    const variants: Json[] = [];
    if (['single_choice', 'multiple_choice', 'dropdown', 'ranking'].includes(q.type)) {
      variants.push({ randomize: true, options: q.options.map((o: Json, k: number) => ({ ...o, fixed: k === 0, exclusive: k === 1 })) });
      if (q.type !== 'dropdown' && q.type !== 'ranking') variants.push({ other: { text: { fi: 'Muu', sv: 'Annat', en: 'Other' }, maxLength: 80 } }, { other: { text: { fi: 'Muu', sv: 'Annat', en: 'Other' } } });
      if (q.type === 'multiple_choice') variants.push({ minSelected: 1, maxSelected: 2 });
      if (q.type === 'ranking') variants.push({ rankCount: 2 });
    }
    if (q.type === 'rating') variants.push({ cantSay: { fi: 'En osaa sanoa', sv: 'Vet inte', en: "Can't say" } }, { min: 0, max: 10 });
    if (q.type === 'matrix') variants.push({ randomize: true, cantSay: { fi: 'EOS', sv: 'Vet inte', en: "Can't say" } });
    if (q.type === 'number') variants.push({ min: -5, max: 2.5, integer: true, unit: { fi: 'v', sv: 'år', en: 'yrs' } }, { min: undefined, max: undefined });
    if (q.type === 'short_text' || q.type === 'long_text') variants.push({ maxLength: 10 });
    if (q.type !== 'info') variants.push({ help: { fi: 'Apu', sv: 'Hjälp', en: 'Help' }, required: true, requiredIf: 'true', tags: ['indicator', 'demographic'] });
    variants.push({ visibleIf: "age == '18-29'" });
    for (const [k, changes] of variants.entries()) {
      const paper = heinola();
      Object.assign(questions(paper)[i]!, changes);
      for (const [key, value] of Object.entries(changes)) if (value === undefined) delete questions(paper)[i]![key];
      same(paper, `question ${q.id} (${q.type}), variant ${k}`);
    }
  }
  assert.equal(types.size, 12, 'every question type');
});

test('pages and sections with their optional members, and a round in each state', () => {
  const paper = heinola();
  const [first, second] = paper.definition.pages;
  Object.assign(first, { title: { fi: 'Alku', sv: 'Början', en: 'Start' }, visibleIf: 'true', skip: [{ if: 'true', to: second.id }, { if: 'false', to: 'end' }] });
  Object.assign(first.sections[0], { title: { fi: 'O', sv: 'A', en: 'S' }, description: { fi: 'K', sv: 'B', en: 'D' }, visibleIf: 'true' });
  paper.definition.description = { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' };
  same(paper, 'optional members given');
  for (const status of ['draft', 'closed']) same({ ...paper, round: { ...round, status, closesAt: null, resultsPublishedAt: '2027-05-01T09:00:00.000Z', modes: [], webLimit: 'many' } }, status);
});

// What would break the drawing (or the answers' keys): both refuse it.
const malformed: Record<string, (paper: Json) => unknown> = {
  'no definition': (p) => delete p.definition,
  'no round': (p) => delete p.round,
  'another format': (p) => (p.definition.format = 'kohtaamo-survey/2'),
  'a version of 0': (p) => (p.definition.version = 0),
  'no pages': (p) => (p.definition.pages = []),
  'a page without sections': (p) => (p.definition.pages[0].sections = []),
  'a section without questions': (p) => (p.definition.pages[0].sections[0].questions = []),
  'a page id in capitals': (p) => (p.definition.pages[0].id = 'Page1'),
  'a question without an id': (p) => delete questions(p)[0]!.id,
  'a question id with a space': (p) => (questions(p)[1]!.id = 'area of home'),
  'a question type unknown': (p) => (questions(p)[1]!.type = 'slider'),
  'a question text without Swedish': (p) => delete questions(p)[1]!.text.sv,
  'a blank question text': (p) => (questions(p)[1]!.text.fi = '   '),
  'a text of the wrong kind': (p) => (p.definition.title.en = 7),
  'required as a string': (p) => (questions(p).find((q) => q.type !== 'info')!.required = 'yes'),
  'a choice with one option': (p) => (questions(p).find((q) => q.type === 'single_choice')!.options.length = 1),
  'an option without a text': (p) => delete questions(p).find((q) => q.type === 'dropdown')!.options[0].text,
  'an option value with a space': (p) => (questions(p).find((q) => q.type === 'multiple_choice')!.options[0].value = 'a b'),
  'an "other" without a text': (p) => (questions(p).find((q) => q.type === 'single_choice')!.other = {}),
  'a rating scale of strings': (p) => (questions(p).find((q) => q.type === 'rating')!.max = '5'),
  'a rating scale of 100 steps': (p) => (questions(p).find((q) => q.type === 'rating')!.max = 100),
  'a rating without its end labels': (p) => delete questions(p).find((q) => q.type === 'rating')!.minLabel,
  'a recommendation without its end labels': (p) => delete questions(p).find((q) => q.type === 'recommendation')!.maxLabel,
  'a matrix without rows': (p) => (questions(p).find((q) => q.type === 'matrix')!.rows = []),
  'a matrix column of a fraction': (p) => (questions(p).find((q) => q.type === 'matrix')!.columns[0].value = 1.5),
  'a number question with a minimum of text': (p) => (questions(p).find((q) => q.type === 'number')!.min = '0'),
  'a text question with a longest of text': (p) => (questions(p).find((q) => q.type === 'short_text')!.maxLength = 'ten'),
  'tags not a list': (p) => (questions(p).find((q) => q.type !== 'info')!.tags = 'indicator'),
  'a skip to a bad id': (p) => (p.definition.pages[0].skip = [{ if: 'true', to: 'Page 2' }]),
  'a skip without a condition': (p) => (p.definition.pages[0].skip = [{ to: 'end' }]),
  'a round status unknown': (p) => (p.round.status = 'archived'),
  'a round without its limit': (p) => delete p.round.webLimit,
  'a round id of the wrong kind': (p) => (p.round.id = 7),
};

test('what would break the drawing: both refuse it', () => {
  for (const [what, spoil] of Object.entries(malformed)) {
    const paper = heinola();
    spoil(paper);
    assert.equal(full(paper).success, false, `${what}: the whole schema refuses it`);
    assert.equal(light(paper), null, `${what}: the light read refuses it`);
  }
  for (const body of [null, undefined, 'paper', 42, [], {}]) {
    assert.equal(full(body).success, false);
    assert.equal(light(body), null, JSON.stringify(body));
  }
});

test('what the widget does not draw, it does not check (the whole schema still does, on the server)', () => {
  const undrawn: Record<string, (paper: Json) => unknown> = {
    'a round mode unknown': (p) => (p.round.modes = ['web', 'mail']),
    'a round title of the wrong kind': (p) => (p.round.title.fi = null),
    'a closing time of the wrong kind': (p) => (p.round.closesAt = 0),
    'a tag in capitals': (p) => (questions(p).find((q) => q.type !== 'info')!.tags = ['Indicator']),
    'a text of 2,001 characters': (p) => (questions(p)[0]!.text.fi = 'x'.repeat(2001)),
  };
  for (const [what, spoil] of Object.entries(undrawn)) {
    const paper = heinola();
    spoil(paper);
    assert.equal(full(paper).success, false, `${what}: the whole schema refuses it`);
    const expected = full(heinola()).output as Json;
    spoil(expected);
    assert.deepEqual(light(paper), expected, `${what}: the light read passes it on as it is`);
  }
});

test('the API client reads with it: a paper passes, a malformed one is a ContractError', async () => {
  let answer: unknown = heinola();
  const http = createApiClient({ baseUrl: 'http://127.0.0.1:9', fetch: async () => new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }) });
  const paper = await http.request('/api/v1/surveys/rounds/heinola-2027', SurveyRoundPaperRead);
  assert.deepEqual(paper, full(heinola()).output);
  answer = { ...heinola(), definition: { ...heinola().definition, pages: [] } };
  await assert.rejects(http.request('/api/v1/surveys/rounds/heinola-2027', SurveyRoundPaperRead), ContractError);
});
