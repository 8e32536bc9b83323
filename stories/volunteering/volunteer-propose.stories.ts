import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NetworkError, ProblemError, type TalkootProposal, type TalkootProposalSubmission, type VolunteeringApi } from '@kohtaamo/core';
import { fill, inside, pressSubmit, until } from '../feedback/story-helpers.js';

type ProposeApi = Pick<VolunteeringApi, 'propose'>;

interface Args {
  lang: 'fi' | 'sv' | 'en';
  area: string;
  organisationName: string;
  /** Not an attribute: the story's stand-in for the server. */
  volunteeringApi: ProposeApi;
  /** Names the draft in localStorage; each story keeps its own. */
  id: string;
}

/** A stand-in for the server: stores the proposal in memory, or is down, or refuses a field. */
function demoProposeApi(mode: 'ok' | 'offline' | 'invalid' = 'ok'): ProposeApi {
  return {
    async propose(body: TalkootProposalSubmission): Promise<TalkootProposal> {
      if (mode === 'offline') throw new NetworkError('Failed to fetch');
      if (mode === 'invalid') throw new ProblemError({ type: 'about:blank', title: 'Invalid', status: 422, errors: [{ pointer: '#/where', code: 'common.tooLong', detail: '', params: { max: 200 } }] } as never, 422);
      return { id: 'p-story', status: 'proposed', what: body.what, description: body.description, where: body.where, area: body.area, startsAt: body.startsAt, endsAt: body.endsAt, expectedPeople: body.expectedPeople, supplies: body.supplies ?? [], organisationName: body.organisationName ?? '', declineReason: null, opportunityId: null, createdAt: new Date().toISOString() };
    },
  };
}

const fresh = (id: string) => () => {
  localStorage.removeItem(`kohtaamo:volunteer-propose:${id}`);
  sessionStorage.removeItem(`kohtaamo:volunteer-propose:${id}`);
};

async function fillProposal(el: Element): Promise<void> {
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const values: Record<string, string> = {
    what: 'Rantapuiston siivoustalkoot', description: 'Kerätään roskat rannalta.', where: 'Tähtiniemen uimaranta', area: 'tahtiniemi',
    date: day, startTime: '10:00', endTime: '13:00', expectedPeople: '12', supplies: '20 roskapussia\nroskapihtejä', proposerName: 'Pekka Puistonen', proposerEmail: 'pekka@example.fi',
  };
  for (const [name, value] of Object.entries(values)) fill(await until(() => inside<HTMLInputElement>(el, `[name=${name}]`)), value);
}

const host = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-volunteer-propose')!;

const meta: Meta<Args> = {
  title: 'Volunteering/Talkoot proposal',
  component: 'kohtaamo-volunteer-propose',
  tags: ['autodocs'],
  args: { lang: 'fi', area: '', organisationName: '', volunteeringApi: demoProposeApi(), id: 'story-propose' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    area: { control: 'text' },
    organisationName: { control: 'text' },
    volunteeringApi: { table: { disable: true } },
    id: { table: { disable: true } },
  },
  render: ({ lang, area, organisationName, volunteeringApi, id }) =>
    html`<kohtaamo-volunteer-propose id=${id} lang=${lang} area=${area} organisation-name=${organisationName} .volunteeringApi=${volunteeringApi}></kohtaamo-volunteer-propose>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form. */
export const Form: Story = { beforeEach: fresh('story-propose') };
export const Swedish: Story = { args: { lang: 'sv', id: 'story-propose-sv' }, beforeEach: fresh('story-propose-sv') };
export const English: Story = { args: { lang: 'en', id: 'story-propose-en' }, beforeEach: fresh('story-propose-en') };
/** On an association's page: its name and area filled in. */
export const ForAnAssociation: Story = { args: { id: 'story-propose-assoc', area: 'keskusta', organisationName: 'Heinolan Latu ry' }, beforeEach: fresh('story-propose-assoc') };
/** Sent with nothing filled in: every error by its field and in the summary. */
export const Errors: Story = {
  args: { id: 'story-propose-errors' },
  beforeEach: fresh('story-propose-errors'),
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await pressSubmit(el);
    await until(() => inside(el, '[part="summary"]'));
  },
};
/** The server refused a field (its 422 mapped back onto the field). */
export const ServerRefusedAField: Story = {
  args: { id: 'story-propose-422', volunteeringApi: demoProposeApi('invalid') },
  beforeEach: fresh('story-propose-422'),
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillProposal(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part="summary"]'));
  },
};
/** The connection dropped: the text is kept and sent again by itself, or with “try now”. */
export const WaitingForNetwork: Story = {
  args: { id: 'story-propose-offline', volunteeringApi: demoProposeApi('offline') },
  beforeEach: fresh('story-propose-offline'),
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillProposal(el);
    await pressSubmit(el);
    await until(() => inside(el, '#retry'));
  },
};
/** The proposal was received. */
export const Sent: Story = {
  args: { id: 'story-propose-sent' },
  beforeEach: fresh('story-propose-sent'),
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillProposal(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part="confirmation"]'));
  },
};
