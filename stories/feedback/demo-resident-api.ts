// Stand-ins for the resident API in the stories (no server in Storybook): the public list,
// similar reports nearby, following, photo upload; and categories with questions and notices.
import {
  NetworkError,
  type FeedbackApi,
  type FeedbackCategory,
  type FeedbackResidentApi,
  type PublicFeedback,
} from '@kohtaamo/core';
import { DEMO_CATEGORIES, demoFeedbackApi } from './demo-feedback-api.js';

export const STREETS_WITH_QUESTIONS: FeedbackCategory = {
  ...DEMO_CATEGORIES[0]!,
  attributes: [
    {
      code: 'danger',
      datatype: 'singlevaluelist',
      variable: true,
      required: false,
      order: 1,
      description: { fi: 'Onko kyseessä vaaratilanne?', sv: 'Är det en farlig situation?', en: 'Is this a dangerous situation?' },
      values: [
        { key: 'immediate', name: { fi: 'Kyllä, välitön vaara', sv: 'Ja, omedelbar fara', en: 'Yes, immediate danger' } },
        { key: 'no', name: { fi: 'Ei', sv: 'Nej', en: 'No' } },
      ],
    },
  ],
  notices: [
    {
      id: '112',
      text: { fi: 'Hätätilanteessa soita 112.', sv: 'I nödsituationer ring 112.', en: 'In an emergency call 112.' },
      blocking: true,
      when: { attribute: 'danger', values: ['immediate'] },
    },
  ],
};

/** The feedback API with the streets category carrying its question and notice. */
export function demoFeedbackApiWithQuestions(): FeedbackApi {
  const base = demoFeedbackApi();
  return { ...base, listCategories: async () => [STREETS_WITH_QUESTIONS, ...DEMO_CATEGORIES.slice(1)] };
}

export const PUBLIC_ITEMS: PublicFeedback[] = [
  {
    trackingCode: 'PARK-2025-B',
    category: { id: 'parks', name: DEMO_CATEGORIES[1]!.name },
    status: 'done',
    message: 'Kaupunginpuiston leikkipaikan keinun ketju on katkennut ja roikkuu lasten korkeudella.',
    address: 'Kaupunginpuisto, leikkipaikka',
    point: { lat: 61.2029, lon: 26.033 },
    createdAt: '2025-05-02T13:45:00.000Z',
    updatedAt: '2025-05-06T11:30:00.000Z',
    reply: { text: 'Kiitos ilmoituksesta! Uusi ketju vaihdettiin 6.5.', repliedAt: '2025-05-06T11:30:00.000Z' },
    responseTime: { firstResponseSeconds: 337_500, closeSeconds: 337_500, firstResponseWorkingDays: 2, targetWorkingDays: 5, withinTarget: true },
    followers: 2,
    photos: [],
  },
  {
    trackingCode: 'HE1N-2025-A',
    category: { id: 'sports', name: { fi: 'Liikuntapaikat', sv: 'Idrottsplatser', en: 'Sports facilities' } },
    status: 'allocated',
    message: 'Harjun kuntoradan valot eivät ole syttyneet iltaisin viikkoon.',
    address: 'Harjun kuntorata',
    point: { lat: 61.2139, lon: 26.0567 },
    createdAt: '2025-05-08T15:20:00.000Z',
    updatedAt: '2025-05-09T07:05:00.000Z',
    reply: null,
    responseTime: { firstResponseSeconds: 56_700, closeSeconds: null, firstResponseWorkingDays: 1, targetWorkingDays: 5, withinTarget: true },
    followers: 0,
    photos: [],
  },
];

export interface DemoResidentOptions {
  readonly list?: 'items' | 'empty' | 'offline';
  readonly nearby?: boolean;
}

export function demoResidentApi(options: DemoResidentOptions = {}): FeedbackResidentApi {
  return {
    async listPublic(filter) {
      if (options.list === 'offline') throw new NetworkError('offline (story)');
      const items = options.list === 'empty' ? [] : PUBLIC_ITEMS.filter((i) => !filter.category || i.category.id === filter.category);
      return { items, page: 1, pageSize: 20, total: items.length };
    },
    async nearby() {
      return options.nearby ? [{ ...PUBLIC_ITEMS[1]!, distance: 48 }] : [];
    },
    async follow(code) {
      return { trackingCode: code, followers: 1 };
    },
    async uploadPhoto(photo) {
      return { id: crypto.randomUUID(), contentType: 'image/jpeg', byteSize: photo.size };
    },
  };
}
