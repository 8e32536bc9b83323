import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

/** Open311 GeoReport v2 attribute datatypes (service definitions). */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

const Localized = LocalizedTextSchema;

export const AttributeCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** One value of a list attribute: `key` is what is sent, `name` what the resident reads. */
export const AttributeValueSchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), name: Localized });

/**
 * An extra question of a category: an Open311 service definition attribute. `description` is
 * the question; `variable: false` marks an informational attribute that takes no answer.
 */
export const CategoryAttributeSchema = v.object({
  code: AttributeCodeSchema,
  datatype: v.picklist(ATTRIBUTE_DATATYPES),
  variable: v.boolean(),
  required: v.boolean(),
  order: v.number(),
  description: Localized,
  values: v.array(AttributeValueSchema),
});
export type CategoryAttribute = v.InferOutput<typeof CategoryAttributeSchema>;

/**
 * A notice shown with a category ("Hätätilanteessa soita 112"). With `when`, it applies only
 * while the given attribute's answer is one of the keys. A `blocking` notice stops the form.
 */
export const CategoryNoticeSchema = v.object({
  id: v.string(),
  text: Localized,
  blocking: v.boolean(),
  when: v.nullable(v.object({ attribute: AttributeCodeSchema, values: v.array(v.string()) })),
});
export type CategoryNotice = v.InferOutput<typeof CategoryNoticeSchema>;

/** An answer as it travels: text for most datatypes, a list of keys for a multivaluelist. */
export const AttributeAnswerSchema = v.union([v.pipe(v.string(), v.maxLength(5000, 'common.tooLong')), v.pipe(v.array(v.string()), v.maxLength(50))]);
export type AttributeAnswer = v.InferOutput<typeof AttributeAnswerSchema>;

/** The answers of a submission, by attribute code. Checked against the category by `validateAttributeAnswers`. */
export const AttributeAnswersSchema = v.pipe(
  v.record(AttributeCodeSchema, AttributeAnswerSchema),
  v.check((r) => Object.keys(r).length <= 50, 'common.invalid'),
);
export type AttributeAnswers = v.InferOutput<typeof AttributeAnswersSchema>;

/** A category's extra questions and notices, added to the category in the list (absent in the input = none). */
export const CategoryExtrasSchema = v.object({
  attributes: v.optional(v.array(CategoryAttributeSchema), []),
  notices: v.optional(v.array(CategoryNoticeSchema), []),
});
