import {
  computeFeedbackStats,
  defaultPeriod,
  NetworkError,
  type FeedbackStats,
  type ReportTimes,
  type SignalsApi,
} from '@kohtaamo/core';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const HOUR = 3_600_000;

const CATEGORIES = new Map([
  ['streets', { fi: 'Kadut ja liikenne', sv: 'Gator och trafik', en: 'Streets and traffic' }],
  ['parks', { fi: 'Puistot ja viheralueet', sv: 'Parker och grönområden', en: 'Parks and green areas' }],
  ['library', { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' }],
  ['sports', { fi: 'Liikuntapaikat', sv: 'Idrottsplatser', en: 'Sports facilities' }],
]);
const UNITS = new Map([
  ['street-green', { fi: 'Katu- ja viherpalvelut', sv: 'Gatu- och grönservice', en: 'Street and green services' }],
  ['library', { fi: 'Kirjastopalvelut', sv: 'Bibliotekstjänster', en: 'Library services' }],
  ['sports', { fi: 'Liikuntapalvelut', sv: 'Idrottstjänster', en: 'Sports services' }],
]);
const UNIT_OF: Record<string, string> = { streets: 'street-green', parks: 'street-green', library: 'library', sports: 'sports' };

/** Twelve weeks of made-up reports with a fixed pattern: the same figures on every render. */
function demoReports(): ReportTimes[] {
  const ids = [...CATEGORIES.keys()];
  const reports: ReportTimes[] = [];
  for (let i = 0; i < 160; i++) {
    const categoryId = ids[i % ids.length]!;
    const created = new Date(NOW.getTime() - (84 - (i * 84) / 160) * 24 * HOUR);
    const firstHours = [3, 10, 22, 30, 50, 75, 120, 200][i % 8]!;
    const closeHours = firstHours + [24, 48, 96, 160, 300][i % 5]!;
    const first = new Date(created.getTime() + firstHours * HOUR);
    const closed = new Date(created.getTime() + closeHours * HOUR);
    const neglected = i % 13 === 0;
    reports.push({
      categoryId,
      unitId: UNIT_OF[categoryId] ?? null,
      createdAt: created.toISOString(),
      firstResponseAt: !neglected && first <= NOW ? first.toISOString() : null,
      closedAt: !neglected && closed <= NOW ? closed.toISOString() : null,
    });
  }
  return reports;
}

export interface DemoSignalsOptions {
  readonly state?: 'ok' | 'offline' | 'loading' | 'empty';
}

/** A stand-in for the stats API in stories: core's own logic over made-up reports. */
export function demoSignalsApi(options: DemoSignalsOptions = {}): SignalsApi {
  return {
    async feedbackStats(query): Promise<FeedbackStats> {
      if (options.state === 'loading') return new Promise<FeedbackStats>(() => undefined);
      if (options.state === 'offline') throw new NetworkError('Failed to fetch');
      const period = defaultPeriod(NOW);
      const category = typeof query.category === 'string' && query.category ? query.category : undefined;
      const unit = typeof query.unit === 'string' && query.unit ? query.unit : undefined;
      return computeFeedbackStats({
        reports: options.state === 'empty' ? [] : demoReports(),
        from: typeof query.from === 'string' && query.from ? query.from : period.from,
        to: typeof query.to === 'string' && query.to ? query.to : period.to,
        now: NOW,
        targetWorkingDays: 5,
        categories: CATEGORIES,
        units: UNITS,
        filters: { category, unit },
      });
    },
  };
}
