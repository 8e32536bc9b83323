import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { CityConfig } from '../platform/platform.config.js';
import { BudgetRulesSchema, type RulesSetting } from '@kohtaamo/core';
import * as v from 'valibot';
import { proposalRow } from './budgeting.repository.js';
import './budgeting.tables.js';

const DAY = 86_400_000;

/** The demo round's id for a city: "heinola-2027" for "Heinolan kaupunki". */
export function demoRoundId(city: CityConfig): string {
  const word = city.name.split(/\s+/)[0] ?? 'demo';
  const slug = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/n$/, '') // Finnish genitive: "Heinolan" → "heinola"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'demo'}-2027`;
}

const place = (city: CityConfig) => city.name.split(/\s+/)[0]?.replace(/n$/, '') ?? city.name;

interface DemoProposal {
  readonly id: string;
  readonly budget: 'keskusta' | 'kylat';
  readonly lang: 'fi' | 'sv' | 'en';
  readonly title: string;
  readonly description: string;
  readonly cost: number;
  readonly review: { status: 'feasible'; cost: number } | { status: 'rejected' | 'merged'; reason: string; into?: string } | null;
}

const PROPOSALS: readonly DemoProposal[] = [
  { id: 'pdemo0000001', budget: 'keskusta', lang: 'fi', title: 'Valaistu kuntoportaat harjulle', description: 'Harjun rinteeseen valaistut kuntoportaat, joita voi käyttää myös pimeään vuodenaikaan.', cost: 90_000, review: { status: 'feasible', cost: 110_000 } },
  { id: 'pdemo0000002', budget: 'keskusta', lang: 'sv', title: 'Sittbänkar längs strandpromenaden', description: 'Fler bänkar med ryggstöd längs strandpromenaden, så att äldre kan vila på vägen.', cost: 25_000, review: { status: 'feasible', cost: 30_000 } },
  { id: 'pdemo0000003', budget: 'keskusta', lang: 'en', title: 'Outdoor table tennis by the library', description: 'Two weatherproof table tennis tables in the park next to the library, free for everyone.', cost: 15_000, review: { status: 'feasible', cost: 18_000 } },
  { id: 'pdemo0000004', budget: 'keskusta', lang: 'fi', title: 'Tori-iltojen esiintymislava', description: 'Siirrettävä esiintymislava torille kesäiltojen konsertteja ja harrastajaryhmiä varten.', cost: 60_000, review: { status: 'feasible', cost: 75_000 } },
  { id: 'pdemo0000005', budget: 'keskusta', lang: 'fi', title: 'Uusi uimahalli', description: 'Keskustaan uusi uimahalli, jossa on myös kylpyläosasto ja liukumäet lapsille.', cost: 12_000_000, review: { status: 'rejected', reason: 'Hanke on moninkertaisesti budjettia suurempi; uimahallista päätetään kaupungin investointiohjelmassa.' } },
  { id: 'pdemo0000006', budget: 'kylat', lang: 'fi', title: 'Kyläkoulun pihan leikkipaikka', description: 'Vanhan kyläkoulun pihalle leikkivälineet, joita kylän lapset voivat käyttää myös iltaisin.', cost: 40_000, review: { status: 'feasible', cost: 45_000 } },
  { id: 'pdemo0000007', budget: 'kylat', lang: 'sv', title: 'Brygga vid badstranden', description: 'En ny brygga vid byns badstrand, tillgänglig även med rullator.', cost: 35_000, review: { status: 'feasible', cost: 38_000 } },
  { id: 'pdemo0000008', budget: 'kylat', lang: 'en', title: 'Ski track lighting', description: 'Lighting for the village ski track so it can be used after work in winter.', cost: 70_000, review: { status: 'feasible', cost: 80_000 } },
  { id: 'pdemo0000009', budget: 'kylat', lang: 'fi', title: 'Uimarannan laituri', description: 'Uusi laituri uimarannalle, johon pääsee myös rollaattorilla.', cost: 30_000, review: { status: 'merged', reason: 'Yhdistetty samaa laituria koskevaan ehdotukseen.', into: 'pdemo0000007' } },
];

const SETTING: RulesSetting = {
  ballot: { type: 'approval', minProjects: 1, maxProjects: 3 },
  winnerRule: 'mes',
  utility: 'cost',
  completion: 'add1',
  tieBreaking: { order: ['lowest-cost', 'most-votes', 'lot'] },
  randomOrder: true,
};

/**
 * The demo: a participatory budgeting round of the demo city ("Heinola 2027"), whose vote is
 * open now (relative to `now`), with two area budgets and reviewed proposals in Finnish,
 * Swedish and English. Idempotent: a second run changes nothing.
 */
