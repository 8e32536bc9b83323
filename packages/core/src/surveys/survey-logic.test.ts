import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkSurveyDefinition } from './survey-definition.check.js';
import { compileSurveyLogic, compileSurveyLogicWith, expressionLanguage, hasConditions, plainSurveyLogic, SurveyLogicError } from './survey-logic.js';
import type { SurveyDefinition, SurveyDefinitionInput } from './survey.schema.js';

const t = (text: string) => ({ fi: text, sv: text, en: text });
const rating = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'rating' as const,
  text: t(id),
  min: 0,
  max: 3,
  minLabel: t('low'),
  maxLabel: t('high'),
  ...extra,
});

function definition(pages: { id: string; visibleIf?: string; skip?: { if: string; to: string }[]; questions: Record<string, unknown>[] }[]): SurveyDefinition {
  const input: SurveyDefinitionInput = {
    format: 'kohtaamo-survey/1',
    id: 'test',
    version: 1,
    title: t('Test'),
    pages: pages.map((p) => ({
      id: p.id,
      ...(p.visibleIf ? { visibleIf: p.visibleIf } : {}),
      ...(p.skip ? { skip: p.skip } : {}),
      sections: [{ id: `${p.id}_s`, questions: p.questions as never }],
    })),
  };
  const check = checkSurveyDefinition(input);
  assert.ok(check.ok, JSON.stringify(!check.ok && check.errors));
  return check.definition;
}

describe('survey logic', () => {
  const survey = definition([
    {
      id: 'p1',
      questions: [rating('a'), rating('b', { visibleIf: 'a >= 2' }), rating('c', { visibleIf: 'b == 3', requiredIf: 'a == 3' }), rating('d')],
      skip: [{ if: 'd == 0', to: 'p3' }],
    },
    { id: 'p2', questions: [rating('e', { required: true })] },
    { id: 'p3', visibleIf: 'answered(a)', questions: [rating('f')] },
  ]);
  const logic = compileSurveyLogic(survey);

  test('show conditions cascade: hiding a question hides what depends on its answer', () => {
    const state = logic.start({ a: 3, b: 3, c: 1 });
    assert.equal(state.isVisible('b'), true);
    assert.equal(state.isVisible('c'), true);
    assert.equal(state.isRequired('c'), true);
    const update = state.setAnswer('a', 1);
    assert.equal(state.isVisible('b'), false);
    assert.equal(state.isVisible('c'), false, 'b is hidden, so it counts as unanswered');
    assert.equal(state.isRequired('c'), false);
    assert.ok(update.changed.includes('visible:b') && update.changed.includes('visible:c'), update.changed.join());
    assert.deepEqual(state.effectiveAnswers(), { a: 1 });
    assert.deepEqual(state.answers, { a: 1, b: 3, c: 1 }, 'answers of hidden questions are kept, in case they come back');
    state.setAnswer('a', 2);
    assert.equal(state.isVisible('c'), true);
  });

  test('only the conditions that read the changed answer are evaluated', () => {
    const state = logic.start({});
    const all = state.evaluateAll();
    assert.equal(all.conditionsEvaluated, logic.conditions.length);
    assert.equal(logic.conditions.length, 5);
    // d is read by one condition (the skip rule); a by three (b's show, c's require, p3's show).
    assert.equal(state.setAnswer('d', 2).conditionsEvaluated, 1);
    assert.equal(state.setAnswer('a', 0).conditionsEvaluated, 3);
    // e and f are read by no condition.
    assert.equal(state.setAnswer('e', 1).conditionsEvaluated, 0);
    // an unchanged value evaluates nothing beyond its own node.
    assert.equal(state.setAnswer('a', 0).conditionsEvaluated, 0);
  });

  test('skip rules take the respondent past pages; skipped pages count as unanswered', () => {
    const state = logic.start({ a: 1, e: 2 });
    assert.deepEqual(state.path(), ['p1', 'p2', 'p3']);
    assert.equal(state.isRequired('e'), true);
    state.setAnswer('d', 0);
    assert.deepEqual(state.path(), ['p1', 'p3']);
    assert.equal(state.isVisible('e'), false);
    assert.equal(state.isRequired('e'), false);
    assert.deepEqual(state.effectiveAnswers(), { a: 1, d: 0 });
    state.setAnswer('a', null);
    assert.deepEqual(state.path(), ['p1'], 'p3 shows only when a is answered');
  });

  test('a cycle of conditions is an error at compile time', () => {
    const cyclic: SurveyDefinition = {
      ...survey,
      pages: [{ ...survey.pages[0]!, skip: [], sections: [{ id: 's', questions: [rating('x', { visibleIf: 'y == 1' }), rating('y', { visibleIf: 'x == 1' })] as never }] }],
    };
    assert.throws(
      () => compileSurveyLogic(cyclic),
      (error: unknown) => {
        assert.ok(error instanceof SurveyLogicError);
        assert.equal(error.errors[0]!.code, 'surveys.logic.cycle');
        assert.match(String(error.errors[0]!.params!.cycle), /x.*y.*x|y.*x.*y/);
        return true;
      },
    );
  });
});

