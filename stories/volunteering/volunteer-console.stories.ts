import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NetworkError, ProblemError, type HelpOffer, type OutboxList, type StaffOpportunity, type StaffSignup, type StaffUser, type TalkootProposal, type VolunteeringStaffApi } from '@kohtaamo/core';
import { inside, until } from '../feedback/story-helpers.js';
import { storyOpportunity } from './demo-volunteering-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  organisation: string;
  /** Not attributes: the story's stand-ins for the server and the signed-in person. */
  staffApiFactory: ((organisation: string) => VolunteeringStaffApi) | null;
  staffUser: StaffUser | null;
}

const now = Date.now();
const signup = (id: string, name: string, over: Partial<StaffSignup> = {}): StaffSignup => ({
  id, shiftId: 's-story-1', status: 'attending', name, email: `${id}@example.fi`, phone: '', groupSize: 1, age: 40, role: null, guardianName: '', checkedIn: false, hours: null, hoursApproved: false, recordCheck: null, createdAt: new Date(now - 86_400_000).toISOString(), ...over,
});
const proposal: TalkootProposal = {
  id: 't-story', status: 'proposed', what: 'Rantapuiston siivoustalkoot', description: 'Kerätään roskat rannalta.', where: 'Tähtiniemen uimaranta', area: 'tahtiniemi',
  startsAt: new Date(now + 10 * 86_400_000).toISOString(), endsAt: new Date(now + 10 * 86_400_000 + 7_200_000).toISOString(), expectedPeople: 12, supplies: [{ item: 'roskapussia', quantity: 20 }], organisationName: 'Tähtiniemen asukkaat', declineReason: null, opportunityId: null, createdAt: new Date(now).toISOString(),
};

/**
 * A stand-in for the server: answers from memory; `mode` makes it empty or down, or (`conflict`)
 * has another coordinator save the shift or the opportunity just before this one does (a 412, ADR 0060).
 */
