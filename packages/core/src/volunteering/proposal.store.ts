import * as v from 'valibot';
import { helsinkiInstant } from '../calendar/helsinki-calendar.js';
import type { DraftStorage, Scheduler } from '../forms/draft-storage.js';
import { createSubmissionStore, type SubmissionStore, type SubmissionValidation } from '../forms/submission.store.js';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import { TalkootProposalSubmissionSchema, type TalkootProposal, type TalkootProposalSubmission } from './proposal.schema.js';
import type { VolunteeringApi } from './volunteering.api.js';

/**
 * What a person types into the talkoot proposal form: every field as the form holds it (the
 * date and times as the date and time inputs give them, the people as text, the supplies one
 * per line), so a draft restored after a lost connection is exactly what was typed.
 */
export interface TalkootProposalDraft {
  what: string;
  description: string;
  where: string;
  area: string;
  /** "YYYY-MM-DD", Helsinki. */
  date: string;
  /** "HH:MM", Helsinki. */
  startTime: string;
  endTime: string;
  expectedPeople: string;
  /** One supply a line; a leading number is its quantity ("20 roskapussia"). */
  supplies: string;
  proposerName: string;
  proposerEmail: string;
  organisationName: string;
}

export type TalkootProposalField = keyof TalkootProposalDraft;

/** The form's fields in the order they are shown (and listed in the error summary). */
export const TALKOOT_PROPOSAL_FIELDS: readonly TalkootProposalField[] = [
  'what', 'description', 'where', 'area', 'date', 'startTime', 'endTime', 'expectedPeople', 'supplies', 'proposerName', 'proposerEmail', 'organisationName',
];

export const emptyTalkootProposalDraft = (): TalkootProposalDraft => ({
  what: '', description: '', where: '', area: '', date: '', startTime: '', endTime: '', expectedPeople: '', supplies: '', proposerName: '', proposerEmail: '', organisationName: '',
});

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

/** The form field an error of the request body belongs to ("#/startsAt" → date and time fields). */
export function proposalFieldOf(pointer: string): TalkootProposalField | null {
  const key = pointer.replace(/^#\/?/, '').split('/')[0] ?? '';
  if (key === 'startsAt') return 'startTime';
  if (key === 'endsAt') return 'endTime';
  return (TALKOOT_PROPOSAL_FIELDS as readonly string[]).includes(key) ? (key as TalkootProposalField) : null;
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

export interface ProposalStoreOptions {
  readonly api: Pick<VolunteeringApi, 'propose'>;
  readonly lang: () => Locale;
  readonly storage?: DraftStorage | null;
  readonly sessionStorage?: DraftStorage | null;
  readonly storageKey: string;
  readonly scheduler?: Scheduler;
  readonly now?: () => Date;
  readonly onSent?: (proposal: TalkootProposal) => void;
}

export type ProposalStore = SubmissionStore<TalkootProposalDraft, TalkootProposal>;

/**
 * The talkoot proposal form's state on the platform's submission store: the draft stays on the
 * device through a lost connection (name and email only for this tab), one Idempotency-Key per
 * body, retries while offline, the server's 422 mapped back onto the fields.
 */
export function createProposalStore(options: ProposalStoreOptions): ProposalStore {
  return createSubmissionStore<TalkootProposalDraft, TalkootProposalSubmission, TalkootProposal>({
    initial: emptyTalkootProposalDraft,
    validate: (draft) => validateProposal(draft, options.lang(), options.now?.() ?? new Date()),
    send: (body, key) => options.api.propose(body, key),
    storage: options.storage ?? null,
    sessionStorage: options.sessionStorage ?? null,
    storageKey: options.storageKey,
    personal: ['proposerName', 'proposerEmail'],
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.onSent ? { onSent: options.onSent } : {}),
    // Editing the date or a time clears the errors the server put on startsAt / endsAt too.
    clears: (field, pointer) => {
      const target = proposalFieldOf(pointer);
      if (field === 'date') return pointer === '#/date' || target === 'startTime' || target === 'endTime';
      return target === field;
    },
  });
}
