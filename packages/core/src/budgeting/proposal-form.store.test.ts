import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../http/errors.js';
import type { Scheduler } from '../forms/draft-storage.js';
import { createProposalFormStore, emptyProposalDraft, parseEuros, budgetProposalFieldOf, validateProposalDraft } from './proposal-form.store.js';
import type { ProposalDocument, ProposalSubmission } from './round.schema.js';

const manual = (): Scheduler & { run(): void } => {
  let due: (() => void) | null = null;
  return { now: () => 0, set: (fn) => ((due = fn), 1), clear: () => (due = null), run: () => due?.() };
};

test('euros are read as typed: spaces, no-break spaces, a euro sign and zero cents', () => {
  assert.equal(parseEuros('25 000 €'), 25_000);
  assert.equal(parseEuros('25\u00a0000'), 25_000);
  assert.equal(parseEuros('8000,00'), 8000);
  assert.ok(Number.isNaN(parseEuros('noin 5000')));
});

test('a draft is checked with the server’s own schema; errors name their fields by pointer', () => {
  const bad = validateProposalDraft({ ...emptyProposalDraft(), title: 'Hei', description: 'lyhyt', estimatedCost: 'paljon' }, 'fi');
  assert.equal(bad.ok, false);
  const pointers = Object.fromEntries((bad as { errors: { pointer: string; code: string }[] }).errors.map((e) => [e.pointer, e.code]));
  assert.deepEqual(Object.keys(pointers).sort(), ['#/budget', '#/description', '#/estimatedCost', '#/title']);
  assert.equal(pointers['#/estimatedCost'], 'budgeting.proposal.cost');
  const good = validateProposalDraft({ ...emptyProposalDraft('b-1'), title: 'Penkit rantaan', description: 'Penkkejä rannan kävelytien varteen.', estimatedCost: '8 000', address: ' Ranta ', imageAlt: 'not sent without an image' }, 'sv');
  assert.deepEqual(good.ok && good.body, { budget: 'b-1', title: 'Penkit rantaan', description: 'Penkkejä rannan kävelytien varteen.', estimatedCost: 8000, location: { address: 'Ranta' }, lang: 'sv' });
});

test('an image goes with its text alternative; a missing one is an error of the text field, which typing clears', () => {
  const draft = { ...emptyProposalDraft('b-1'), title: 'Penkit rantaan', description: 'Penkkejä rannan kävelytien varteen.', estimatedCost: '8000', image: { id: '0b7c3c3e-5d1e-4f5e-9a4c-1a2b3c4d5e6f', name: 'ranta.jpg' } };
  const missing = validateProposalDraft({ ...draft, imageAlt: '  ' }, 'fi');
  assert.deepEqual(!missing.ok && missing.errors.map((e) => [e.pointer, e.code]), [['#/imageAlt', 'budgeting.image.alt']]);
  const good = validateProposalDraft({ ...draft, imageAlt: ' Penkki ja järvi ' }, 'fi');
  assert.deepEqual(good.ok && good.body.image, { id: draft.image.id, alt: 'Penkki ja järvi' });
  // The server's pointers land on the same fields.
  assert.deepEqual(['#/image/alt', '#/image/id', '#/image', '#/location/address', '#/title', '#/nope'].map(budgetProposalFieldOf), ['imageAlt', 'image', 'image', 'address', 'title', null]);
});

test('a dropped connection keeps the draft and retries under the same Idempotency-Key', async () => {
  const keys: string[] = [];
  let online = false;
  const scheduler = manual();
  const store = createProposalFormStore({
    round: 'r',
    lang: () => 'fi',
    scheduler,
    random: () => 0,
    api: {
      async submitProposal(_round: string, body: ProposalSubmission, key: string) {
        keys.push(key);
        if (!online) throw new NetworkError('down');
        return { id: 'p1', title: body.title } as ProposalDocument;
      },
    },
  });
  store.setField('budget', 'b-1');
  store.setField('title', 'Penkit rantaan');
  store.setField('description', 'Penkkejä rannan kävelytien varteen.');
  store.setField('estimatedCost', '8000');
  await store.submit();
  assert.equal(store.$state.get().phase, 'waiting');
  assert.equal(store.$state.get().draft.title, 'Penkit rantaan');
  online = true;
  await store.retryNow();
  assert.equal(store.$state.get().phase, 'sent');
  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1]);
});
