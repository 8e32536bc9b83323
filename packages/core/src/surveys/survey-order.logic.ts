// Option order randomised per respondent, reproducibly: the order is a function of a seed (the
// response's id or resume code) and the question's id, so a respondent who reloads the page, or
// an interviewer who returns to a question, sees the same order, and analysts can re-create it.
import { hashSeed, mulberry32 } from '../random/seeded.js';
import { OTHER_VALUE, type SurveyQuestion } from './survey.schema.js';

/**
 * Shuffles the items whose `fixed` is false among their own places (Fisher–Yates); fixed items
 * keep their index. The same seed gives the same order.
 */
export function seededShuffle<T>(items: readonly T[], seed: string, fixed: (item: T) => boolean = () => false): T[] {
  const random = mulberry32(hashSeed(seed));
  const free = items.map((item, i) => i).filter((i) => !fixed(items[i]!));
  const shuffled = free.map((i) => items[i]!);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const out = [...items];
  free.forEach((place, k) => (out[place] = shuffled[k]!));
  return out;
}

/**
 * The order in which a respondent sees a question's options (matrix: rows), as values (ids).
 * Unshuffled unless the question asks for it; "other" always comes last.
 */
export function presentationOrder(question: SurveyQuestion, respondentSeed: string): string[] {
  const seed = `${respondentSeed}\u0000${question.id}`;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking': {
      const values = question.randomize
        ? seededShuffle(question.options, seed, (o) => o.fixed).map((o) => o.value)
        : question.options.map((o) => o.value);
      return 'other' in question && question.other ? [...values, OTHER_VALUE] : values;
    }
    case 'matrix':
      return question.randomize ? seededShuffle(question.rows, seed).map((r) => r.id) : question.rows.map((r) => r.id);
    default:
      return [];
  }
}
