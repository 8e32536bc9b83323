// Which answers of a response are free texts to moderate (survey-texts.schema.ts).
import { questionPlaces } from './survey-logic.js';
import { OTHER_VALUE, type SurveyAnswers, type SurveyDefinition } from './survey.schema.js';

export interface FreeText {
  /** The question id, or `<question>.other` for an "other, please specify" text. */
  readonly question: string;
  readonly text: string;
}

/** The free texts of a response, in the definition's order: text questions and "other" texts; blanks left out. */
export function freeTextsOf(definition: SurveyDefinition, answers: SurveyAnswers): FreeText[] {
  const out: FreeText[] = [];
  for (const { question } of questionPlaces(definition)) {
    if (question.type === 'short_text' || question.type === 'long_text') {
      const a = answers[question.id];
      if (typeof a === 'string' && a.trim() !== '') out.push({ question: question.id, text: a.trim() });
    } else if ('other' in question && question.other) {
      const key = `${question.id}.${OTHER_VALUE}`;
      const a = answers[key];
      if (typeof a === 'string' && a.trim() !== '') out.push({ question: key, text: a.trim() });
    }
  }
  return out;
}
