import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import {
  FEEDBACK_PATHS,
  FeedbackCategoryListSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  normalizeTrackingCode,
  PROBLEM_TYPES,
  ProblemSchema,
  type Problem,
} from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { HEINOLA_CATEGORIES, seedDemo } from './feedback.seed.js';

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body: unknown = await response.json();
  const parsed = v.parse(ProblemSchema, body);
  assert.equal(parsed.status, status);
  return parsed;
}

/** Posts a body and returns the 422's errors as pointer → code. */
async function fieldErrors(body: unknown, headers: Record<string, string> = {}): Promise<Record<string, string>> {
  const problem = await problemOf(await postJson(server.at(FEEDBACK_PATHS.submissions), body, headers), 422);
  assert.equal(problem.type, PROBLEM_TYPES.validation);
  assert.ok(problem.errors && problem.errors.length > 0, 'a 422 lists its field errors');
  for (const error of problem.errors) assert.ok(error.detail.length > 0 && error.detail !== error.code, `translated ${error.code}`);
  return Object.fromEntries(problem.errors.map((e) => [e.pointer, e.code]));
}

async function countFeedback(): Promise<number> {
  const row = await database.handle.db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`feedback API (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('GET /healthz answers after a round trip to the database', async () => {
    const response = await fetch(server.at('/healthz'));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', database: database.kind });
  });

  test('GET categories lists Heinola’s categories in order, per the core schema', async () => {
    const response = await fetch(server.at(FEEDBACK_PATHS.categories));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const list = v.parse(FeedbackCategoryListSchema, await response.json());
    assert.deepEqual(
      list.items.map((c) => c.id),
      HEINOLA_CATEGORIES.map((c) => c.id),
    );
    const streets = list.items.find((c) => c.id === 'streets');
    assert.equal(streets?.name.fi, 'Kadut ja liikenne');
    assert.ok(streets?.description.sv);
  });

  test('a valid submission → 201, receipt, Location; the status can be read at Location', async () => {
    const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission());
    assert.equal(response.status, 201);
    const receipt = v.parse(FeedbackReceiptSchema, await response.json());
    assert.equal(receipt.status, 'received');
    assert.equal(normalizeTrackingCode(receipt.trackingCode), receipt.trackingCode, 'a valid code with its check symbol');
    const location = response.headers.get('location');
    assert.equal(location, FEEDBACK_PATHS.status(receipt.trackingCode));

    const statusResponse = await fetch(server.at(location!));
    assert.equal(statusResponse.status, 200);
    // Kept by the resident's own browser only (ADR 0020), never by a shared cache, and asked
    // again each time: a status seen a moment ago may have changed (the staff round trip test).
    assert.equal(statusResponse.headers.get('cache-control'), 'private, no-cache');
    const status = v.parse(FeedbackStatusSchema, await statusResponse.json());
    assert.equal(status.trackingCode, receipt.trackingCode);
    assert.equal(status.status, 'received');
    assert.equal(status.category.id, 'streets');
    assert.equal(status.category.name.fi, 'Kadut ja liikenne');
    assert.equal(status.createdAt, receipt.createdAt);
    assert.equal(status.reply, null);
  });

  test('the stored row keeps what was sent, trimmed by the schema', async () => {
    const response = await postJson(
      server.at(FEEDBACK_PATHS.submissions),
      validSubmission({ message: '   Roskis on täynnä.  ', category: 'environment', lang: 'sv' }),
    );
    const receipt = v.parse(FeedbackReceiptSchema, await response.json());
    const row = await database.handle.db
      .selectFrom('feedback')
      .selectAll()
      .where('tracking_code', '=', receipt.trackingCode)
      .executeTakeFirstOrThrow();
    assert.equal(row.message, 'Roskis on täynnä.');
    assert.equal(row.category_id, 'environment');
    assert.equal(row.lang, 'sv');
    assert.equal(row.contact_email, 'testi.asukas@example.fi');
    assert.equal(row.contact_consent, 1);
    assert.equal(row.address, 'Kauppakatu 1');
  });

  test('an anonymous minimal submission is fine (lang defaults to fi)', async () => {
    const response = await postJson(server.at(FEEDBACK_PATHS.submissions), { category: 'other', message: 'Kiitos hyvästä palvelusta!' });
    assert.equal(response.status, 201);
    const receipt = v.parse(FeedbackReceiptSchema, await response.json());
    const row = await database.handle.db
      .selectFrom('feedback')
      .select(['lang', 'contact_name', 'contact_email', 'contact_phone', 'contact_consent', 'address'])
      .where('tracking_code', '=', receipt.trackingCode)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lang: 'fi', contact_name: null, contact_email: null, contact_phone: null, contact_consent: 0, address: null });
  });

  test('contact details never appear in the status answer', async () => {
    const contact = { name: 'Salainen Sanna', email: 'sanna.salainen@example.fi', phone: '+358 40 111 2222', consent: true };
    const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ contact }));
    const receipt = v.parse(FeedbackReceiptSchema, await response.json());
    const receiptText = JSON.stringify(receipt);
    const statusText = await (await fetch(server.at(FEEDBACK_PATHS.status(receipt.trackingCode)))).text();
    for (const text of [receiptText, statusText]) {
      for (const secret of ['Salainen', 'sanna.salainen', '111 2222', 'contact', 'email', 'phone']) {
        assert.ok(!text.includes(secret), `"${secret}" leaked: ${text}`);
      }
    }
    // The seeded feedback with contact details, too.
    const seeded = await (await fetch(server.at(FEEDBACK_PATHS.status('PARK-2025-B')))).text();
    assert.ok(!seeded.includes('example.fi') && !seeded.includes('Virtanen') && !seeded.includes('050'), seeded);
  });

  test('a seeded feedback shows its status and the city’s reply', async () => {
    const status = v.parse(FeedbackStatusSchema, await (await fetch(server.at(FEEDBACK_PATHS.status('PARK-2025-B')))).json());
    assert.equal(status.status, 'done');
    assert.equal(status.category.id, 'parks');
    assert.ok(status.reply?.text.startsWith('Kiitos ilmoituksesta'));
    assert.equal(status.reply?.repliedAt, '2025-05-06T11:30:00.000Z');
  });

  test('a code is read leniently: lower case, spaces, no hyphens, O for 0, I/L for 1', async () => {
    for (const typed of ['park-2025-b', 'PARK 2025 B', 'park2025b', ' PARK-2O25-B ', 'k1rj-2025-7', 'klrj2025-7', 'KIRJ 2025 7']) {
      const response = await fetch(server.at(FEEDBACK_PATHS.status(typed)));
      assert.equal(response.status, 200, typed);
      const status = v.parse(FeedbackStatusSchema, await response.json());
      assert.equal(status.trackingCode, normalizeTrackingCode(typed));
    }
  });

  test('an invalid code → 422 at #/code; a valid unknown code → 404 problem', async () => {
    for (const typed of ['nonsense', 'PARK-2025-C', 'PARK-2025', 'x'.repeat(40)]) {
      const problem = await problemOf(await fetch(server.at(FEEDBACK_PATHS.status(typed))), 422);
      assert.deepEqual(
        problem.errors?.map((e) => [e.pointer, e.code]),
        [['#/code', 'feedback.code.invalid']],
        typed,
      );
    }
    const problem = await problemOf(await fetch(server.at(FEEDBACK_PATHS.status('ZZZZ-ZZZZ-' + checkOf('ZZZZZZZZ')))), 404);
    assert.equal(problem.type, PROBLEM_TYPES.notFound);
    assert.equal(problem.code, 'feedback.status.notFound');
    assert.equal(problem.detail, 'Tällä tunnuksella ei löytynyt palautetta.');
  });

  describe('validation: every failure is a 422 problem with a pointer per field', () => {
    test('message too short', async () => {
      assert.deepEqual(await fieldErrors(validSubmission({ message: 'abc' })), { '#/message': 'feedback.message.tooShort' });
    });

    test('message only white space counts as missing', async () => {
      assert.deepEqual(await fieldErrors(validSubmission({ message: '      ' })), { '#/message': 'feedback.message.required' });
    });

    test('message too long', async () => {
      assert.deepEqual(await fieldErrors(validSubmission({ message: 'a'.repeat(5001) })), { '#/message': 'feedback.message.tooLong' });
    });

    test('missing category (absent key: the generic "required" code) or empty', async () => {
      const { category: _omitted, ...body } = validSubmission();
      assert.deepEqual(await fieldErrors(body), { '#/category': 'common.required' });
      assert.deepEqual(await fieldErrors(validSubmission({ category: '' })), { '#/category': 'feedback.category.required' });
    });

    test('bad email', async () => {
      const errors = await fieldErrors(validSubmission({ contact: { email: 'not-an-email', consent: true } }));
      assert.deepEqual(errors, { '#/contact/email': 'feedback.contact.email.invalid' });
    });

    test('contact without consent', async () => {
      const errors = await fieldErrors(validSubmission({ contact: { email: 'a.b@example.fi', consent: false } }));
      assert.deepEqual(errors, { '#/contact/consent': 'feedback.contact.consent.required' });
    });

    test('contact with neither email nor phone', async () => {
      const errors = await fieldErrors(validSubmission({ contact: { name: 'Nimi', consent: true } }));
      assert.deepEqual(errors, { '#/contact/email': 'feedback.contact.emailOrPhone' });
    });

    test('unknown category → #/category feedback.category.unknown, and nothing stored', async () => {
      const before = await countFeedback();
      assert.deepEqual(await fieldErrors(validSubmission({ category: 'no-such-category' })), {
        '#/category': 'feedback.category.unknown',
      });
      assert.equal(await countFeedback(), before);
    });

    test('several fields at once, each at its pointer', async () => {
      const errors = await fieldErrors({ message: 'x', lang: 'de', location: { address: '' }, contact: { email: 'x', consent: false } });
      assert.deepEqual(errors, {
        '#/category': 'common.required',
        '#/message': 'feedback.message.tooShort',
        '#/location/address': 'feedback.address.invalid',
        '#/contact/email': 'feedback.contact.email.invalid',
        '#/contact/consent': 'feedback.contact.consent.required',
        '#/lang': 'common.invalid',
      });
    });

    test('a body that is not an object → 422 at "#"', async () => {
      assert.deepEqual(await fieldErrors('"just text"'), { '#': 'common.invalid' });
      assert.deepEqual(await fieldErrors('null'), { '#': 'common.invalid' });
    });

    test('texts follow Accept-Language; the placeholders are filled in', async () => {
      const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ message: 'abc' }), {
        'Accept-Language': 'sv-FI, fi;q=0.8',
      });
      const problem = await problemOf(response, 422);
      assert.equal(response.headers.get('content-language'), 'sv');
      assert.equal(problem.title, 'Begäran innehåller ogiltiga uppgifter.');
      assert.equal(problem.errors?.[0]?.detail, 'Responsen är för kort (minst 5 tecken).');
      const en = await problemOf(
        await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ message: 'abc' }), { 'Accept-Language': 'en' }),
        422,
      );
      assert.match(en.errors?.[0]?.detail ?? '', /at least 5 characters/);
    });
  });

  test('malformed JSON → 400 problem; not JSON → 415 problem; nothing stored', async () => {
    const before = await countFeedback();
    const malformed = await problemOf(await postJson(server.at(FEEDBACK_PATHS.submissions), '{"category": "streets",'), 400);
    assert.equal(malformed.detail, 'Pyynnön runko ei ole kelvollista JSONia.');
    const asText = await fetch(server.at(FEEDBACK_PATHS.submissions), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(validSubmission()),
    });
    await problemOf(asText, 415);
    assert.equal(asText.headers.get('accept-post'), 'application/json');
    const noType = await fetch(server.at(FEEDBACK_PATHS.submissions), { method: 'POST', body: new Uint8Array([123, 125]) });
    await problemOf(noType, 415);
    assert.equal(await countFeedback(), before);
  });

  test('application/json with a charset is JSON', async () => {
    const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(), {
      'Content-Type': 'application/json; charset=utf-8',
    });
    assert.equal(response.status, 201);
  });

  test('no handler error was logged by any test above', () => {
    assert.deepEqual(logger.entries, []);
  });
});

/** Crockford's mod-37 check symbol, for building a valid code that no feedback has. */
function checkOf(data: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let remainder = 0;
  for (const ch of data) remainder = (remainder * 32 + alphabet.indexOf(ch)) % 37;
  return (alphabet + '*~$=U')[remainder]!;
}
