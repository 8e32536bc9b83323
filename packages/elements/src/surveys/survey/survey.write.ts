// The write side of <kohtaamo-survey> (ADR 0109), imported at the person's first touch of the
// survey (a field focused, a pointer pressed, an input), at once when a draft of the round is
// kept in this tab or on the device, and before "next" is processed: core's form store with the
// submission store (the draft kept on the device, one Idempotency-Key per body, retries, "sent"
// only on the server's receipt: ADR 0021), the storages, and the store's subscriptions. The first
// view (page 1, the progress bar, "next") draws without it from a small state of its own; the
// answers given before this part arrives are handed to the store when it does.
import { createSurveyFormStore, type SurveyFormStore, type SurveyFormStoreOptions } from '@kohtaamo/core';
import { safeLocalStorage, safeSessionStorage } from '../../state/local-storage.js';

/** The store of one round, its draft in this tab and (on opt-in) on the device; `changed` runs at every change of the form or the submission. Unless `shared` is false (an interviewer's computer), the storages are the page's. */
export function startStore(options: Omit<SurveyFormStoreOptions, 'storage' | 'sessionStorage'>, shared: boolean, changed: () => void): { store: SurveyFormStore; stop: () => void } {
  const store = createSurveyFormStore({ ...options, storage: shared ? safeLocalStorage() : null, sessionStorage: shared ? safeSessionStorage() : null });
  const off = [store.$form.listen(changed), store.$submission.listen(changed)];
  return {
    store,
    stop: () => {
      for (const f of off) f();
      store.dispose();
    },
  };
}

export { renderQuestion } from './survey.questions.js';
