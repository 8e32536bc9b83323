// A FeedbackApi without a server, for the stories: Storybook has no Kohtaamo server to talk to.
// The elements take it through their `feedbackApi` property (a documented seam for stories and
// for pages that bring their own transport); everything else about them is the real thing.
import {
  NetworkError,
  PROBLEM_TYPES,
  ProblemError,
  type FeedbackApi,
  type FeedbackCategory,
  type FeedbackStatus,
} from '@kohtaamo/core';

export const DEMO_CATEGORIES: FeedbackCategory[] = [
  {
    id: 'streets',
    name: { fi: 'Kadut ja liikenne', sv: 'Gator och trafik', en: 'Streets and traffic' },
    description: { fi: 'Katujen kunto ja liikenne.', sv: 'Gatornas skick och trafik.', en: 'Street condition and traffic.' },
    attributes: [],
    notices: [],
  },
  {
    id: 'parks',
    name: { fi: 'Puistot ja viheralueet', sv: 'Parker och grönområden', en: 'Parks and green areas' },
    description: { fi: 'Puistot ja leikkipaikat.', sv: 'Parker och lekplatser.', en: 'Parks and playgrounds.' },
    attributes: [],
    notices: [],
  },
  {
    id: 'library',
    name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
    description: { fi: 'Kaupunginkirjasto.', sv: 'Stadsbiblioteket.', en: 'The city library.' },
    attributes: [],
    notices: [],
  },
  {
    id: 'youth',
    name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' },
    description: { fi: 'Nuorisotilat.', sv: 'Ungdomsgårdar.', en: 'Youth centres.' },
    attributes: [],
    notices: [],
  },
];

/** A feedback the city has answered. */
export const ANSWERED: FeedbackStatus = {
  trackingCode: 'PARK-2025-B',
  category: { id: 'parks', name: DEMO_CATEGORIES[1]!.name },
  status: 'done',
  createdAt: '2025-05-02T13:45:00.000Z',
  updatedAt: '2025-05-06T11:30:00.000Z',
  reply: {
    text: 'Kiitos ilmoituksesta! Rikkoutunut keinu poistettiin käytöstä samana päivänä, ja uusi ketju vaihdettiin 6.5.',
    repliedAt: '2025-05-06T11:30:00.000Z',
  },
};

/** A feedback nobody has answered yet. */
export const WAITING_FOR_REPLY: FeedbackStatus = {
  trackingCode: 'T1E0-2025-C',
  category: { id: 'streets', name: DEMO_CATEGORIES[0]!.name },
  status: 'received',
  createdAt: '2025-05-12T06:41:00.000Z',
  updatedAt: '2025-05-12T06:41:00.000Z',
  reply: null,
};

export interface DemoOptions {
  /** What sending does: answer with a receipt, or find no network. */
  readonly submit?: 'ok' | 'offline';
  /** Whether the topics load. */
  readonly categories?: 'ok' | 'offline';
  /** Whether a status look-up reaches the server. */
  readonly status?: 'ok' | 'offline';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function demoFeedbackApi(options: DemoOptions = {}): FeedbackApi {
  const known = new Map([ANSWERED, WAITING_FOR_REPLY].map((s) => [s.trackingCode, s]));
  return {
    async listCategories() {
      await pause(50);
      if (options.categories === 'offline') throw new NetworkError('Failed to fetch');
      return DEMO_CATEGORIES;
    },
    async submit() {
      await pause(300);
      if (options.submit === 'offline') throw new NetworkError('Failed to fetch');
      return { trackingCode: '7K3M-Q9XD-K', status: 'received', createdAt: new Date().toISOString() };
    },
    async getStatus(code) {
      await pause(150);
      if (options.status === 'offline') throw new NetworkError('Failed to fetch');
      const found = known.get(code);
      if (!found) throw new ProblemError({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404 }, 404);
      return found;
    },
  };
}
