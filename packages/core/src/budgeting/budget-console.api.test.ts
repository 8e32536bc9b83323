import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApiClient } from '../http/http.js';
import { createBudgetConsoleApi, helsinkiDay, helsinkiDayStart } from './budget-console.api.js';

test('a Helsinki day starts at 22:00 UTC in winter and 21:00 UTC in summer; not a date is null', () => {
  assert.equal(helsinkiDayStart('2028-01-15'), '2028-01-14T22:00:00.000Z');
  assert.equal(helsinkiDayStart('2028-06-15'), '2028-06-14T21:00:00.000Z');
  assert.equal(helsinkiDayStart(' 2028-03-26 '), '2028-03-25T22:00:00.000Z');
  assert.equal(helsinkiDayStart('2028-02-30'), null);
  assert.equal(helsinkiDayStart('15.1.2028'), null);
  assert.equal(helsinkiDay('2028-06-14T21:00:00.000Z'), '2028-06-15');
  assert.equal(helsinkiDay('2028-06-14T20:59:59.000Z'), '2028-06-14');
});

test('every request of the budget console says the console’s language, read at the time of the request (issue 9)', async () => {
  const seen: { method: string; path: string; lang: string | null; key: string | null }[] = [];
  const fake: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    seen.push({ method: request.method, path: new URL(request.url).pathname, lang: request.headers.get('accept-language'), key: request.headers.get('idempotency-key') });
    return new Response(JSON.stringify({ codes: ['A'] }), { headers: { 'content-type': 'application/json' } });
  };
  let locale = 'sv';
  const api = createBudgetConsoleApi(createApiClient({ baseUrl: 'https://budget.example.fi', fetch: fake, retries: 0 }), () => locale);
  await api.issueCodes('r1', 1);
  locale = 'en';
  await api.rules('r1', 'b1').catch(() => undefined);
  await api.assisted('r1', 'b1', { voter: { code: 'X' }, choices: [] } as never, 'key-1').catch(() => undefined);
  assert.deepEqual(
    seen.map((s) => [s.method, s.lang]),
    [
      ['POST', 'sv'],
      ['GET', 'en'],
      ['POST', 'en'],
    ],
  );
  assert.equal(seen[2]!.key, 'key-1', 'the retry key is still sent beside the language');
});
