import { PROBLEM_TYPES, type Problem, type ProblemFieldError } from '../../http/problem.schema.js';
import { ProblemError } from '../../http/errors.js';
import type { FeedbackApi } from '../feedback.api.js';
import type { FeedbackCategory, FeedbackStatus } from '../feedback.schema.js';
import type { FeedbackSubmission } from '../feedback-submission.schema.js';
import { LOCALES, type Locale } from '../../i18n/locale.js';
import { createOpen311Client, Open311Error, type Open311Client, type Open311ClientOptions } from './open311.client.js';
import {
  categoryIdForServiceCode,
  feedbackStatusFromOpen311,
  parseW3cDateTime,
  serviceCodeFromCategoryId,
  splitName,
} from './open311.logic.js';
import type { Open311NewRequest, Open311Service, Open311ServiceDefinition } from './open311.schema.js';
import type { CategoryAttribute } from '../feedback-attributes.schema.js';

/**
 * Where each POST requests parameter lands in a Kohtaamo submission: an Open311 error whose
 * description starts with "parameter:" is shown by that field of the form.
 */
export const OPEN311_PARAMETER_POINTERS: Readonly<Record<string, string>> = {
  service_code: '#/category',
  description: '#/message',
  address_string: '#/location/address',
  address_id: '#/location/address',
  lat: '#/location/address',
  long: '#/location/address',
  email: '#/contact/email',
  phone: '#/contact/phone',
  first_name: '#/contact/name',
  last_name: '#/contact/name',
};

/** An Open311 error list as the Problem Details the widgets already understand. */
export function problemFromOpen311Error(error: Open311Error): ProblemError {
  const fieldErrors: ProblemFieldError[] = [];
  for (const entry of error.errors) {
    const match = /^([a-z_]+)(?:\[([^\]]+)\])?:\s*(.*)$/s.exec(entry.description);
    if (!match) continue;
    const [, parameter, attribute, text] = match;
    const pointer = parameter === 'attribute' && attribute ? `#/attributes/${attribute}` : OPEN311_PARAMETER_POINTERS[parameter!];
    if (pointer) fieldErrors.push({ pointer, code: 'common.invalid', detail: text! });
  }
  const detail = error.errors.map((e) => e.description).join(' ') || undefined;
  const problem: Problem =
    error.status === 404
      ? { type: PROBLEM_TYPES.notFound, status: 404, ...(detail ? { detail } : {}), code: 'feedback.status.notFound' }
      : error.status === 400 && fieldErrors.length > 0
        ? { type: PROBLEM_TYPES.validation, status: 422, ...(detail ? { detail } : {}), errors: fieldErrors }
        : { type: 'about:blank', status: error.status, ...(detail ? { detail } : {}) };
  return new ProblemError(problem, problem.status ?? error.status);
}

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Open311Error) throw problemFromOpen311Error(error);
    throw error;
  }
}