function demoStaffApi(mode: 'ok' | 'empty' | 'down' | 'conflict' = 'ok'): (organisation: string) => VolunteeringStaffApi {
  return () => {
    const base = storyOpportunity();
    const opportunity: StaffOpportunity = { ...base, version: 1, shifts: base.shifts.map((x) => ({ ...x, version: 1 })) };
    const stale = () => Promise.reject(new ProblemError({ type: 'https://kohtaamo.fi/problems/stale-version', title: 'Stale', status: 412 }, 412));
    let signups = [signup('u1', 'Aino Latunen', { checkedIn: true, hours: 3, hoursApproved: true }), signup('u2', 'Pekka Puistonen', { groupSize: 2, role: 'lapset' }), signup('u3', 'Walter Waiting', { status: 'waiting', position: 1 })];
    const outbox: OutboxList = { smtpConfigured: false, total: 2, items: [
      { id: 'm1', to: 'aino@example.fi', subject: 'Olet mukana: Latupohjien raivaustalkoot', createdAt: new Date(now - 3_600_000).toISOString(), attempts: 0, lastError: null, failed: false },
      { id: 'm2', to: 'pekka@example.fi', subject: 'Kokoontuminen siirtyy', createdAt: new Date(now - 600_000).toISOString(), attempts: 0, lastError: null, failed: false },
    ] };
    let offers: HelpOffer[] = [
      { id: 'surveys:o1', source: 'surveys', context: 'Asukaskysely 2027', lang: 'fi', text: 'Voisin lukea ikäihmisille kirjastossa kerran viikossa.', name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null, consentText: 'Kaupunki saa ottaa minuun yhteyttä tarjoukseni vuoksi.', consentOn: '2027-04-12', createdOn: '2027-04-12', handled: null },
      { id: 'surveys:o2', source: 'surveys', context: 'Invånarenkät 2027', lang: 'sv', text: 'Jag kan hjälpa till på talko vid stranden.', name: 'Sven Svensson', email: null, phone: '040 123 4567', consentText: 'Staden får kontakta mig om mitt erbjudande.', consentOn: '2027-04-10', createdOn: '2027-04-10', handled: null },
      { id: 'surveys:o3', source: 'surveys', context: 'Asukaskysely 2027', lang: 'fi', text: 'Voin auttaa latujen raivauksessa.', name: 'Pekka Puistonen', email: 'pekka@example.fi', phone: null, consentText: 'Kaupunki saa ottaa minuun yhteyttä tarjoukseni vuoksi.', consentOn: '2027-04-02', createdOn: '2027-04-02', handled: { at: new Date(now - 86_400_000).toISOString(), by: 'Kaija Kaupunki' } },
    ];
    const down = () => Promise.reject(new NetworkError('Failed to fetch'));
    return {
      opportunities: async () => (mode === 'down' ? down() : mode === 'empty' ? { items: [], total: 0, next: null } : { items: [opportunity], total: 1, next: null }),
      createOpportunity: async () => opportunity,
      updateOpportunity: async (_id, input, version) => {
        if (mode === 'conflict' && opportunity.version === 1) Object.assign(opportunity, { title: { ...opportunity.title, sv: 'Skidspår i Heinola' }, suitability: { ...opportunity.suitability, english: true }, version: 2 });
        if (version !== opportunity.version) return stale();
        return Object.assign(opportunity, { title: { fi: input.title.fi, sv: input.title.sv ?? '', en: input.title.en ?? '' }, version: opportunity.version + 1 });
      },
      addShift: async () => opportunity.shifts[0]!,
      // The server's rule: fewer places than those attending is refused by the field.
      updateShift: async (id, input, version) => {
        const s = opportunity.shifts.find((x) => x.id === id)!;
        if (mode === 'conflict' && s.version === 1) Object.assign(s, { capacity: s.capacity + 4, version: 2 });
        if (version !== s.version) return stale();
        if (input.capacity < s.attending) {
          throw new ProblemError({ type: 'https://kohtaamo.fi/problems/validation', title: 'Invalid', status: 422, errors: [{ pointer: '#/capacity', code: 'volunteering.shift.capacityBelowAttending', detail: '', params: { attending: s.attending } }] }, 422);
        }
        return Object.assign(s, input, { version: s.version + 1 });
      },
      signups: async () => ({ items: signups, total: signups.length }),
      checkIn: async (id, checkedIn) => (signups = signups.map((s) => (s.id === id ? { ...s, checkedIn } : s))).find((s) => s.id === id)!,
      logHours: async (id, hours, hoursApproved) => (signups = signups.map((s) => (s.id === id ? { ...s, hours, hoursApproved } : s))).find((s) => s.id === id)!,
      recordCheckSeen: async (id, seen = true) =>
        (signups = signups.map((s) => (s.id === id ? { ...s, recordCheck: seen ? { seenAt: new Date().toISOString(), seenBy: 'Liisa Latunen' } : null } : s))).find((s) => s.id === id)!,
      exportCsv: async () => new Blob(['shift_start,name\r\n'], { type: 'text/csv' }),
      proposals: async () => (mode === 'down' ? down() : { items: mode === 'empty' ? [] : [proposal], total: mode === 'empty' ? 0 : 1 }),
      decide: async (_id, decision) => ({ ...proposal, status: decision.decision === 'approve' ? 'approved' : 'declined', declineReason: decision.decision === 'decline' ? decision.reason : null }),
      messageShift: async () => ({ queued: 2, smtpConfigured: false }),
      outbox: async () => (mode === 'down' ? down() : outbox),
      helpOffers: async () => {
        if (mode === 'down') return down();
        const items = mode === 'empty' ? [] : offers;
        return { items, total: items.length, open: items.filter((o) => !o.handled).length };
      },
      markHelpOffer: async (id, handled) =>
        (offers = offers.map((o) => (o.id === id ? { ...o, handled: handled ? { at: new Date().toISOString(), by: 'Kaija Kaupunki' } : null } : o))).find((o) => o.id === id)!,
    };
  };
}

