import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VolunteeringApi } from '@kohtaamo/core';
import { fill, inside, pressSubmit, until } from '../feedback/story-helpers.js';
import { demoVolunteeringApi, storyOpportunity, storyShift, STORY_CODE } from './demo-volunteering-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  opportunity: string;
  manageCode: string;
  /** Not an attribute: the story's stand-in for the server. */
  volunteeringApi: VolunteeringApi;
}

const meta: Meta<Args> = {
  title: 'Volunteering/Volunteer sign-up',
  component: 'kohtaamo-volunteer-signup',
  tags: ['autodocs'],
  args: { lang: 'fi', opportunity: 'o-story', manageCode: '', volunteeringApi: demoVolunteeringApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    opportunity: { control: 'text' },
    manageCode: { control: 'text' },
    volunteeringApi: { table: { disable: true } },
  },
  render: ({ lang, opportunity, manageCode, volunteeringApi }) =>
    html`<kohtaamo-volunteer-signup lang=${lang} opportunity=${opportunity} manage-code=${manageCode} .volunteeringApi=${volunteeringApi}></kohtaamo-volunteer-signup>`,
};
export default meta;

type Story = StoryObj<Args>;

const host = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-volunteer-signup')!;

/** Presses "Ilmoittaudu": the form (a part of its own, docs/adr/0091) replaces the button. */
async function openForm(el: Element): Promise<void> {
  const shown = await until(() => inside<HTMLElement>(el, 'form') ?? inside<HTMLElement>(el, 'button#open'));
  if (shown.localName === 'button') shown.click();
  await until(() => inside(el, 'form'));
}

const opened = { play: async ({ canvasElement }: { canvasElement: HTMLElement }) => openForm(host(canvasElement)) };

/** Fills the form as a person would: name, email, age (and a guardian under 18). */
async function fillSignup(el: Element, age = '34'): Promise<void> {
  await openForm(el);
  const values: Record<string, string> = { name: 'Aino Latunen', email: 'aino@example.fi', age };
  for (const [name, value] of Object.entries(values)) fill(await until(() => inside<HTMLInputElement>(el, `input[name=${name}]`)), value);
}

/** What a visitor first sees: the talkoot, its two shifts with the seats left, and "Ilmoittaudu". */
export const FirstView: Story = {};
/** The form opened: two shifts to choose from, the seat hold, roles. */
export const Form: Story = opened;
export const Swedish: Story = { args: { lang: 'sv' }, ...opened };
export const English: Story = { args: { lang: 'en' }, ...opened };
/** The sign-up opened by its manage link: change the group size or cancel. */
export const ManageLink: Story = { args: { manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi() } };
/** Opened by the manage link after a cancellation. */
export const Cancelled: Story = { args: { manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi({ receipt: { status: 'cancelled' } }) } };
/** On the waiting list. */
export const Waiting: Story = { args: { manageCode: STORY_CODE, lang: 'en', volunteeringApi: demoVolunteeringApi({ receipt: { status: 'waiting', position: 2 } }) } };
/** Every shift has started: no form. */
export const Closed: Story = { args: { volunteeringApi: demoVolunteeringApi({ opportunity: storyOpportunity([]) }) } };
/** The server cannot be reached. */
export const Unavailable: Story = { args: { volunteeringApi: demoVolunteeringApi({ fail: true }) } };
/** Sent with a minor's age and nothing else: every error at the top and by its field, the guardian's fields asked for. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await openForm(el);
    fill(await until(() => inside<HTMLInputElement>(el, 'input[name=age]')), '15');
    await pressSubmit(el);
    await until(() => inside(el, '#summary'));
  },
};
/** Signed up: the confirmation with the manage code, the focus on its heading. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillSignup(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part=confirmation]'));
  },
};
/** Signed up in Swedish for the full shift: on the waiting list. */
export const ConfirmedOnTheWaitingList: Story = {
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await openForm(el);
    fill(await until(() => inside<HTMLSelectElement>(el, 'select[name=shift]')), 's-story-2');
    await fillSignup(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part=confirmation]'));
  },
};
/** The person has signed up on this device for another talkoot at the same time: warned above the form. */
export const OverlapWarning: Story = {
  args: {
    volunteeringApi: demoVolunteeringApi({
      overlaps: [{ shiftId: 's-other', opportunityId: 'o-other', title: { fi: 'Rantapuiston siivoustalkoot', sv: 'Städtalko i strandparken', en: 'Shore park clean-up' }, startsAt: storyOpportunity().shifts[0]!.startsAt, endsAt: storyOpportunity().shifts[0]!.endsAt }],
    }),
  },
  // The overlaps are asked for with the manage codes this device keeps.
  beforeEach: () => localStorage.setItem('kohtaamo-volunteering-codes', JSON.stringify([STORY_CODE])),
  play: async ({ canvasElement }) => void (await until(() => inside(host(canvasElement), '#overlap'))),
};
/** A role for work with children: the note that a criminal record extract is shown to the coordinator. */
export const RoleWithRecordCheck: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await openForm(el);
    fill(await until(() => inside<HTMLSelectElement>(el, 'select[name=role]')), 'lapset');
    await until(() => inside(el, '#role-hint'));
  },
};
/** Sent and not yet answered: the button says so and takes no second press. */
export const Sending: Story = {
  args: { volunteeringApi: demoVolunteeringApi({ neverAnswers: true }) },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillSignup(el);
    await pressSubmit(el);
    await until(() => inside(el, 'button[type=submit][aria-disabled=true]'));
  },
};
/** The shift and its waiting list filled up while the form was filled in: the refusal above the form, what was typed kept. */
export const Full: Story = {
  args: {
    lang: 'sv',
    volunteeringApi: demoVolunteeringApi({ opportunity: storyOpportunity([storyShift('s-story-full', 7, { capacity: 3, attending: 2, waiting: 2, waitingListCapacity: 2, maxGroupSize: 1, roles: [] })]) }),
  },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillSignup(el);
    // Seats taken by others meanwhile: the stand-in refuses when every seat and place is taken.
    const api = (el as unknown as { volunteeringApi: VolunteeringApi }).volunteeringApi;
    const shift = (await api.opportunity('o-story')).shifts[0]!;
    shift.attending = 3;
    await pressSubmit(el);
    await until(() => inside(el, '.notice.warning'));
  },
};
/** The group size changed by the manage link. */
export const GroupSizeChanged: Story = {
  args: { lang: 'sv', manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi() },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    fill(await until(() => inside<HTMLInputElement>(el, 'input[name=groupSize]')), '3');
    (await until(() => inside<HTMLButtonElement>(el, 'form button[type=submit]'))).click();
    await until(() => inside(el, '[part=confirmation]')?.textContent?.includes('3 personer'));
  },
};
/** A larger group than the shift takes, asked for by the manage link: the server's refusal by the field. */
export const GroupSizeTooLarge: Story = {
  args: { lang: 'en', manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi() },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    fill(await until(() => inside<HTMLInputElement>(el, 'input[name=groupSize]')), '9');
    (await until(() => inside<HTMLButtonElement>(el, 'form button[type=submit]'))).click();
    await until(() => inside(el, '#groupSize-error'));
  },
};
