import * as v from 'valibot';
import { ProjectIdSchema } from './rules.schema.js';

/**
 * A ballot as the voter's widget sends it: the chosen projects, with points on a points
 * ballot. An empty list is a blank vote, always allowed. The schema checks the shape; whether
 * the choice keeps the budget's rules is `validateBallot` (ballot.logic.ts).
 */
export const BallotChoiceSchema = v.object({
  project: ProjectIdSchema,
  points: v.optional(v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(1, 'common.invalid'))),
});
export type BallotChoice = v.InferOutput<typeof BallotChoiceSchema>;

export const BallotSchema = v.object({
  choices: v.pipe(v.array(BallotChoiceSchema), v.maxLength(1000, 'common.tooLong')),
});
export type Ballot = v.InferOutput<typeof BallotSchema>;
