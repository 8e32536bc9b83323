/**
 * The registry: every domain module of this server, one line each, in the order their
 * migrations run (after the platform's). A new domain adds its line here and nowhere else
 * in the platform (docs/adding-a-domain.md).
 */
import { createBookingModule } from './booking/booking.module.js';
import { createBudgetingModule } from './budgeting/budgeting.module.js';
import { createFeedbackModule } from './feedback/feedback.module.js';
import { createSurveysModule } from './surveys/surveys.module.js';
import type { DomainModule } from './platform/module.js';
import { createVolunteeringModule } from './volunteering/volunteering.module.js';

export function defaultModules(): DomainModule[] {
  return [
    createFeedbackModule(),
    createBudgetingModule(),
    createSurveysModule(),
    createVolunteeringModule(),
    createBookingModule(),
  ];
}
