import * as v from 'valibot';
import { helsinkiInstant } from '../calendar/helsinki-calendar.js';
import type { SubmissionValidation } from '../forms/submission.store.js';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import { TalkootProposalSubmissionSchema, type TalkootProposalSubmission } from './proposal.schema.js';
import type { TalkootProposalDraft, TalkootProposalField } from './proposal.store.js';

// The talkoot proposal's checks (issue 7): the submission schema, Helsinki's times, the
// supplies' parsing and where an error goes are needed only once the person sends (a draft has
// errors only after that), so the form's first view does not carry them; the store imports them
// through its caller (the widget's lazy part).

/** The form's fields in the order they are shown (and listed in the error summary). */
export const TALKOOT_PROPOSAL_FIELDS: readonly TalkootProposalField[] = [
  'what', 'description', 'where', 'area', 'date', 'startTime', 'endTime', 'expectedPeople', 'supplies', 'proposerName', 'proposerEmail', 'organisationName',
];

/** The form field an error of the request body belongs to ("#/startsAt" → date and time fields). */
export function proposalFieldOf(pointer: string): TalkootProposalField | null {
  const key = pointer.replace(/^#\/?/, '').split('/')[0] ?? '';
  if (key === 'startsAt') return 'startTime';
  if (key === 'endsAt') return 'endTime';
  return (TALKOOT_PROPOSAL_FIELDS as readonly string[]).includes(key) ? (key as TalkootProposalField) : null;
}

/** The supplies of the textarea: one a line, a leading whole number as its quantity. */
export function parseSupplies(text: string): { item: string; quantity?: number }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(\d{1,6})\s*(?:x|×|kpl|st|pcs)?\s+(.+)$/i.exec(line);
      return m ? { item: m[2]!.trim(), quantity: Number(m[1]) } : { item: line };
    });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The draft as the request body, or its errors by field pointer ("#/date", "#/startTime" …). */
export function validateProposal(draft: TalkootProposalDraft, lang: Locale, now: Date = new Date()): SubmissionValidation<TalkootProposalSubmission> {
  const errors: FieldError[] = [];
  const dateOk = DATE.test(draft.date);
  if (!draft.date) errors.push({ pointer: '#/date', code: 'common.required' });
  else if (!dateOk) errors.push({ pointer: '#/date', code: 'common.invalid' });
  for (const field of ['startTime', 'endTime'] as const) {
    if (!draft[field]) errors.push({ pointer: `#/${field}`, code: 'common.required' });
    else if (!TIME.test(draft[field])) errors.push({ pointer: `#/${field}`, code: 'common.invalid' });
  }
  const startsAt = dateOk && TIME.test(draft.startTime) ? helsinkiInstant(draft.date, draft.startTime) : null;
  const endsAt = dateOk && TIME.test(draft.endTime) ? helsinkiInstant(draft.date, draft.endTime) : null;
  if (startsAt && startsAt.getTime() <= now.getTime()) errors.push({ pointer: '#/date', code: 'volunteering.propose.past' });
  // The schema checks the order too, but only once every other field is right: here it is said at once.
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) errors.push({ pointer: '#/endTime', code: 'volunteering.shift.endBeforeStart' });
  const people = draft.expectedPeople.trim();
  if (people !== '' && !/^\d+$/.test(people)) errors.push({ pointer: '#/expectedPeople', code: 'volunteering.propose.peopleNumber' });
  const body = {
    what: draft.what,
    description: draft.description,
    where: draft.where,
    area: draft.area,
    startsAt: startsAt?.toISOString() ?? '',
    endsAt: endsAt?.toISOString() ?? '',
    expectedPeople: people === '' ? (undefined as unknown as number) : /^\d+$/.test(people) ? Number(people) : Number.NaN,
    supplies: parseSupplies(draft.supplies),
    proposerName: draft.proposerName,
    proposerEmail: draft.proposerEmail,
    organisationName: draft.organisationName,
    lang,
  };
  const parsed = v.safeParse(TalkootProposalSubmissionSchema, body);
  if (!parsed.success) {
    for (const e of issuesToFieldErrors(parsed.issues)) {
      const field = proposalFieldOf(e.pointer);
      // The date and times were checked above; the schema's own word on them only when they looked right.
      if ((field === 'startTime' || field === 'endTime') && (!startsAt || !endsAt)) continue;
      const pointer = `#/${field ?? 'what'}`;
      if (!errors.some((x) => x.pointer === pointer)) errors.push({ ...e, pointer });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.success ? (parsed.output as TalkootProposalSubmission) : body };
}

/** What the proposal store imports when the person first sends. */
export interface ProposalChecks {
  readonly validateProposal: typeof validateProposal;
  readonly proposalFieldOf: typeof proposalFieldOf;
}
