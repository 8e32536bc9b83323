import * as v from 'valibot';

/**
 * The JSON format of Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), with the
 * CitySDK / 6Aika extensions that Helsinki and the other 6Aika cities serve under
 * `extensions=true` (https://dev.hel.fi/apis/open311, github.com/6aika/api-palaute).
 *
 * These schemas read answers from ANY Open311 server, not only Kohtaamo's: the spec's own
 * examples send ids and codes as numbers ("service_code":001) and Helsinki sends lat/long as
 * strings, so ids are read as string-or-number and kept as strings, coordinates as
 * number-or-string and kept as numbers. Absent and null fields are both allowed ("may not be
 * returned").
 */

/** An identifier: the spec says string, real servers also send numbers. Always a string here. */
const IdSchema = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((value) => String(value)),
);
const OptionalText = v.nullish(v.string());
const Coordinate = v.nullish(
  v.pipe(
    v.union([v.number(), v.string()]),
    v.transform((value) => (value === '' ? null : Number(value))),
    v.check((value) => value === null || Number.isFinite(value), 'not a coordinate'),
  ),
);
const BooleanLike = v.pipe(
  v.union([v.boolean(), v.picklist(['true', 'false'])]),
  v.transform((value) => value === true || value === 'true'),
);

/** The statuses of GeoReport v2: every request is either open or closed. */
export const OPEN311_STATUSES = ['open', 'closed'] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** Attribute datatypes of a service definition. */
export const OPEN311_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type Open311Datatype = (typeof OPEN311_DATATYPES)[number];

/** One entry of GET services. */
export const Open311ServiceSchema = v.object({
  service_code: IdSchema,
  service_name: v.string(),
  description: OptionalText,
  metadata: BooleanLike,
  type: v.picklist(['realtime', 'batch', 'blackbox']),
  keywords: OptionalText,
  group: OptionalText,
});
export type Open311Service = v.InferOutput<typeof Open311ServiceSchema>;
export const Open311ServiceListSchema = v.array(Open311ServiceSchema);

export const Open311AttributeValueSchema = v.object({ key: IdSchema, name: v.string() });

export const Open311AttributeSchema = v.object({
  variable: BooleanLike,
  code: IdSchema,
  datatype: v.picklist(OPEN311_DATATYPES),
  required: BooleanLike,
  datatype_description: OptionalText,
  order: v.pipe(v.union([v.number(), v.string()]), v.transform(Number)),
  description: OptionalText,
  values: v.nullish(v.array(Open311AttributeValueSchema)),
});
export type Open311Attribute = v.InferOutput<typeof Open311AttributeSchema>;

/** GET services/{service_code}: the extra questions ("attributes") of one service. */
export const Open311ServiceDefinitionSchema = v.object({
  service_code: IdSchema,
  attributes: v.optional(v.array(Open311AttributeSchema), []),
});
export type Open311ServiceDefinition = v.InferOutput<typeof Open311ServiceDefinitionSchema>;

/** One entry of the answer to POST requests: an id (realtime) or a token (batch), or neither (blackbox). */
export const Open311PostResultSchema = v.object({
  service_request_id: v.nullish(IdSchema),
  token: v.nullish(IdSchema),
  service_notice: OptionalText,
  account_id: v.nullish(IdSchema),
});
export type Open311PostResult = v.InferOutput<typeof Open311PostResultSchema>;
export const Open311PostResultListSchema = v.array(Open311PostResultSchema);

/** GET tokens/{token}. */
export const Open311TokenResultSchema = v.object({
  service_request_id: v.nullish(IdSchema),
  token: IdSchema,
});
export const Open311TokenResultListSchema = v.array(Open311TokenResultSchema);

/** One entry of the 6Aika status log (`request_history`). */
export const Open311HistoryEntrySchema = v.object({
  time: v.string(),
  status: v.string(),
  note: OptionalText,
  handler: OptionalText,
  image: OptionalText,
});
export type Open311HistoryEntry = v.InferOutput<typeof Open311HistoryEntrySchema>;

