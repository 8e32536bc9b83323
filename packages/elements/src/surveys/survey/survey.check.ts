// The answer checks of <kohtaamo-survey>, imported after the first page has rendered (prefetched
// when the browser is idle) and needed when "Next" is first pressed: the first page shows
// without them (ADR 0064).
export { validateAnswer, validateResponse } from '@kohtaamo/core';
