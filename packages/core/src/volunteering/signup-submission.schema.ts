import * as v from 'valibot';
import { LOCALES } from '../i18n/locale.js';

/**
 * What a resident sends to sign up, in a module of its own: the sign-up widget checks it only
 * when the person sends (its lazy part), so its entry does not carry it with the receipt's and
 * the hold's schemas that the API reads (issue 7).
 */

const text = (max: number, min = 1) =>
  v.pipe(v.string('common.required'), v.trim(), v.minLength(min, 'common.required'), v.maxLength(max, 'common.tooLong'));

/** What a resident sends. Age is on the day of the shift; under 18 needs a guardian's consent. */
export const SignupSubmissionSchema = v.pipe(
  v.object({
    name: text(120),
    email: v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(254, 'common.tooLong'), v.email('volunteering.email.invalid')),
    phone: v.optional(v.pipe(v.string('common.invalid'), v.trim(), v.regex(/^(\+?[0-9 ()-]{5,20})?$/, 'volunteering.phone.invalid')), ''),
    groupSize: v.optional(v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'volunteering.number.tooSmall'), v.maxValue(100, 'volunteering.number.tooLarge')), 1),
    age: v.pipe(v.number('common.required'), v.integer('common.invalid'), v.minValue(1, 'volunteering.number.tooSmall'), v.maxValue(120, 'volunteering.number.tooLarge')),
    role: v.optional(v.string()),
    guardianName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120, 'common.tooLong')), ''),
    guardianConsent: v.optional(v.boolean(), false),
    lang: v.optional(v.picklist(LOCALES), 'fi'),
    /** The hold made when the form opened, if any: its seats become this sign-up's. */
    holdId: v.optional(v.string()),
  }),
  v.forward(v.check((s) => s.age >= 18 || s.guardianConsent, 'volunteering.guardian.consentRequired'), ['guardianConsent']),
  v.forward(v.check((s) => s.age >= 18 || s.guardianName.length > 0, 'volunteering.guardian.nameRequired'), ['guardianName']),
);
export type SignupSubmission = v.InferInput<typeof SignupSubmissionSchema>;
export type SignupFields = v.InferOutput<typeof SignupSubmissionSchema>;