/** A Kohtaamo submission as the fields of POST requests. */
export function open311RequestFromSubmission(submission: FeedbackSubmission): Open311NewRequest {
  const extra = submission as FeedbackSubmission & {
    location?: { address?: string; lat?: number; lon?: number };
    attributes?: Record<string, string | readonly string[]>;
  };
  const location = extra.location;
  const contact = submission.contact;
  return {
    serviceCode: serviceCodeFromCategoryId(submission.category),
    description: submission.message,
    ...(location?.address ? { addressString: location.address } : {}),
    ...(typeof location?.lat === 'number' && typeof location?.lon === 'number' ? { lat: location.lat, long: location.lon } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
    ...(contact?.phone ? { phone: contact.phone } : {}),
    ...(contact?.name ? splitName(contact.name) : {}),
    ...(extra.attributes && Object.keys(extra.attributes).length > 0 ? { attributes: extra.attributes } : {}),
  };
}

export interface Open311FeedbackApiOptions {
  /** The languages whose service names are fetched (the CitySDK `locale`): fi, sv and en. */
  readonly locales?: readonly Locale[];
  readonly clock?: () => Date;
}

/**
 * The widgets' FeedbackApi on top of an Open311 GeoReport v2 server, so that
 * `<kohtaamo-feedback-form>` can send to another city's Open311 service:
 * - categories are the services (names asked for in fi, sv and en with the CitySDK `locale`;
 *   a server that ignores it gives the same name in all three);
 * - a submission is a POST requests, the receipt's tracking code the service_request_id (or
 *   the token of a batch server);
 * - a status is GET requests/{id} with extensions, the detailed status mapped back, the
 *   status_notes as the city's reply.
 * Errors come back as the Problem Details the widgets show: a 400 whose descriptions name the
 * parameter ("description: …") is put by the field.
 */
export function createOpen311FeedbackApi(
  client: Open311Client | Open311ClientOptions,
  options: Open311FeedbackApiOptions = {},
): FeedbackApi {
  const open311 = 'listServices' in client ? client : createOpen311Client(client);
  const locales = options.locales ?? LOCALES;
  const clock = options.clock ?? (() => new Date());

  /** A service definition's questions, with descriptions and value names in each language. */
  async function attributesOf(serviceCode: string, signal?: AbortSignal): Promise<CategoryAttribute[]> {
    const definitions = await Promise.all(
      locales.map((locale) => open311.getServiceDefinition(serviceCode, { locale, ...(signal ? { signal } : {}) })),
    );
    const inLocale = (locale: Locale) => definitions[Math.max(0, locales.indexOf(locale))]!;
    const localized = (pick: (definition: Open311ServiceDefinition) => string | null | undefined) => ({
      fi: pick(inLocale('fi')) ?? '',
      sv: pick(inLocale('sv')) ?? '',
      en: pick(inLocale('en')) ?? '',
    });
    return (definitions[0]?.attributes ?? [])
      .map((attribute): CategoryAttribute => {
        const same = (d: Open311ServiceDefinition) => d.attributes.find((a) => a.code === attribute.code);
        return {
          code: attribute.code,
          datatype: attribute.datatype,
          variable: attribute.variable,
          required: attribute.required,
          order: attribute.order,
          description: localized((d) => same(d)?.description),
          values: (attribute.values ?? []).map((value) => ({
            key: value.key,
            name: localized((d) => same(d)?.values?.find((x) => x.key === value.key)?.name),
          })),
        };
      })
      .sort((a, b) => a.order - b.order);
  }

  return {
    listCategories(signal) {
      return translated(async () => {
        const lists = await Promise.all(
          locales.map((locale) => open311.listServices({ locale, ...(signal ? { signal } : {}) })),
        );
        const byLocale = new Map<Locale, Map<string, Open311Service>>(
          locales.map((locale, i) => [locale, new Map(lists[i]!.map((s) => [s.service_code, s]))]),
        );
        const primary = lists[0] ?? [];
        return Promise.all(
          primary.map(async (service): Promise<FeedbackCategory> => {
            const pick = (locale: Locale) => byLocale.get(locale)?.get(service.service_code) ?? service;
            return {
              id: categoryIdForServiceCode(service.service_code),
              name: { fi: pick('fi').service_name, sv: pick('sv').service_name, en: pick('en').service_name },
              description: {
                fi: pick('fi').description ?? '',
                sv: pick('sv').description ?? '',
                en: pick('en').description ?? '',
              },
              attributes: service.metadata ? await attributesOf(service.service_code, signal) : [],
              notices: [],
            };
          }),
        );
      });
    },

    submit(submission, idempotencyKey) {
      return translated(async () => {
        const result = await open311.postRequest(open311RequestFromSubmission(submission), {
          idempotencyKey,
          locale: submission.lang,
        });
        const code = result.service_request_id ?? result.token;
        if (!code) throw new ProblemError({ type: 'about:blank', status: 502, detail: 'The Open311 server gave no request id.' }, 502);
        return { trackingCode: code, status: 'received', createdAt: clock().toISOString() };
      });
    },

    getStatus(trackingCode, signal) {
      return translated(async () => {
        const call = { extensions: true, ...(signal ? { signal } : {}) };
        let request = await open311.getRequest(trackingCode, call);
        if (request === null) {
          // A batch server's token: ask for the id it became.
          const id = await open311.getRequestIdFromToken(trackingCode, signal ? { signal } : {}).catch(() => null);
          if (id) request = await open311.getRequest(id, call);
        }
        if (request === null) throw new Open311Error(404, [{ code: '404', description: 'No such request.' }]);
        const iso = (text: string | null | undefined) => (text ? parseW3cDateTime(text)?.toISOString() : undefined);
        const createdAt = iso(request.requested_datetime) ?? clock().toISOString();
        const updatedAt = iso(request.updated_datetime) ?? createdAt;
        const name = request.service_name ?? request.service_code ?? '';
        const status: FeedbackStatus = {
          trackingCode: request.service_request_id,
          category: { id: categoryIdForServiceCode(request.service_code ?? ''), name: { fi: name, sv: name, en: name } },
          status: feedbackStatusFromOpen311(request.status, request.extended_attributes?.detailed_status),
          createdAt,
          updatedAt,
          reply: request.status_notes ? { text: request.status_notes, repliedAt: updatedAt } : null,
        };
        return status;
      });
    },
  };
}
