import type { DraftStorage, Scheduler } from '../forms/draft-storage.js';
import { createSubmissionStore, type SubmissionStore } from '../forms/submission.store.js';
import type { Locale } from '../i18n/locale.js';
import type { TalkootProposal, TalkootProposalSubmission } from './proposal.schema.js';
import type { ProposalChecks } from './proposal.validate.js';
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

export const emptyTalkootProposalDraft = (): TalkootProposalDraft => ({
  what: '', description: '', where: '', area: '', date: '', startTime: '', endTime: '', expectedPeople: '', supplies: '', proposerName: '', proposerEmail: '', organisationName: '',
});

export interface ProposalStoreOptions {
  readonly api: Pick<VolunteeringApi, 'propose'>;
  readonly lang: () => Locale;
  readonly storage?: DraftStorage | null;
  readonly sessionStorage?: DraftStorage | null;
  readonly storageKey: string;
  readonly scheduler?: Scheduler;
  readonly now?: () => Date;
  readonly onSent?: (proposal: TalkootProposal) => void;
  /**
   * Imports the checks (the submission schema, Helsinki's times, where an error goes) the first
   * time the person sends: the widget's lazy part, or `() => import('./proposal.validate.js')`.
   * A failed import rejects `submit()` and leaves the draft as it is; the next submit imports again.
   */
  readonly checks: () => Promise<ProposalChecks>;
}

export type ProposalStore = SubmissionStore<TalkootProposalDraft, TalkootProposal>;

/**
 * The talkoot proposal form's state on the platform's submission store: the draft stays on the
 * device through a lost connection (name and email only for this tab), one Idempotency-Key per
 * body, retries while offline, the server's 422 mapped back onto the fields. The checks are
 * imported on the first send (issue 7: the form's first view does not carry them).
 */
export function createProposalStore(options: ProposalStoreOptions): ProposalStore {
  /** The checks, once imported: a draft has errors only after they ran (or the server answered). */
  let checks: ProposalChecks | null = null;
  return createSubmissionStore<TalkootProposalDraft, TalkootProposalSubmission, TalkootProposal>({
    initial: emptyTalkootProposalDraft,
    beforeSubmit: () => (checks ? undefined : options.checks().then((loaded) => void (checks = loaded))),
    validate: (draft) => checks!.validateProposal(draft, options.lang(), options.now?.() ?? new Date()),
    send: (body, key) => options.api.propose(body, key),
    storage: options.storage ?? null,
    sessionStorage: options.sessionStorage ?? null,
    storageKey: options.storageKey,
    personal: ['proposerName', 'proposerEmail'],
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.onSent ? { onSent: options.onSent } : {}),
    // Editing the date or a time clears the errors the server put on startsAt / endsAt too.
    clears: (field, pointer) => {
      const target = checks?.proposalFieldOf(pointer) ?? null;
      if (field === 'date') return pointer === '#/date' || target === 'startTime' || target === 'endTime';
      return target === field;
    },
  });
}
