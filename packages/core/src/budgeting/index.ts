// The budgeting domain's public surface (issue 9): pure, headless, exact.
export * from './rules.schema.js';
export * from './ballot.schema.js';
export * from './ballot.logic.js';
export { budgetingMessages, budgetingText, violationText, remainingTexts } from './budgeting.messages.js';
export * from './receipt.js';
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
export * from './round.schema.js';
export { budgetingRoundMessages, type BudgetingRoundMessageKey } from './round.messages.js';
export { lazyBudgetingRoundMessages } from './round.messages.lazy.js';
