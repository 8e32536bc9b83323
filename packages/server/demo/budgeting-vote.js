// The budgeting demo pages (budjetointi.html, budgetering.html, budgeting.html; issue 9) follow
// the rounds the city runs: a widget marked `data-round="vote"` (the ballot, the receipt, the
// results and this vote's proposals) shows the newest round whose vote has opened (voting,
// counting, results or follow-up), and one marked `data-round="proposals"` the newest round
// collecting proposals. So a round created in the budget console and taken to voting there is the
// one residents vote in on these pages. The pages' own `round` attributes stay when the server
// has no such round (or cannot be reached); they are the seeded demo's rounds.
const VOTED = new Set(['voting', 'counting', 'results', 'implementation']);

/** The round with the latest `at` among `rounds` that pass `keep`, or undefined. */
function newest(rounds, keep, at) {
  return rounds.filter(keep).sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0))[0];
}

async function follow() {
  const response = await fetch('/api/v1/budgeting/rounds', { headers: { accept: 'application/json' } });
  if (!response.ok) return;
  const { items } = await response.json();
  if (!Array.isArray(items)) return;
  const chosen = {
    vote: newest(items, (r) => VOTED.has(r.phase), (r) => r.schedule.votingOpenAt),
    proposals: newest(items, (r) => r.phase === 'proposals', (r) => r.schedule.proposalsOpenAt),
  };
  for (const el of document.querySelectorAll('[data-round]')) {
    const round = chosen[el.dataset.round];
    if (!round) continue;
    if (el.hasAttribute('round')) {
      if (el.getAttribute('round') !== round.id) el.setAttribute('round', round.id);
    } else {
      // A text naming the round (the admin command for voting codes).
      el.textContent = round.id;
    }
  }
}

follow().catch(() => {
  // The pages' own rounds stay.
});
