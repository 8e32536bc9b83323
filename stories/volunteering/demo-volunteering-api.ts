import { ProblemError, VOLUNTEERING_PROBLEM_TYPES, type Opportunity, type Overlap, type Shift, type SignupReceipt, type VolunteeringApi } from '@kohtaamo/core';

const DAY = 86_400_000;
const at = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + (hour - 2) * 3_600_000).toISOString();

function shift(id: string, days: number, over: Partial<Shift> = {}): Shift {
  return {
    id,
    opportunityId: 'o-story',
    startsAt: at(days, 10),
    endsAt: at(days, 13),
    capacity: 12,
    minimumAttendees: 4,
    waitingListCapacity: 6,
    maxGroupSize: 4,
    roles: [
      { id: 'raivaus', name: { fi: 'Raivaaja', sv: 'Röjare', en: 'Clearer' }, minimumAge: 15, criminalRecordCheck: false },
      { id: 'lapset', name: { fi: 'Lasten latukoulun apuohjaaja', sv: 'Hjälpledare i barnens skidskola', en: 'Assistant at the children’s ski school' }, minimumAge: 18, criminalRecordCheck: true },
    ],
    status: 'open',
    attending: 7,
    waiting: 0,
    held: 0,
    ...over,
  };
}

/** A shift of the stories' opportunity, `days` from today at 10–13 Helsinki time. */
export const storyShift = shift;

export function storyOpportunity(shifts: Shift[] = [shift('s-story-1', 7), shift('s-story-2', 14, { capacity: 3, attending: 3, waiting: 1, maxGroupSize: 2, roles: [] })]): Opportunity {
  return {
    id: 'o-story',
    organisation: 'heinolan-latu',
    organisationName: 'Heinolan Latu ry',
    kind: 'talkoot',
    title: { fi: 'Latupohjien raivaustalkoot', sv: 'Röjningstalko för skidspåren', en: 'Ski track clearing work party' },
    description: { fi: 'Raivataan risut latupohjilta ennen lunta.', sv: 'Vi röjer ris från skidspåren före snön.', en: 'We clear branches from the ski tracks before the snow.' },
    themes: ['nature', 'sports'],
    area: 'keskusta',
    location: { name: 'Latukeskus', address: 'Urheilukatu 1, Heinola' },
    contact: { name: 'Heinolan Latu ry' },
    whatToBring: { fi: 'Työhanskat', sv: 'Arbetshandskar', en: 'Work gloves' },
    supplies: [],
    accessibility: { fi: '', sv: '', en: '' },
    suitability: { under18: true, english: true, remote: false },
    status: 'published',
    source: 'local',
    startsAt: shifts[0]?.startsAt ?? null,
    endsAt: shifts.at(-1)?.endsAt ?? null,
    shifts,
    updatedAt: new Date().toISOString(),
  };
}

export const STORY_CODE = 'K7QM-2XD9-RT4B-8HNP-5';

/** A task imported from vapaaehtoistyo.fi as the board shows it: Finnish texts only, no shifts, signed up for on the portal. */
export function storyImportedTask(): Opportunity {
  const text = (fi: string) => ({ fi, sv: '', en: '' });
  return {
    ...storyOpportunity([]),
    id: 'vet-4711',
    organisation: 'vapaaehtoistyo-812',
    organisationName: 'Heinolan seudun SPR',
    kind: 'ongoing',
    title: text('Ystävätoiminnan vapaaehtoinen'),
    description: text('Tule ikäihmisen ystäväksi: ulkoilua, kahvittelua ja juttuseuraa kerran viikossa.'),
    themes: ['elderly'],
    location: { name: 'Kauppakatu 10, Heinola', address: 'Kauppakatu 10, Heinola' },
    contact: { name: 'Ystävätoiminta' },
    whatToBring: text(''),
    accessibility: text(''),
    suitability: { under18: false, english: false, remote: false },
    source: 'vapaaehtoistyo',
    externalUrl: 'https://vapaaehtoistyo.fi/fi/task/4711',
    startsAt: null,
    endsAt: null,
  };
}

/** A stand-in for the server in the stories: answers from memory, never the network. */
export function demoVolunteeringApi(
  options: {
    opportunity?: Opportunity;
    /** Also on the board: tasks imported from vapaaehtoistyo.fi. */
    imported?: Opportunity[];
    fail?: boolean;
    receipt?: Partial<SignupReceipt>;
    /** The person's own sign-ups (by the codes kept on the device) that overlap any shift. */
    overlaps?: Overlap[];
    /** The sign-up is never answered: the form stays "Sending…". */
    neverAnswers?: boolean;
  } = {},
): VolunteeringApi {
  const opportunity = options.opportunity ?? storyOpportunity();
  let receipt: SignupReceipt = { id: 'u-story', shiftId: 's-story-1', opportunityId: 'o-story', status: 'attending', groupSize: 2, name: 'Aino', email: 'aino@example.fi', startsAt: opportunity.shifts[0]?.startsAt ?? at(7, 10), endsAt: opportunity.shifts[0]?.endsAt ?? at(7, 13), ...options.receipt };
  const down = () => Promise.reject(new TypeError('Failed to fetch'));
  return {
    board: async () => ({ items: [opportunity, ...(options.imported ?? [])], next: null }),
    opportunity: async () => (options.fail ? down() : opportunity),
    shift: async (id) => opportunity.shifts.find((s) => s.id === id) ?? opportunity.shifts[0]!,
    hold: async (shiftId, seats) => ({ holdId: 'h-story', shiftId, seats, expiresAt: new Date(Date.now() + 600_000).toISOString(), outcome: 'attending' }),
    release: async () => undefined,
    signUp: async (shiftId, submission) => {
      if (options.neverAnswers) return new Promise<SignupReceipt>(() => undefined);
      const s = opportunity.shifts.find((x) => x.id === shiftId)!;
      if (s.attending >= s.capacity && s.waiting >= s.waitingListCapacity) throw new ProblemError({ type: VOLUNTEERING_PROBLEM_TYPES.full, title: 'Full', status: 409 }, 409);
      receipt = { ...receipt, shiftId, status: s.attending + (submission.groupSize ?? 1) <= s.capacity ? 'attending' : 'waiting', position: 2, groupSize: submission.groupSize ?? 1, name: submission.name, email: submission.email, manageCode: STORY_CODE, manageUrl: `#kohtaamo-manage=${STORY_CODE}` };
      return receipt;
    },
    manage: async () => (options.fail ? down() : receipt),
    change: async (_code, groupSize) => {
      const max = opportunity.shifts.find((x) => x.id === receipt.shiftId)?.maxGroupSize ?? 1;
      // As the server answers a group larger than the shift takes: 422 with the maximum.
      if (groupSize > max) throw new ProblemError({ type: 'about:blank', title: 'Invalid', status: 422, errors: [{ pointer: '#/groupSize', code: 'volunteering.group.tooLarge', detail: '', params: { max } }] } as never, 422);
      return (receipt = { ...receipt, groupSize });
    },
    cancel: async () => (receipt = { ...receipt, status: 'cancelled' }),
    overlaps: async () => options.overlaps ?? [],
    propose: async () => down(),
  };
}
