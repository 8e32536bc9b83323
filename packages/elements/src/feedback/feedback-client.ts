import { createFeedbackApi, createHttpClient, createOpen311FeedbackApi, type FeedbackApi } from '@kohtaamo/core';

/**
 * The feedback API an element talks to, following its `api` attribute as it changes: the
 * client is rebuilt only when the base URL does. A stable `proxy` lets a store created once keep
 * working when the page points the element at another server (its retries go there).
 */
export class FeedbackClient {
  #target: string | null = null;
  #api: FeedbackApi | null = null;

  constructor(
    private readonly current: () => {
      baseUrl: string;
      override: FeedbackApi | null;
      /** `open311`: the base URL is an Open311 GeoReport v2 endpoint (core's adapter). */
      protocol?: string;
      apiKey?: string;
    },
  ) {}

  get api(): FeedbackApi {
    const { baseUrl, override, protocol = 'kohtaamo', apiKey = '' } = this.current();
    if (override) return override;
    const target = `${protocol}\n${baseUrl}\n${apiKey}`;
    if (this.#api === null || this.#target !== target) {
      this.#target = target;
      this.#api =
        protocol === 'open311'
          ? createOpen311FeedbackApi({ baseUrl, ...(apiKey ? { apiKey } : {}) })
          : createFeedbackApi(createHttpClient({ baseUrl }));
    }
    return this.#api;
  }

  readonly proxy: FeedbackApi = {
    listCategories: (signal) => this.api.listCategories(signal),
    submit: (submission, key) => this.api.submit(submission, key),
    getStatus: (code, signal) => this.api.getStatus(code, signal),
  };
}
