/**
 * City-scale participatory budgeting for measuring (issue 13): one round a year, each closed
 * and awaiting its tally, with up to 100,000 ballots per round, reproducible from a seed. A
 * round has one city-wide budget of 40 projects (5,000–400,000 €, log-uniform; the budget 30 %
 * of their total) under Helsinki's rule (equal shares, cost utility, Add1 completion) and
 * approval ballots of 1–5 projects; popularity follows a Zipf-like law, and five areas favour
 * their own area's projects three to one (as bench/budgeting-city.ts). Every ballot is valid
 * under the round's rules; each has its receipt code and a participation row (a keyed-hash
 * voter key), as a real vote leaves them. Run through `npm run seed:scale`.
 */
import { BudgetRulesSchema, generateReceiptCode, mulberry32, validateBallot, type BudgetRules, type RulesSetting } from '@kohtaamo/core';
import type { Insertable, Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { ScaleSeedOptions } from '../platform/module.js';
import { proposalRow } from './budgeting.repository.js';
import type { BudgetingBallotTable, BudgetingParticipationTable } from './budgeting.tables.js';
import './budgeting.tables.js';

const DAY = 86_400_000;
/** Ballots per round at most: a larger size makes more rounds (one a year, up to `years`). */
export const BALLOTS_PER_ROUND = 100_000;
const PROJECTS = 40;
const BATCH = 400;
const BATCHES_PER_TRANSACTION = 25;

const SETTING: RulesSetting = {
  ballot: { type: 'approval', minProjects: 1, maxProjects: 5 },
  winnerRule: 'mes',
  utility: 'cost',
  completion: 'add1',
  tieBreaking: { order: ['lowest-cost', 'most-votes', 'lot'] },
  randomOrder: true,
};

const TITLES = ['Valaistu kuntorata', 'Leikkipuiston uudistus', 'Koirapuisto', 'Ulkokuntosali', 'Penkkejä rantaan', 'Pyöräkatos asemalle', 'Skeittiparkki', 'Kirjaston lukunurkkaus', 'Uimarannan laituri', 'Kaupunkiviljelypalstat'];
const AREAS = ['Keskusta', 'Itä', 'Länsi', 'Pohjoinen', 'Etelä'];

/** The id of the round of `year` written by the generator. */
export const scaleRoundId = (year: number) => `scale-${year}`;

export interface BudgetingScaleWritten {
  readonly rounds: readonly string[];
  readonly ballots: number;
}

/**
 * Writes `size` ballots over ceil(size / 100,000) rounds (at most `years`, one a year, the
 * newest closed a week before `now`). Rounds already there are left as they are.
 */
export async function seedBudgetingAtScale(db: Kysely<Database>, options: ScaleSeedOptions): Promise<BudgetingScaleWritten> {
  const random = mulberry32(options.seed ^ 0x5eed_b0d9);
  const bytes = (array: Uint8Array) => {
    for (let i = 0; i < array.length; i++) array[i] = Math.floor(random() * 256);
    return array;
  };
  const hex = (n: number) => Array.from(bytes(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');
  const roundCount = Math.max(1, Math.min(options.years, Math.ceil(options.size / BALLOTS_PER_ROUND)));
  const rounds: string[] = [];
  let written = 0;
  for (let r = 0; r < roundCount; r++) {
    const ballots = Math.floor(options.size / roundCount) + (r < options.size % roundCount ? 1 : 0);
    const closeAt = new Date(options.now.getTime() - 7 * DAY - r * 365 * DAY);
    const year = closeAt.getUTCFullYear();
    const roundId = scaleRoundId(year);
    const budgetId = `${roundId}-kaupunki`;
    rounds.push(roundId);
    if (await db.selectFrom('budgeting_rounds').select('id').where('id', '=', roundId).executeTakeFirst()) continue;
    const at = (days: number) => new Date(closeAt.getTime() + days * DAY).toISOString();

    // Projects: costs log-uniform, an area each, a popularity rank.
    const costs = Array.from({ length: PROJECTS }, () => Math.round(Math.exp(Math.log(5000) + random() * Math.log(400000 / 5000)) / 100) * 100);
    const areaOf = Array.from({ length: PROJECTS }, () => Math.floor(random() * AREAS.length));
    const rank = Array.from({ length: PROJECTS }, (_, i) => i).sort(() => random() - 0.5);
    const weight = rank.map((k) => 1 / Math.pow(k + 1, 0.9));
    const ids = Array.from({ length: PROJECTS }, (_, j) => `p${year}${String(j + 1).padStart(4, '0')}`);
    const amount = Math.round((costs.reduce((a, b) => a + b, 0) * 0.3) / 1000) * 1000;
    const { randomOrder: _r, ...setting } = SETTING;
    const rules: BudgetRules = v.parse(BudgetRulesSchema, { ...setting, budget: amount, projects: ids.map((id, j) => ({ id, cost: costs[j]! })) });

    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('budgeting_rounds')
        .values({
          id: roundId,
          title_fi: `Osallistuva budjetointi ${year}`,
          title_sv: `Deltagande budgetering ${year}`,
          title_en: `Participatory budgeting ${year}`,
          description_fi: 'Kaupunkitason kierros (mittausaineisto).',
          description_sv: 'En stadsomfattande omgång (mätdata).',
          description_en: 'A city-wide round (data for measuring).',
          proposals_open_at: at(-120),
          proposals_close_at: at(-80),
          voting_open_at: at(-21),
          voting_close_at: at(0),
          results_at: at(14),
          implementation_at: at(60),
          voter_may_vote_in: 'one',
          closed_at: at(0),
          results_published_at: null,
          registry_purged_at: null,
          tally_requested_at: null,
          created_at: at(-130),
        })
        .execute();
      await trx
        .insertInto('budgeting_budgets')
        .values({ id: budgetId, round_id: roundId, kind: 'theme', name_fi: 'Koko kaupunki', name_sv: 'Hela staden', name_en: 'The whole city', amount, rules_json: JSON.stringify(rules), setting_json: JSON.stringify(SETTING), sort_order: 0 })
        .execute();
      await trx
        .insertInto('budgeting_proposals')
        .values(
          ids.map((id, j) =>
            proposalRow({
              id,
              round_id: roundId,
              budget_id: budgetId,
              title: `${TITLES[j % TITLES.length]}, ${AREAS[areaOf[j]!]} (${j + 1})`,
              description: 'Ehdotus kaupunkitason mittausaineistoon; kustannusarvio tarkistettu.',
              lang: 'fi',
              estimated_cost: costs[j]!,
              status: 'feasible',
              cost_estimate: costs[j]!,
              reviewed_at: at(-60),
              created_at: at(-110 + (j % 30)),
            }),
          ),
        )
        .execute();
      await trx.insertInto('budgeting_rules_log').values({ round_id: roundId, budget_id: budgetId, at: at(-22), actor_id: null, action: 'set', detail: JSON.stringify({ setting: SETTING, rules }) }).execute();
    });

    const lengths = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5];
    const codes = new Set<string>();
    let pending: { ballots: Insertable<BudgetingBallotTable>[]; participation: Insertable<BudgetingParticipationTable>[] }[] = [];
    let batch = { ballots: [] as Insertable<BudgetingBallotTable>[], participation: [] as Insertable<BudgetingParticipationTable>[] };
    const flush = async () => {
      if (batch.ballots.length > 0) pending.push(batch);
      batch = { ballots: [], participation: [] };
      if (pending.length === 0) return;
      const batches = pending;
      pending = [];
      await db.transaction().execute(async (trx) => {
        for (const b of batches) {
          await trx.insertInto('budgeting_ballots').values(b.ballots).execute();
          await trx.insertInto('budgeting_participation').values(b.participation).execute();
        }
      });
    };
    for (let n = 0; n < ballots; n++) {
      const area = Math.floor(random() * AREAS.length);
      const w = weight.map((x, j) => (areaOf[j] === area ? 3 * x : x));
      const length = lengths[Math.floor(random() * lengths.length)]!;
      const chosen = new Set<number>();
      while (chosen.size < length) {
        let total = 0;
        for (let j = 0; j < PROJECTS; j++) if (!chosen.has(j)) total += w[j]!;
        let x = random() * total;
        for (let j = 0; j < PROJECTS; j++) {
          if (chosen.has(j)) continue;
          x -= w[j]!;
          if (x <= 0 || j === PROJECTS - 1) {
            chosen.add(j);
            break;
          }
        }
      }
      const choices = [...chosen].map((j) => ids[j]!).sort().map((project) => ({ project }));
      if (validateBallot(rules, { choices }).length > 0) throw new Error(`generated an invalid ballot: ${JSON.stringify(choices)}`);
      let receipt = generateReceiptCode(bytes);
      while (codes.has(receipt)) receipt = generateReceiptCode(bytes);
      codes.add(receipt);
      const day = new Date(closeAt.getTime() - Math.floor(random() * 21) * DAY).toISOString().slice(0, 10);
      batch.ballots.push({ id: hex(16), budget_id: budgetId, choices_json: JSON.stringify(choices), receipt_code: receipt });
      batch.participation.push({ round_id: roundId, slot: roundId, voter_key: hex(32), voted_on: day, retry_tag: null });
      if (batch.ballots.length === BATCH) {
        pending.push(batch);
        batch = { ballots: [], participation: [] };
        if (pending.length === BATCHES_PER_TRANSACTION) {
          await flush();
          options.progress?.(written + n + 1);
        }
      }
    }
    await flush();
    written += ballots;
  }
  return { rounds, ballots: written };
}
