// The volunteering domain's public surface (issue 11): schemas, seats, .ics, the portal's task shape, texts, API.
export * from './opportunity.schema.js';
export * from './signup.schema.js';
export * from './signup-submission.schema.js';
export * from './proposal.schema.js';
export * from './seats.logic.js';
// The .ics writer is core's one for every domain (calendar/ics.ts), exported here too for volunteering's callers.
export * from '../calendar/ics.js';
export * from './vapaaehtoistyo.js';
export { volunteeringMessages, volunteeringText, type VolunteeringMessageKey } from './volunteering.messages.js';
export { lazyVolunteeringMessages } from './volunteering.messages.lazy.js';
// The parts a resident widget loads alone (the composite above has them all, for the server and the console).
export { lazyVolunteeringChecksMessages } from './volunteering-checks.messages.lazy.js';
export { lazyVolunteeringSeatsMessages } from './volunteering-seats.messages.lazy.js';
export { lazyVolunteeringSignupMessages } from './volunteering-signup.messages.lazy.js';
export { lazyVolunteeringSignupFormMessages } from './volunteering-signup-form.messages.lazy.js';
export { lazyVolunteeringSignupLaterMessages } from './volunteering-signup-later.messages.lazy.js';
export { lazyVolunteeringListingMessages } from './volunteering-listing.messages.lazy.js';
export * from './volunteering.api.js';
export * from './board.read.schema.js';
export * from './volunteering-staff.api.js';
export * from './help-offer.schema.js';
export * from './areas.js';
export * from './proposal.store.js';
export * from './proposal.validate.js';
export { volunteeringProposeMessages, type VolunteeringProposeMessageKey } from './volunteering-propose.messages.js';
export { lazyVolunteeringProposeMessages } from './volunteering-propose.messages.lazy.js';
export { volunteeringConsoleMessages, type VolunteeringConsoleMessageKey } from './volunteering-console.messages.js';
export { lazyVolunteeringConsoleMessages } from './volunteering-console.messages.lazy.js';
export { volunteeringConsoleSignInMessages, type VolunteeringConsoleSignInMessageKey } from './volunteering-console-sign-in.messages.js';
export { lazyVolunteeringConsoleSignInMessages } from './volunteering-console-sign-in.messages.lazy.js';
export { volunteeringBoardMessages, type VolunteeringBoardMessageKey } from './volunteering-board.messages.js';
export { lazyVolunteeringBoardMessages } from './volunteering-board.messages.lazy.js';
export { volunteeringBoardCalendarMessages, type VolunteeringBoardCalendarMessageKey } from './volunteering-board-calendar.messages.js';
export { lazyVolunteeringBoardCalendarMessages } from './volunteering-board-calendar.messages.lazy.js';
export * from './board.logic.js';
export { volunteeringConsoleDetailMessages, type VolunteeringConsoleDetailMessageKey } from './volunteering-console-detail.messages.js';
export { lazyVolunteeringConsoleDetailMessages } from './volunteering-console-detail.messages.lazy.js';
