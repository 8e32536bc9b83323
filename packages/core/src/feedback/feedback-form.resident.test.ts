import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDraft, fieldOfPointer } from './feedback-form.logic.js';
import { draftToInput, validateDraft } from './feedback-form.validate.js';
import { createFeedbackFormStore } from './feedback-form.store.js';
import type { FeedbackApi } from './feedback.api.js';
import type { FeedbackCategory } from './feedback.schema.js';

const t = (fi: string) => ({ fi, sv: fi, en: fi });
const STREETS: FeedbackCategory = {
  id: 'streets',
  name: t('Kadut'),
  description: t(''),
  attributes: [
    { code: 'danger', datatype: 'singlevaluelist', variable: true, required: true, order: 1, description: t('Vaara?'), values: [{ key: 'immediate', name: t('Kyllä') }, { key: 'no', name: t('Ei') }] },
  ],
  notices: [{ id: '112', text: t('Soita 112'), blocking: true, when: { attribute: 'danger', values: ['immediate'] } }],
};
const draft = (patch: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft('streets'), message: 'Kuoppa tiessä', ...patch });

test('a draft with a pin, answers and photos becomes the request body; blank answers are left out', () => {
  assert.deepEqual(
    draftToInput(draft({ lat: 61.2, lon: 26.03, attributes: { danger: 'no', note: ' ', list: [] }, photos: [{ id: 'p1', name: 'a.jpg' }] }), 'fi'),
    { category: 'streets', message: 'Kuoppa tiessä', location: { lat: 61.2, lon: 26.03 }, attributes: { danger: 'no' }, photos: ['p1'], lang: 'fi' },
  );
  assert.deepEqual(draftToInput(draft({ address: 'Kauppakatu 1', lat: 61.2, lon: 26.03 }), 'fi').location, { address: 'Kauppakatu 1', lat: 61.2, lon: 26.03 });
  assert.equal(draftToInput(draft({}), 'fi').location, undefined);
});

test('with its category known, the draft is checked like on the server: required answers and blocking notices', () => {
  const missing = validateDraft(draft({}), 'fi', STREETS);
  assert.deepEqual(missing.ok ? [] : missing.errors, [{ pointer: '#/attributes/danger', code: 'feedback.attribute.required' }]);
  const blocked = validateDraft(draft({ attributes: { danger: 'immediate' } }), 'fi', STREETS);
  assert.deepEqual(blocked.ok ? [] : blocked.errors, [{ pointer: '#/attributes/danger', code: 'feedback.notice.blocking' }]);
  assert.ok(validateDraft(draft({ attributes: { danger: 'no' } }), 'fi', STREETS).ok);
  // Another category's definition is not applied.
  assert.ok(validateDraft(draft({ category: 'parks' }), 'fi', STREETS).ok);
  assert.equal(fieldOfPointer('#/attributes/danger'), 'attributes');
  assert.equal(fieldOfPointer('#/location/lat'), 'lat');
  assert.equal(fieldOfPointer('#/photos/0'), 'photos');
});

test('the store checks answers before sending and reports each confirmed receipt once', async () => {
  const sent: string[] = [];
  let calls = 0;
  const api: FeedbackApi = {
    listCategories: async () => [STREETS],
    submit: async () => {
      calls++;
      return { trackingCode: 'T1E0-2025-C', status: 'received', createdAt: '2025-05-12T06:41:00.000Z' };
    },
    getStatus: async () => {
      throw new Error('unused');
    },
  };
  const store = createFeedbackFormStore({ api, category: 'streets', categoryOf: (id) => (id === 'streets' ? STREETS : null), onSent: (r) => sent.push(r.trackingCode) });
  store.setField('message', 'Kuoppa tiessä');
  await store.submit();
  assert.equal(calls, 0);
  assert.deepEqual(Object.keys(store.$state.get().errors), ['#/attributes/danger']);
  store.setField('attributes', { danger: 'no' });
  assert.deepEqual(store.$state.get().errors, {}, 'changing the answers clears their errors');
  await store.submit();
  assert.equal(calls, 1);
  assert.deepEqual(sent, ['T1E0-2025-C']);
});
