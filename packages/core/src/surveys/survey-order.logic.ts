// Option order randomised per respondent, reproducibly: the order is a function of a seed (the
// response's id or resume code) and the question's id, so a respondent who reloads the page, or
// an interviewer who returns to a question, sees the same order, and analysts can re-create it.
import { OTHER_VALUE, type SurveyQuestion } from './survey.schema.js';

/** FNV-1a, 32 bits, over UTF-16 code units: a seed from a string. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a small, fast pseudo-random generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