/** What `extensions=true` adds, nested in `extended_attributes` as Helsinki serves it. */
export const Open311ExtendedAttributesSchema = v.looseObject({
  title: OptionalText,
  detailed_status: OptionalText,
  media_urls: v.nullish(v.array(v.string())),
  service_object_id: v.nullish(IdSchema),
  service_object_type: OptionalText,
  request_history: v.nullish(v.array(Open311HistoryEntrySchema)),
  /** Kohtaamo's addition: when the city first responded. */
  first_response_datetime: OptionalText,
});
export type Open311ExtendedAttributes = v.InferOutput<typeof Open311ExtendedAttributesSchema>;

/** One service request, as GET requests and GET requests/{id} answer it. */
export const Open311RequestSchema = v.object({
  service_request_id: IdSchema,
  status: v.picklist(OPEN311_STATUSES),
  status_notes: OptionalText,
  service_name: OptionalText,
  service_code: v.nullish(IdSchema),
  description: OptionalText,
  agency_responsible: OptionalText,
  service_notice: OptionalText,
  requested_datetime: OptionalText,
  updated_datetime: OptionalText,
  expected_datetime: OptionalText,
  address: OptionalText,
  address_id: v.nullish(IdSchema),
  zipcode: v.nullish(IdSchema),
  lat: Coordinate,
  long: Coordinate,
  media_url: OptionalText,
  extended_attributes: v.nullish(Open311ExtendedAttributesSchema),
});
export type Open311Request = v.InferOutput<typeof Open311RequestSchema>;
export const Open311RequestListSchema = v.array(Open311RequestSchema);

/** An error answer: a list of errors (the HTTP status says what kind). */
export const Open311ErrorSchema = v.object({ code: IdSchema, description: v.string() });
export type Open311ErrorEntry = v.InferOutput<typeof Open311ErrorSchema>;
export const Open311ErrorListSchema = v.array(Open311ErrorSchema);

/** The Service Discovery document (http://wiki.open311.org/Service_Discovery). */
export const Open311DiscoverySchema = v.object({
  changeset: v.string(),
  contact: v.string(),
  key_service: v.string(),
  endpoints: v.array(
    v.object({
      specification: v.string(),
      url: v.string(),
      changeset: v.string(),
      type: v.picklist(['production', 'test']),
      formats: v.array(v.string()),
    }),
  ),
});
export type Open311Discovery = v.InferOutput<typeof Open311DiscoverySchema>;

/** The filters of GET requests, as a client gives them (lists are sent comma delimited). */
export interface Open311RequestFilters {
  readonly serviceRequestIds?: readonly string[];
  readonly serviceCodes?: readonly string[];
  /** Instants (Date or any ISO 8601 text with a time zone). */
  readonly startDate?: Date | string;
  readonly endDate?: Date | string;
  readonly statuses?: readonly Open311Status[];
  /** CitySDK: requests updated in this range (a changeset), in place of the requested date window */
  readonly updatedAfter?: Date | string;
  readonly updatedBefore?: Date | string;
  /** CitySDK: requests within `radius` metres of a point. */
  readonly near?: { readonly lat: number; readonly long: number; readonly radius: number };
  /** The paging extension: page from 1, and its size. */
  readonly page?: number;
  readonly pageSize?: number;
  /** CitySDK: ask for `extended_attributes`. */
  readonly extensions?: boolean;
  /** CitySDK: preferred language ("fi", "sv", "en"). */
  readonly locale?: string;
}

/**
 * The fields of POST requests (application/x-www-form-urlencoded). `attributes` holds the
 * answers to a service definition's questions: one value, or several for a multivaluelist.
 */
export interface Open311NewRequest {
  readonly serviceCode: string;
  readonly lat?: number;
  readonly long?: number;
  readonly addressString?: string;
  readonly addressId?: string;
  readonly attributes?: Readonly<Record<string, string | readonly string[]>>;
  readonly email?: string;
  readonly deviceId?: string;
  readonly accountId?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly phone?: string;
  readonly description?: string;
  readonly mediaUrl?: string;
  /** CitySDK: a short title. */
  readonly title?: string;
}
