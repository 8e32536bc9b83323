// Every Kohtaamo element, registered: the `kohtaamo.js` bundle a web editor adds with one tag.
export * from './kohtaamo-feedback-form.js';
export * from './kohtaamo-feedback-status.js';
export * from './kohtaamo-feedback-list.js';
export * from './kohtaamo-feedback-inbox.js';
export * from './kohtaamo-feedback-stats.js';
export * from './kohtaamo-feedback-area-map.js';
export * from './kohtaamo-budget-ballot.js';
export * from './kohtaamo-budget-proposals.js';
export * from './kohtaamo-budget-receipt.js';
export * from './kohtaamo-budget-results.js';
export * from './kohtaamo-survey.js';
export * from './kohtaamo-survey-console.js';
export * from './kohtaamo-survey-results.js';
export * from './kohtaamo-volunteer-signup.js';
export * from './kohtaamo-space-booking.js';
export * from './kohtaamo-space-console.js';
export * from './kohtaamo-volunteer-board.js';
