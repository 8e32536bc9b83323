// A generated city-wide participatory-budgeting instance for bench/budgeting-rules.ts,
// reproducible from a seed.
import { buildElection, Rational, type Election, type RawBallot } from '../packages/core/src/budgeting/index.js';
import { mulberry32 } from '../packages/core/src/random/index.js';

/**
 * A city-wide instance: costs 5,000–400,000 € (log-uniform, rounded to 100 €), a budget of 30 %
 * of the total cost, popularity following a Zipf-like law (weight 1/rank^0.9) with five areas
 * whose residents favour their own area's projects three to one, and ballots of 1–5 approvals
 * (more 3s than 1s, as on OmaStadi).
 */
export function generateCity(seed: number, ballots: number, projects: number): Election {
  const random = mulberry32(seed);
  const costs = Array.from({ length: projects }, () => Math.round(Math.exp(Math.log(5000) + random() * Math.log(400000 / 5000)) / 100) * 100);
  const areaOf = Array.from({ length: projects }, () => Math.floor(random() * 5));
  const rank = Array.from({ length: projects }, (_, i) => i).sort(() => random() - 0.5);
  const weight = rank.map((r) => 1 / Math.pow(r + 1, 0.9));
  const lengths = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5];
  const raw: RawBallot[] = [];
  for (let v = 0; v < ballots; v++) {
    const area = Math.floor(random() * 5);
    const w = weight.map((x, j) => (areaOf[j] === area ? 3 * x : x));
    const length = lengths[Math.floor(random() * lengths.length)]!;
    const chosen = new Set<number>();
    while (chosen.size < length) {
      let total = 0;
      for (let j = 0; j < projects; j++) if (!chosen.has(j)) total += w[j]!;
      let x = random() * total;
      for (let j = 0; j < projects; j++) {
        if (chosen.has(j)) continue;
        x -= w[j]!;
        if (x <= 0) {
          chosen.add(j);
          break;
        }
      }
    }
    raw.push({ projects: [...chosen].map((j) => `p${j + 1}`) });
  }
  const budget = Math.round((costs.reduce((a, b) => a + b, 0) * 0.3) / 1000) * 1000;
  return buildElection(
    Rational.of(budget),
    costs.map((cost, j) => ({ id: `p${j + 1}`, cost: Rational.of(cost) })),
    raw,
  );
}

