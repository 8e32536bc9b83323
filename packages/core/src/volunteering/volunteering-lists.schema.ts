import * as v from 'valibot';
import { TalkootProposalSchema } from './proposal.schema.js';
import { StaffSignupSchema } from './signup.schema.js';

/** The staff's lists of proposals and of a shift's sign-ups (the console's signed-in part reads them). */
export const TalkootProposalListSchema = v.object({ items: v.array(TalkootProposalSchema), total: v.number() });
export const StaffSignupListSchema = v.object({ items: v.array(StaffSignupSchema), total: v.number() });
