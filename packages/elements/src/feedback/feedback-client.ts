import { createApiClient, type FeedbackApi, type HttpClient } from '@kohtaamo/core';

/**
 * The Open311 adapter behind the FeedbackApi interface, imported the first time it is used:
 * in the widget bundles it is a lazy chunk that only `protocol="open311"` downloads.
 */
function lazyOpen311Api(options: { baseUrl: string; apiKey?: string }): FeedbackApi {
  let api: Promise<FeedbackApi> | undefined;
  const load = () =>
    (api ??= import('@kohtaamo/core/open311').then(
      ({ createOpen311FeedbackApi }) => createOpen311FeedbackApi(options),
      (error: unknown) => {
        api = undefined;
        throw error;
      },
    ));
  return {
    listCategories: async (signal) => (await load()).listCategories(signal),
    submit: async (submission, key) => (await load()).submit(submission, key),
    getStatus: async (code, signal) => (await load()).getStatus(code, signal),
  };
}

/**
 * The feedback API an element talks to, following its `api` attribute as it changes: the
 * client is rebuilt only when the base URL does. A stable `proxy` lets a store created once keep
 * working when the page points the element at another server (its retries go there). `create`
 * makes the Kohtaamo API over an HTTP client: core's `createFeedbackApi`, or a widget's own
 * that imports what it uses later lazily (the form: sending and the receipt's schema).
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
    private readonly create: (http: HttpClient) => FeedbackApi,
  ) {}

  get api(): FeedbackApi {
    const { baseUrl, override, protocol = 'kohtaamo', apiKey = '' } = this.current();
    if (override) return override;
    const target = `${protocol}\n${baseUrl}\n${apiKey}`;
    if (this.#api === null || this.#target !== target) {
      this.#target = target;
      this.#api =
        protocol === 'open311'
          ? lazyOpen311Api({ baseUrl, ...(apiKey ? { apiKey } : {}) })
          : this.create(createApiClient({ baseUrl }));
    }
    return this.#api;
  }

  readonly proxy: FeedbackApi = {
    listCategories: (signal) => this.api.listCategories(signal),
    submit: (submission, key) => this.api.submit(submission, key),
    getStatus: (code, signal) => this.api.getStatus(code, signal),
  };
}
