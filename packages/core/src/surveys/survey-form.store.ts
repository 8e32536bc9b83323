// Answering a survey, headless: the round's definition, the respondent's answers in core's
// submission store (the device draft only on opt-in and expiring, one Idempotency-Key per body,
// retries, "sent" only on the server's receipt: ADR 0021), the conditions kept current by the
// compiled logic (only what depends on a changed answer is evaluated again), and the way through
// the pages: one page at a time, its errors checked before the next one, a review at the end.
// The answer checks (survey-answers.logic.ts) come through `checks`, so a widget can load them
// when a page is first checked instead of with its first page (ADR 0064). The resident API
// (survey.api.ts) is apart: the widget reads its round with one request and sends with the API
// from a lazy part (ADR 0069). The compiled logic of a definition with conditions is given (its
// graph and expression language loaded by the widget only for such a definition: ADRs 0087,
// 0104); without conditions the store uses the plain logic.
import { atom, type ReadableAtom } from 'nanostores';
import type { FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import type { DraftStorage } from '../forms/draft-storage.js';
import { createSubmissionStore, type SubmissionState, type SubmissionStore } from '../forms/submission.store.js';
import { answerPointer } from './survey-answers.basics.js';
import type { validateAnswer, validateResponse } from './survey-answers.logic.js';
import type { SurveyLogic, SurveyLogicState } from './survey-logic.graph.js';
import { answerKeys, plainSurveyLogic } from './survey-logic.plain.js';
import type { SurveyResponseReceipt, SurveyResponseSubmission, SurveyRoundPaper } from './survey-round.schema.js';
import type { AnswerValue, SurveyAnswers, SurveyDefinition, SurveyPage } from './survey.schema.js';

export { createSurveysApi, type SurveysApi } from './survey.api.js';

/** The draft of the submission store: the answers by key, the page, the respondent's order seed, the token. */
export type SurveyFormDraft = SurveyAnswers & { $page?: string | null; $seed?: string | null };
const META = ['$page', '$seed'] as const;

export type SurveyView = { readonly kind: 'page'; readonly page: SurveyPage; readonly index: number; readonly count: number } | { readonly kind: 'review'; readonly count: number };

export interface SurveyFormState {
  readonly view: SurveyView;
  /** The pages on the respondent's path, in order (conditions and skips applied). */
  readonly path: readonly string[];
  /** Errors of the page being left (or the server's), by pointer. */
  readonly errors: Readonly<Record<string, FieldError>>;
}

/** The answer checks the store runs: core's `validateAnswer` and `validateResponse`. */
export interface SurveyAnswerChecks {
  readonly validateAnswer: typeof validateAnswer;
  readonly validateResponse: typeof validateResponse;
}

export interface SurveyFormStoreOptions {
  readonly paper: SurveyRoundPaper;
  /**
   * The answer checks, asked for (once; again after a failure) when a page is first checked or
   * the response first sent: `() => import('./checks.js')` loads them then; a rejection rejects
   * that `next()` or `submit()`, with nothing changed.
   */
  readonly checks: () => Promise<SurveyAnswerChecks>;
  /**
   * The definition's compiled logic (`compileSurveyLogic`), needed when it has conditions
   * (`hasConditions`); without conditions the store uses `plainSurveyLogic` (ADRs 0087, 0104).
   */
  readonly logic?: SurveyLogic | null;
  readonly lang: () => Locale;
  readonly send: (body: SurveyResponseSubmission, key: string) => Promise<SurveyResponseReceipt>;
  readonly token?: string;
  /** localStorage (the device draft, kept only when the person opts in) and sessionStorage (this tab). */
  readonly storage?: DraftStorage | null;
  readonly sessionStorage?: DraftStorage | null;
  readonly random?: () => number;
  readonly onSent?: (receipt: SurveyResponseReceipt) => void;
  /** Interviewer mode: the vendor's respondent id, checked with the answers before sending. */
  readonly respondentId?: () => string;
  /** The resume code of the server draft these answers continue: sent with them, so the server deletes the draft. */
  readonly resumeCode?: () => string | null;
}

export interface SurveyFormStore {
  readonly definition: SurveyDefinition;
  readonly $form: ReadableAtom<SurveyFormState>;
  readonly $submission: ReadableAtom<SubmissionState<SurveyFormDraft, SurveyResponseReceipt>>;
  readonly logic: SurveyLogicState;
  answers(): SurveyAnswers;
  /** The respondent's seed for option order (kept with the draft). */
  seed(): string;
  setAnswer(key: string, value: AnswerValue | null | undefined): void;
  /** Checks the page; moves on when it has no errors (to the next page on the path, or the review). Resolves to whether it moved; rejects when the checks cannot be loaded. */
  next(): Promise<boolean>;
  previous(): void;
  /** Goes to a page (from the review: "Change"). */
  goTo(pageId: string): void;
  submit(): Promise<void>;
  retryNow(): Promise<void>;
  setKeepOnDevice(on: boolean): void;
  dispose(): void;
}

/** Creates the answering state of one round. */
export function createSurveyFormStore(options: SurveyFormStoreOptions): SurveyFormStore {
  const { definition, round } = options.paper;
  const compiled = options.logic ?? plainSurveyLogic(definition);
  const keys = definition.pages.flatMap((p) => p.sections.flatMap((s) => s.questions.flatMap((q) => answerKeys(q))));
  const answersOf = (draft: SurveyFormDraft): SurveyAnswers => {
    const out: SurveyAnswers = {};
    for (const [k, value] of Object.entries(draft)) if (!(META as readonly string[]).includes(k) && value !== undefined && value !== null) out[k] = value as AnswerValue;
    return out;
  };
  let checks: SurveyAnswerChecks | null = null;
  let loading: Promise<SurveyAnswerChecks> | null = null;
  const loadChecks = (): Promise<SurveyAnswerChecks> =>
    checks
      ? Promise.resolve(checks)
      : (loading ??= options.checks().then(
          (loaded) => (checks = loaded),
          (error: unknown) => {
            loading = null;
            throw error;
          },
        ));
  const submission: SubmissionStore<SurveyFormDraft, SurveyResponseReceipt> = createSubmissionStore<SurveyFormDraft, SurveyResponseSubmission, SurveyResponseReceipt>({
    initial: () => ({ $page: null, $seed: null }),
    validate(draft) {
      const check = checks!.validateResponse(definition, answersOf(draft), compiled);
      const respondent = options.respondentId?.().trim();
      const idErrors: FieldError[] =
        options.respondentId === undefined || /^[A-Za-z0-9_.:-]{1,64}$/.test(respondent ?? '') ? [] : [{ pointer: '#/respondentId', code: respondent ? 'common.invalid' : 'common.required' }];
      if (!check.ok || idErrors.length > 0) return { ok: false, errors: [...idErrors, ...(check.ok ? [] : check.errors)] };
      const resumeCode = options.resumeCode?.();
      return { ok: true, body: { lang: options.lang(), answers: check.answers, ...(options.token ? { token: options.token } : {}), ...(resumeCode ? { resumeCode } : {}) } };
    },
    send: options.send,
    storage: options.storage ?? null,
    sessionStorage: options.sessionStorage ?? null,
    storageKey: `kohtaamo-survey:${round.id}:v${round.version}`,
    // Answers are kept on the device only when the person opts in ("keep my unfinished answers").
    personal: keys as (keyof SurveyFormDraft)[],
    clears: (field, pointer) => pointer === answerPointer(String(field)) || pointer.startsWith(`${answerPointer(String(field))}/`),
    ...(options.onSent ? { onSent: options.onSent } : {}),
    // Every attempt (a retry too) is validated, so the checks are here before the first one.
    beforeSubmit: () => (checks ? undefined : loadChecks().then(() => undefined)),
  });
  const draft = () => submission.$state.get().draft;
  let seed = draft().$seed ?? null;
  if (!seed) {
    seed = Math.floor((options.random ?? Math.random)() * 2 ** 32).toString(36);
    submission.setField('$seed', seed);
  }
  const logic = compiled.start(answersOf(draft()));

  const pageView = (id: string | null | undefined): SurveyView => {
    const path = logic.path();
    const index = Math.max(0, id ? path.indexOf(id) : 0);
    const page = definition.pages.find((p) => p.id === path[index])!;
    return { kind: 'page', page, index, count: path.length };
  };
  const $form = atom<SurveyFormState>({ view: pageView(draft().$page), path: logic.path(), errors: {} });
  const setView = (view: SurveyView, errors: Record<string, FieldError> = {}) => {
    $form.set({ view, path: logic.path(), errors });
    submission.setField('$page', view.kind === 'page' ? view.page.id : '$review');
  };
  if (draft().$page === '$review') $form.set({ ...$form.get(), view: { kind: 'review', count: logic.path().length } });

  /** Errors of the shown questions of a page. */
  function pageErrors(page: SurveyPage, { validateAnswer }: SurveyAnswerChecks): Record<string, FieldError> {
    const errors: Record<string, FieldError> = {};
    const answers = logic.answers;
    for (const section of page.sections) {
      for (const question of section.questions) {
        if (question.type === 'info' || !logic.isVisible(question.id)) continue;
        for (const e of validateAnswer(question, answers, logic.isRequired(question.id)).errors) errors[e.pointer] ??= e;
      }
    }
    return errors;
  }

  return {
    definition,
    $form,
    $submission: submission.$state,
    logic,
    answers: () => logic.effectiveAnswers(),
    seed: () => seed!,
    setAnswer(key, value) {
      logic.setAnswer(key, value);
      submission.setField(key, (value ?? undefined) as never);
      const form = $form.get();
      const errors = Object.fromEntries(Object.entries(form.errors).filter(([p]) => p !== answerPointer(key) && !p.startsWith(`${answerPointer(key)}/`)));
      $form.set({ ...form, path: logic.path(), errors });
    },
    async next() {
      const asked = $form.get().view;
      const loaded = await loadChecks();
      const { view } = $form.get();
      // Pressed twice while the checks loaded: the first press decides; the page it left is not checked again.
      if (view !== asked || view.kind !== 'page') return false;
      const errors = pageErrors(view.page, loaded);
      if (Object.keys(errors).length > 0) {
        $form.set({ ...$form.get(), errors });
        return false;
      }
      const path = logic.path();
      const at = path.indexOf(view.page.id);
      if (at + 1 < path.length) setView(pageView(path[at + 1]));
      else setView({ kind: 'review', count: path.length });
      return true;
    },
    previous() {
      const { view } = $form.get();
      const path = logic.path();
      if (view.kind === 'review') setView(pageView(path[path.length - 1]));
      else if (view.index > 0) setView(pageView(path[view.index - 1]));
    },
    goTo(pageId) {
      setView(pageView(pageId));
    },
    async submit() {
      await submission.submit();
      const state = submission.$state.get();
      const errors = state.errors;
      if (Object.keys(errors).length > 0) {
        // Back to the first page with an error, its errors shown there.
        const first = Object.keys(errors).find((p) => p.startsWith('#/answers/'));
        if (first === undefined) return;
        const id = first.split('/')[2]?.split('.')[0];
        const page = definition.pages.find((p) => p.sections.some((s) => s.questions.some((q) => q.id === id)));
        if (page) setView(pageView(page.id), { ...errors });
      }
    },
    retryNow: () => submission.retryNow(),
    setKeepOnDevice: (on) => submission.setRememberPersonal(on),
    dispose: () => submission.dispose(),
  };
}
