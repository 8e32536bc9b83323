import { createFeedbackApi, createHttpClient, type FeedbackApi } from '@kohtaamo/core';

/**
 * The feedback API an element talks to, following its `api` attribute as it changes: the
 * client is rebuilt only when the base URL does. A stable `proxy` lets a store created once keep
 * working when the page points the element at another server (its retries go there).
 */
export class FeedbackClient {
  #baseUrl: string | null = null;
  #api: FeedbackApi | null = null;

  constructor(private readonly current: () => { baseUrl: string; override: FeedbackApi | null }) {}

  get api(): FeedbackApi {
    const { baseUrl, override } = this.current();
    if (override) return override;
    if (this.#api === null || this.#baseUrl !== baseUrl) {
      this.#baseUrl = baseUrl;
      this.#api = createFeedbackApi(createHttpClient({ baseUrl }));
    }
    return this.#api;
  }

  readonly proxy: FeedbackApi = {
    listCategories: (signal) => this.api.listCategories(signal),
    submit: (submission, key) => this.api.submit(submission, key),
    getStatus: (code, signal) => this.api.getStatus(code, signal),
  };
}