const coordinator: StaffUser = {
  id: 'story-latu', name: 'Liisa Latunen', email: 'liisa@heinolanlatu.example', role: 'handler', categories: [],
  organisation: { id: 'heinolan-latu', name: 'Heinolan Latu ry', kind: 'association' },
  grants: [{ id: 'g1', organisation: 'heinolan-latu', domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' }],
};
const cityCoordinator: StaffUser = {
  id: 'story-city', name: 'Kaija Kaupunki', email: 'kaija@heinola.example', role: 'handler', categories: [],
  organisation: { id: 'city', name: 'Heinolan kaupunki', kind: 'city' },
  grants: [{ id: 'g2', organisation: 'city', domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' }],
};

const host = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-volunteer-console')!;
const press = async (el: Element, selector: string) => (await until(() => inside<HTMLElement>(el, selector))).click();

const meta: Meta<Args> = {
  title: 'Volunteering/Coordinators’ console',
  component: 'kohtaamo-volunteer-console',
  tags: ['autodocs'],
  args: { lang: 'fi', organisation: '', staffApiFactory: demoStaffApi(), staffUser: coordinator },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    organisation: { control: 'text' },
    staffApiFactory: { table: { disable: true } },
    staffUser: { table: { disable: true } },
  },
  render: ({ lang, organisation, staffApiFactory, staffUser }) =>
    html`<kohtaamo-volunteer-console lang=${lang} organisation=${organisation} .staffApiFactory=${staffApiFactory} .staffUser=${staffUser}></kohtaamo-volunteer-console>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Signed out: the sign-in form. */
export const SignIn: Story = { args: { staffUser: null } };
export const SignInSwedish: Story = { args: { staffUser: null, lang: 'sv' } };
export const SignInEnglish: Story = { args: { staffUser: null, lang: 'en' } };
/** An association's coordinator: only its own opportunities. */
export const Opportunities: Story = {};
/** The city's coordinator: every organisation's, with the proposals view. */
export const City: Story = { args: { staffUser: cityCoordinator, lang: 'en' } };
/** No opportunities yet. */
export const Empty: Story = { args: { staffApiFactory: demoStaffApi('empty') } };
/** The server cannot be reached. */
export const LoadFailed: Story = { args: { staffApiFactory: demoStaffApi('down'), lang: 'sv' } };
/** An opportunity opened: its form, shifts and the new shift's form. */
export const OpportunityOpened: Story = { play: async ({ canvasElement }) => void (await press(host(canvasElement), '.open-opportunity')) };
/** A new opportunity's form. */
export const NewOpportunity: Story = { play: async ({ canvasElement }) => void (await press(host(canvasElement), '#new-opportunity')) };
/** A shift's sign-ups: check-in, hours, the message form. */
export const SignupsOfAShift: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    await press(el, '.show-signups');
    await until(() => inside(el, '.check-in'));
  },
};
/** The city's proposals, one opened with its approve and decline forms. */
export const Proposal: Story = {
  args: { staffUser: cityCoordinator },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '#view-proposals');
    await press(el, '.open-proposal');
    await until(() => inside(el, '#decline'));
  },
};
/** The outbox with no SMTP configured: the mails wait, and the console says so. */
export const OutboxWithoutSmtp: Story = { play: async ({ canvasElement }) => void (await press(host(canvasElement), '#view-outbox')) };
/** A shift opened for editing: times, places, minimum, waiting list, largest group, roles with a minimum age and the record-extract flag. */
export const EditShift: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    await press(el, '.edit-shift');
    await until(() => inside(el, '#edit-title'));
  },
};
/** The server refuses fewer places than those attending: the error by the field and in the summary. */
export const EditShiftRefused: Story = {
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    await press(el, '.edit-shift');
    const capacity = await until(() => inside<HTMLInputElement>(el, '#edit-capacity'));
    capacity.value = '1';
    capacity.dispatchEvent(new Event('input'));
    await press(el, '#save-shift');
    await until(() => inside(el, '#edit-summary'));
  },
};
/** Another coordinator saved the shift meanwhile: the 412 by the form, the coordinator's own values kept, the saved places listed, a button to load them. */
export const EditShiftConflict: Story = {
  args: { staffApiFactory: demoStaffApi('conflict') },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    await press(el, '.edit-shift');
    const capacity = await until(() => inside<HTMLInputElement>(el, '#edit-capacity'));
    capacity.value = '20';
    capacity.dispatchEvent(new Event('input'));
    await press(el, '#save-shift');
    await until(() => inside(el, '#edit-conflict'));
  },
};
/** Another coordinator saved the opportunity meanwhile: the 412 above its form, the typed title kept, the saved values that differ listed, a button to load them. */
export const EditOpportunityConflict: Story = {
  args: { staffApiFactory: demoStaffApi('conflict'), lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    const title = await until(() => inside<HTMLInputElement>(el, '#main-titleFi'));
    title.value = 'Latupohjien raivaus ja kunnostus';
    title.dispatchEvent(new Event('input'));
    await press(el, '#save-opportunity');
    await until(() => inside(el, '#opportunity-conflict'));
  },
};
/** The city's coordinator: offers of help from the resident survey, each with the consent the person gave (ADR 0054). */
export const HelpOffers: Story = {
  args: { staffUser: cityCoordinator },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '#view-offers');
    await until(() => inside(el, '.mark-offer'));
  },
};
/** One offer marked handled: when and by whom, and the button to open it again. */
export const HelpOfferHandled: Story = {
  args: { staffUser: cityCoordinator, lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '#view-offers');
    await press(el, '.mark-offer');
    await until(() => inside(el, '.mark-offer')?.textContent?.includes('Öppna igen'));
  },
};
/** No offers of help. */
export const HelpOffersNone: Story = {
  args: { staffUser: cityCoordinator, lang: 'en', staffApiFactory: demoStaffApi('empty') },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '#view-offers');
    await until(() => inside(el, '#view-title')?.textContent?.includes('resident survey'));
  },
};
/** The sign-ups of a shift with a role for work with children: the record extract noted seen (when and by whom only). */
export const RecordExtractSeen: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await press(el, '.open-opportunity');
    await press(el, '.show-signups');
    await press(el, '.record-check');
    await until(() => inside(el, '.record-check:checked'));
  },
};
