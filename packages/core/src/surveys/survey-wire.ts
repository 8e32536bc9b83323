// The constants of the surveys API that the results widget reads with the other survey widgets
// (issue 10, issue 7): where rounds are read, and the two answer values that are not an option of
// the definition. A module of their own, since rollup puts a module in one chunk: the results widget
// reads these and none of the definition's or the round's schemas (survey.schema.ts and
// survey-round.read.schema.ts, which export them as before).

/** Public: a round's definition, responses, drafts, help offers, published results (`SURVEYS_PATHS.rounds`). */
export const SURVEY_ROUNDS_PATH = '/api/v1/surveys/rounds';
/** "Other, please specify": an extra choice with a text field. Its value is `other`. */
export const OTHER_VALUE = 'other';
/** "Can't say" on a rating or a matrix row that offers it. */
export const CANT_SAY_VALUE = 'cant_say';
