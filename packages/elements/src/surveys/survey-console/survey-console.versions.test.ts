// Issue 10's console "create and version a survey", the versioning by keyboard alone in fi, sv and
// en (the console's other tests create a survey but never save a next version): on a survey of the
// test's own, "New version" opens the latest definition as JSON numbered on; a definition that
// does not parse is refused by the field before anything is sent; a condition that names no
// question is refused by the server when the definition is saved (the expression language's check)
// and said in the summary; a good definition is saved as version 2, the first version's answers
// kept, and a new round offers the new version. axe in every state.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createSurveyConsoleApi, type SurveyDefinition } from '@kohtaamo/core';
import '../../define/kohtaamo-survey-console.js';
import type { KohtaamoSurveyConsole } from './survey-console.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { signInByKeyboard } from '../../testing/staff-console-test-helpers.js';
import { sendKeys } from '@web/test-runner-commands';

const TEXTS = {
  fi: { title: (id: string) => `Kyselyn ${id} uusi versio`, json: 'Määrittely ei ole kelvollista JSONia.', one: 'Korjaa 1 kohta', done: (id: string) => `Kyselyn ${id} versio 2 tallennettiin.`, round: (id: string) => `Kyselyn ${id} uusi kierros` },
  sv: { title: (id: string) => `Ny version av enkäten ${id}`, json: 'Definitionen är inte giltig JSON.', one: 'Rätta 1 punkt', done: (id: string) => `Version 2 av enkäten ${id} sparades.`, round: (id: string) => `Ny omgång av enkäten ${id}` },
  en: { title: (id: string) => `New version of the survey ${id}`, json: 'The definition is not valid JSON.', one: 'Fix 1 item', done: (id: string) => `Version 2 of the survey ${id} was saved.`, round: (id: string) => `New round of the survey ${id}` },
} as const;

const words = (s: string) => ({ fi: s, sv: s, en: s });

afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

/** Selects all of the focused field (Ctrl+A) and types `value` over it, as a person pastes a new definition. */
async function replaceWith(value: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  await press('Backspace');
  await type(value);
}

const focused = (el: Element, selector: string) => expect(focusedIn(el)?.matches(selector), `focus on ${selector}, not ${focusedIn(el)?.outerHTML.slice(0, 80)}`).to.equal(true);

