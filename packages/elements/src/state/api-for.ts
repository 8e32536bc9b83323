import { createApiClient, type HttpClient } from '@kohtaamo/core';

/**
 * An API over the HTTP client of a base URL (an element's `api` attribute), built again only when
 * the URL changes. `create` names just the calls a widget makes, so its bundle carries only their
 * schemas (issue 7): `apiFor((http) => ({ getStatus: (code) => getFeedbackStatus(http, code) }))`.
 */
export function apiFor<A>(create: (http: HttpClient) => A): (baseUrl: string) => A {
  let last: { readonly baseUrl: string; readonly api: A } | null = null;
  return (baseUrl) => {
    if (last?.baseUrl !== baseUrl) last = { baseUrl, api: create(createApiClient({ baseUrl })) };
    return last.api;
  };
}
