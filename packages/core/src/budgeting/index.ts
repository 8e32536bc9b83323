// The budgeting domain's public surface (issue 9): pure, headless, exact.
export * from './rational.js';
export * from './election.js';
export * from './tie-breaking.js';
export * from './utility.js';
export * from './greedy.js';
export * from './equal-shares.js';
export * from './phragmen.js';
export * from './tally.js';
export * from './outcome.logic.js';
export * from './pabulib.js';
