// What the answering widget reads first (issue 7, ADR 0075): a round and the definition of its
// version, checked whole by the definition's schema. Apart from survey-round.read.schema.ts so
// that the results widget, which reads the round only, does not carry the definition's schema.
import * as v from 'valibot';
import { SurveyRoundSchema } from './survey-round.read.schema.js';
import { SurveyDefinitionSchema } from './survey.schema.js';

/** What the answering widget loads: the round and the definition of its version. */
export const SurveyRoundPaperSchema = v.object({ round: SurveyRoundSchema, definition: SurveyDefinitionSchema });
export type SurveyRoundPaper = v.InferOutput<typeof SurveyRoundPaperSchema>;