describe('<kohtaamo-survey-console> a survey’s next version by keyboard', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`${lang}: the latest definition numbered on; bad JSON refused by the field; an unknown name in a condition refused by the server; version 2 saved and offered to a new round; axe`, async function (this: { timeout(ms: number): void }) {
      this.timeout(90_000);
      const T = TEXTS[lang];
      const api = createSurveyConsoleApi(createApiClient({ baseUrl: liveApi(), credentials: () => window.KOHTAAMO_TEST_STAFF_TOKEN }));
      const id = `versions-${lang}-${Math.random().toString(36).slice(2, 8)}`;
      const first = {
        format: 'kohtaamo-survey/1',
        id,
        version: 1,
        title: words(`Versions ${id}`),
        pages: [{ id: 'p1', sections: [{ id: 's1', questions: [{ id: 'overall', type: 'rating', text: words('Overall?'), min: 1, max: 5, minLabel: words('bad'), maxLabel: words('good') }] }] }],
      } as unknown as SurveyDefinition;
      await api.createSurvey(first);
      // A round of version 1 with one answer: the next version must leave it as it is.
      await api.createRound(id, { id: `${id}-v1`, version: 1, title: words('Version 1'), modes: ['web'], year: 2027 });
      await api.setStatus(id, `${id}-v1`, 'open');
      const sent = await fetch(`${liveApi()}/api/v1/surveys/rounds/${id}-v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lang, answers: { overall: 4 } }) });
      expect(sent.status).to.equal(201);

      const el = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console api=${liveApi()} lang=${lang}></kohtaamo-survey-console>`);
      await signInByKeyboard(el, window.KOHTAAMO_TEST_STAFF_TOKEN, { ready: (e) => shadow(e).querySelector(`.new-version[data-survey="${id}"]`), what: 'our survey is listed' });
      await tabTo(el, `.new-version[data-survey="${id}"]`, { max: 400 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector<HTMLTextAreaElement>('#definition')?.value, 'the latest definition', { timeout: 8000 });
      expect(text(el, '#panel-title')).to.equal(T.title(id));
      const prefilled = JSON.parse($<HTMLTextAreaElement>(el, '#definition').value) as SurveyDefinition;
      expect(prefilled.version, 'numbered on').to.equal(2);
      expect(prefilled.pages[0]!.sections[0]!.questions.map((q) => q.id)).to.deep.equal(['overall']);
      await expect(el).to.be.accessible();

      // JSON that does not parse: refused by the field, nothing sent.
      await tabTo(el, '#definition', { max: 40 });
      await replaceWith('{ "format": "kohtaamo-survey/1", ');
      await tabTo(el, '#version-submit');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#definition-error'), 'the JSON error', { timeout: 5000 });
      focused(el, '#form-summary');
      expect(text(el, '#form-summary h4')).to.equal(T.one);
      expect(text(el, '#definition-error')).to.equal(T.json);
      expect($(el, '#definition').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      // A follow-up question whose condition names a question the survey does not have: the server refuses the version.
      const follow = { id: 'why', type: 'long_text', text: words('Why?'), visibleIf: 'overal <= 2' };
      const second = { ...first, version: 2, pages: [{ id: 'p1', sections: [{ id: 's1', questions: [...first.pages[0]!.sections[0]!.questions, follow] }] }] };
      await tabTo(el, '#definition', { max: 40 });
      await replaceWith(JSON.stringify(second));
      await tabTo(el, '#version-submit');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#form-summary li') && !shadow(el).querySelector('#definition-error'), 'the server’s refusal', { timeout: 8000 });
      focused(el, '#form-summary');
      expect(text(el, '#form-summary')).to.contain('overal');
      expect((await api.listSurveys()).find((s) => s.id === id)!.versions.map((v) => v.version), 'nothing saved').to.deep.equal([1]);
      await expect(el).to.be.accessible();

      // The condition fixed: version 2 saved, said and announced.
      await tabTo(el, '#definition', { max: 40 });
      await replaceWith(JSON.stringify({ ...second, pages: [{ id: 'p1', sections: [{ id: 's1', questions: [...first.pages[0]!.sections[0]!.questions, { ...follow, visibleIf: 'overall <= 2' }] }] }] }));
      await tabTo(el, '#version-submit');
      await press('Enter');
      await waitUntil(() => text(el, '.notice.success[role=status]') === T.done(id), 'version 2 saved', { timeout: 8000 });
      expect(shadow(el).querySelector('#form-summary')).to.equal(null);
      await expect(el).to.be.accessible();
      const saved = await api.version(id, 2);
      expect(saved.pages[0]!.sections[0]!.questions.map((q) => [q.id, q.visibleIf ?? null])).to.deep.equal([['overall', null], ['why', 'overall <= 2']]);
      // Version 1 and its round's answer are as they were.
      expect((await api.version(id, 1)).pages[0]!.sections[0]!.questions.map((q) => q.id)).to.deep.equal(['overall']);
      expect((await api.round(id, `${id}-v1`)).responses.web).to.equal(1);

      // A new round of the survey offers the new version first.
      await tabTo(el, `.new-round[data-survey="${id}"]`, { backwards: true, max: 400 });
      await press('Enter');
      await waitUntil(() => text(el, '#panel-title') === T.round(id), 'the new round form', { timeout: 8000 });
      expect($<HTMLSelectElement>(el, '#round-version').value).to.equal('2');
      await expect(el).to.be.accessible();
    });
  }
});
