// The volunteering domain's public surface (issue 11): schemas, seats, .ics, the portal's task shape, texts, API.
export * from './opportunity.schema.js';
export * from './signup.schema.js';
export * from './proposal.schema.js';
export * from './seats.logic.js';
export * from './ics.js';
export * from './vapaaehtoistyo.js';
export { volunteeringMessages, volunteeringText, type VolunteeringMessageKey } from './volunteering.messages.js';
export * from './volunteering.api.js';