export async function seedBudgetingDemo(db: Kysely<Database>, city: CityConfig, now: Date): Promise<string> {
  const roundId = demoRoundId(city);
  const existing = await db.selectFrom('budgeting_rounds').select('id').where('id', '=', roundId).executeTakeFirst();
  if (existing) return roundId;
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const name = place(city);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('budgeting_rounds')
      .values({
        id: roundId,
        title_fi: `${name} 2027: osallistuva budjetointi`,
        title_sv: `${name} 2027: deltagande budgetering`,
        title_en: `${name} 2027: participatory budgeting`,
        description_fi: 'Ehdota, miten osa kaupungin rahoista käytetään, ja äänestä parhaista ehdotuksista.',
        description_sv: 'Föreslå hur en del av stadens pengar används och rösta på de bästa förslagen.',
        description_en: 'Propose how part of the city’s money is spent, and vote for the best proposals.',
        proposals_open_at: at(-90),
        proposals_close_at: at(-45),
        voting_open_at: at(-2),
        voting_close_at: at(14),
        results_at: at(16),
        implementation_at: at(60),
        voter_may_vote_in: 'one',
        closed_at: null,
        results_published_at: null,
        registry_purged_at: null,
        tally_requested_at: null,
        created_at: at(-100),
      })
      .execute();
    const budgets = [
      { id: `${roundId}-keskusta`, key: 'keskusta', kind: 'area', name_fi: 'Keskusta', name_sv: 'Centrum', name_en: 'Town centre', amount: 200_000 },
      { id: `${roundId}-kylat`, key: 'kylat', kind: 'area', name_fi: 'Kylät', name_sv: 'Byarna', name_en: 'Villages', amount: 120_000 },
    ];
    for (const [i, b] of budgets.entries()) {
      await trx
        .insertInto('budgeting_budgets')
        .values({ id: b.id, round_id: roundId, kind: b.kind, name_fi: b.name_fi, name_sv: b.name_sv, name_en: b.name_en, amount: b.amount, rules_json: null, setting_json: null, sort_order: i })
        .execute();
    }
    for (const [i, p] of PROPOSALS.entries()) {
      const review = p.review;
      await trx
        .insertInto('budgeting_proposals')
        .values(
          proposalRow({
            id: p.id,
            round_id: roundId,
            budget_id: `${roundId}-${p.budget}`,
            title: p.title,
            description: p.description,
            lang: p.lang,
            estimated_cost: p.cost,
            status: review?.status ?? 'submitted',
            cost_estimate: review?.status === 'feasible' ? review.cost : null,
            public_reason: review && review.status !== 'feasible' ? review.reason : null,
            merged_into: review && review.status === 'merged' ? (review.into ?? null) : null,
            reviewed_at: review ? at(-40) : null,
            created_at: at(-80 + i),
          }),
        )
        .execute();
    }
    for (const b of budgets) {
      const projects = PROPOSALS.filter((p) => p.budget === b.key && p.review?.status === 'feasible').map((p) => ({ id: p.id, cost: (p.review as { cost: number }).cost }));
      const { randomOrder: _r, ...rest } = SETTING;
      const rules = v.parse(BudgetRulesSchema, { ...rest, budget: b.amount, projects });
      await trx.updateTable('budgeting_budgets').set({ rules_json: JSON.stringify(rules), setting_json: JSON.stringify(SETTING) }).where('id', '=', b.id).execute();
      await trx
        .insertInto('budgeting_rules_log')
        .values({ round_id: roundId, budget_id: b.id, at: at(-3), actor_id: null, action: 'set', detail: JSON.stringify({ setting: SETTING, rules }) })
        .execute();
    }
  });
  return roundId;
}

/** The demo's next round ("heinola-2028"): its proposal phase is open now, so residents can propose in the demo. */
export function demoProposalRoundId(city: CityConfig): string {
  return demoRoundId(city).replace(/-2027$/, '-2028');
}

/**
 * The demo's second round, collecting proposals now (relative to `now`), with an area and a
 * theme budget and one proposal already in. Idempotent.
 */
export async function seedBudgetingProposalDemo(db: Kysely<Database>, city: CityConfig, now: Date): Promise<string> {
  const roundId = demoProposalRoundId(city);
  if (await db.selectFrom('budgeting_rounds').select('id').where('id', '=', roundId).executeTakeFirst()) return roundId;
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const name = place(city);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('budgeting_rounds')
      .values({
        id: roundId,
        title_fi: `${name} 2028: ehdota hanketta`,
        title_sv: `${name} 2028: föreslå ett projekt`,
        title_en: `${name} 2028: propose a project`,
        description_fi: 'Seuraavan kierroksen ehdotukset kerätään nyt.',
        description_sv: 'Förslagen för nästa omgång samlas in nu.',
        description_en: 'Proposals for the next round are being collected now.',
        proposals_open_at: at(-7),
        proposals_close_at: at(45),
        voting_open_at: at(120),
        voting_close_at: at(134),
        results_at: at(136),
        implementation_at: at(180),
        voter_may_vote_in: 'all',
        closed_at: null,
        results_published_at: null,
        registry_purged_at: null,
        tally_requested_at: null,
        created_at: at(-8),
      })
      .execute();
    const budgets = [
      { id: `${roundId}-alueet`, kind: 'area', name_fi: 'Asuinalueet', name_sv: 'Bostadsområden', name_en: 'Neighbourhoods', amount: 150_000 },
      { id: `${roundId}-nuoret`, kind: 'theme', name_fi: 'Nuoret', name_sv: 'Unga', name_en: 'Young people', amount: 50_000 },
    ];
    for (const [i, b] of budgets.entries()) {
      await trx.insertInto('budgeting_budgets').values({ ...b, round_id: roundId, rules_json: null, setting_json: null, sort_order: i }).execute();
    }
    await trx
      .insertInto('budgeting_proposals')
      .values(
        proposalRow({
          id: 'pdemo0002801',
          round_id: roundId,
          budget_id: `${roundId}-nuoret`,
          title: 'Nuorisotalon pihalle siirrettävät skeittirampit',
          description: 'Siirrettävät rampit nuorisotalon pihalle kesäksi; talveksi ne varastoidaan.',
          lang: 'fi',
          estimated_cost: 30_000,
          address: 'Nuorisotalo',
          created_at: at(-3),
        }),
      )
      .execute();
  });
  return roundId;
}
