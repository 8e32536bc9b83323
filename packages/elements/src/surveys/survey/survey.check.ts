// The answer checks of <kohtaamo-survey> and the texts of their errors, imported after the first
// page has rendered (prefetched when the browser is idle) and needed when "Next" is first
// pressed: the first page shows without them (ADR 0064).
export { validateAnswer, validateResponse } from '@kohtaamo/core';
export { laterTexts, loadLaterTexts as ready } from './survey.later-messages.js';