describe('incremental evaluation equals full evaluation (property)', () => {
  /** A random survey: n rating questions over pages; conditions read only earlier questions. */
  const surveys = fc
    .record({
      n: fc.integer({ min: 2, max: 14 }),
      perPage: fc.integer({ min: 1, max: 4 }),
      seed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 })), { minLength: 14, maxLength: 14 }),
    })
    .map(({ n, perPage, seed }) => {
      const ids = Array.from({ length: n }, (_, i) => `q${i}`);
      const pageOf = (i: number) => Math.floor(i / perPage);
      const pageCount = pageOf(n - 1) + 1;
      const conditionFor = (i: number, pick: number, value: number, kind: number): string | undefined => {
        if (i === 0 || kind === 0) return undefined;
        const j = pick % i;
        return [undefined, `q${j} >= ${value}`, `answered(q${j})`, `q${j} == ${value} or q${(pick >> 3) % i} < ${value}`, `not (q${j} in [${value}, 3])`, `q${j} + 1 > ${value}`][kind];
      };
      const pages = Array.from({ length: pageCount }, (_, p) => {
        const questions = ids
          .map((id, i) => ({ id, i }))
          .filter(({ i }) => pageOf(i) === p)
          .map(({ id, i }) => {
            const [pick, other, value, kind] = seed[i]!;
            const show = conditionFor(i, pick, value, kind);
            const require = conditionFor(i, other, (value + 1) % 4, (kind + other) % 6);
            return rating(id, { ...(show ? { visibleIf: show } : {}), ...(require ? { requiredIf: require } : {}) });
          });
        const [pick, , value, kind] = seed[p]!;
        const last = (p + 1) * perPage - 1;
        const skip = p + 2 < pageCount && kind % 2 === 1 ? [{ if: `q${pick % Math.min(n, last + 1)} == ${value}`, to: `p${p + 2}` }] : undefined;
        return { id: `p${p}`, questions, ...(skip ? { skip } : {}) };
      });
      return { ids, pages };
    });

  const flags = (state: ReturnType<ReturnType<typeof compileSurveyLogic>['start']>, ids: string[], pages: string[]) => ({
    visible: ids.map((id) => state.isVisible(id)),
    required: ids.map((id) => state.isRequired(id)),
    path: state.path(),
    pages: pages.map((id) => state.isPageActive(id)),
    effective: state.effectiveAnswers(),
  });

  test('after any sequence of answers, the incremental state is what a fresh evaluation gives', () => {
    fc.assert(
      fc.property(
        surveys,
        fc.array(fc.tuple(fc.nat(), fc.option(fc.integer({ min: 0, max: 3 }))), { minLength: 1, maxLength: 25 }),
        ({ ids, pages }, steps) => {
          const def = definition(pages);
          const logic = compileSurveyLogic(def);
          const state = logic.start({});
          const pageIds = pages.map((p) => p.id);
          for (const [pick, value] of steps) {
            const id = ids[pick % ids.length]!;
            const update = state.setAnswer(id, value);
            const fresh = logic.start({ ...state.answers });
            assert.deepEqual(flags(state, ids, pageIds), flags(fresh, ids, pageIds));
            // Never more condition evaluations than the survey has conditions.
            assert.ok(update.conditionsEvaluated <= logic.conditions.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('survey logic without the expression language (ADR 0087)', () => {
  const plain = definition([
    { id: 'p1', questions: [rating('a', { required: true })] },
    { id: 'p2', questions: [rating('b')] },
  ]);
  const conditional = (where: 'page' | 'question' | 'require' | 'skip') =>
    definition([
      {
        id: 'p1',
        ...(where === 'skip' ? { skip: [{ if: 'a == 0', to: 'p3' }] } : {}),
        questions: [rating('a'), rating('b', where === 'question' ? { visibleIf: 'a >= 1' } : where === 'require' ? { requiredIf: 'a >= 1' } : {})],
      },
      { id: 'p2', ...(where === 'page' ? { visibleIf: 'a >= 2' } : {}), questions: [rating('c')] },
      { id: 'p3', questions: [rating('d')] },
    ]);

  test('a definition without conditions compiles without the language, to the same graph and path', () => {
    assert.equal(hasConditions(plain), false);
    const bare = compileSurveyLogicWith(plain, null);
    const full = compileSurveyLogic(plain);
    assert.deepEqual(bare.nodeIds, full.nodeIds);
    const state = bare.start({ a: 1 });
    assert.deepEqual(state.path(), ['p1', 'p2']);
    assert.equal(state.isRequired('a'), true);
    assert.deepEqual(state.effectiveAnswers(), { a: 1 });
  });

  for (const where of ['page', 'question', 'require', 'skip'] as const) {
    test(`a condition of a ${where} needs the language: hasConditions says so, compiling without it throws, with it evaluates`, () => {
      const survey = conditional(where);
      assert.equal(hasConditions(survey), true);
      assert.throws(() => compileSurveyLogicWith(survey, null), /no expression language/);
      const state = compileSurveyLogicWith(survey, expressionLanguage).start({ a: 0 });
      const moved = state.setAnswer('a', 3);
      assert.ok(moved.conditionsEvaluated > 0);
    });
  }
});

describe('the plain logic of a definition without conditions (ADR 0104)', () => {
  const choice = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'single_choice' as const,
    text: t(id),
    options: [{ value: 'x', text: t('x') }, { value: 'y', text: t('y') }],
    other: { text: t('other') },
    ...extra,
  });
  /** Random pages of ratings, choices with "other" and info blocks, some required; no condition. */
  const plainSurveys = fc
    .array(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    .map((pages) => {
      let n = 0;
      return pages.map((questions, p) => ({
        id: `p${p}`,
        questions: questions.map(([kind, required]) => {
          const id = `q${n++}`;
          return kind === 0 ? rating(id, { required }) : kind === 1 ? choice(id, { required }) : { id, type: 'info', text: t(id) };
        }),
      }));
    });
  const values = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y', 'other', 'free text'));

  test('it gives what the graph gives: the path, what is shown and required, the answers that count, after any answers', () => {
    fc.assert(
      fc.property(plainSurveys, fc.array(fc.tuple(fc.nat(), fc.boolean(), values), { maxLength: 20 }), (pages, steps) => {
        const def = definition(pages);
        assert.equal(hasConditions(def), false);
        const ids = pages.flatMap((p) => p.questions.map((q) => q.id));
        const sections = pages.map((p) => `${p.id}_s`);
        const graph = compileSurveyLogic(def).start({});
        const plain = plainSurveyLogic(def).start({});
        const seen = (state: typeof graph) => ({
          path: state.path(),
          visible: [...ids, 'nope'].map((id) => state.isVisible(id)),
          required: [...ids, 'nope'].map((id) => state.isRequired(id)),
          sections: [...sections, 'nope'].map((id) => state.isSectionVisible(id)),
          pages: [...pages.map((p) => p.id), 'nope'].map((id) => state.isPageActive(id)),
          effective: state.effectiveAnswers(),
          answers: { ...state.answers },
        });
        assert.deepEqual(seen(plain), seen(graph));
        for (const [pick, other, value] of steps) {
          const key = `${ids[pick % ids.length]!}${other ? '.other' : ''}`;
          graph.setAnswer(key, value);
          plain.setAnswer(key, value);
          assert.deepEqual(seen(plain), seen(graph));
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a definition with a condition is refused: it needs the graph and the language', () => {
    const survey = definition([{ id: 'p1', questions: [rating('a'), rating('b', { visibleIf: 'a >= 1' })] }]);
    assert.throws(() => plainSurveyLogic(survey), /has conditions/);
  });
});
