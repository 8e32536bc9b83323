// The projects' random order on a voter's ballot, a part of <kohtaamo-budget-ballot> imported only
// when the ballot paper asks for it (`randomOrder`; issue 7, ADR 0098).

/** A random order of the projects for this voter, kept for the tab's session so a reload does not reshuffle. */
export function voterOrder(round: string, budget: string, ids: readonly string[]): string[] {
  const key = `kohtaamo-budget-order:${round}:${budget}`;
  try {
    const kept = JSON.parse(sessionStorage.getItem(key) ?? 'null') as string[] | null;
    if (Array.isArray(kept) && kept.length === ids.length && ids.every((id) => kept.includes(id))) return kept;
  } catch {
    // No storage (privacy mode): a new order each time.
  }
  const order = [...ids];
  const random = new Uint32Array(order.length);
  crypto.getRandomValues(random);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random[i]! % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  try {
    sessionStorage.setItem(key, JSON.stringify(order));
  } catch {
    // As above.
  }
  return order;
}
