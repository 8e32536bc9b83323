/**
 * Surveys over HTTP on a real database (issue 10): versions that never change under their
 * answers, rounds and modes, server-side validation with core's logic, anonymity of what is
 * stored, single-use invitation tokens under 200 concurrent submissions, drafts with resume
 * codes, help offers kept apart, retention.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { heinolaResidentSurveyTemplate, SURVEYS_PROBLEM_TYPES } from '@kohtaamo/core';
import { sql } from 'kysely';
import { purgeSurveyPersonalData } from './surveys.repository.js';
import { expectStatus, minimalAnswers, openRound, P, S, startSurveys, SURVEY, type SurveysHarness } from './surveys.test-support.js';

let h: SurveysHarness;
before(async () => {
  h = await startSurveys();
  await openRound(h, 'r-web');
});
after(async () => {
  await h?.close();
});

const respond = (round: string, body: Record<string, unknown>, headers: Record<string, string> = {}) => h.call('POST', `${P}/${round}/responses`, { lang: 'fi', answers: minimalAnswers(), ...body }, headers);
const count = async (table: 'survey_responses' | 'survey_tokens' | 'survey_help_offers' | 'survey_drafts', round: string) =>
  Number((await h.database.handle.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).where('round_id', '=', round).executeTakeFirstOrThrow()).n);

async function columns(table: string): Promise<string[]> {
  const db = h.database.handle.db;
  if (h.database.kind === 'sqlite') return (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name).sort();
  return (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db)).rows.map((r) => r.name).sort();
}

describe(`surveys responses (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the round gives its version’s definition; an open web response is received and stored with its mode and the day only', async () => {
    const paper = (await expectStatus(h.call('GET', `${P}/r-web`), 200)) as { round: { status: string; modes: string[] }; definition: { id: string; version: number } };
    assert.equal(paper.round.status, 'open');
    assert.deepEqual([paper.definition.id, paper.definition.version], [SURVEY, 1]);
    const r = await respond('r-web', {}, { 'User-Agent': 'Mozilla/5.0 test-agent', 'X-Forwarded-For': '203.0.113.7' });
    assert.equal(r.status, 201);
    assert.deepEqual(await r.json(), { status: 'received', mode: 'web', round: 'r-web' });
    const rows = await h.database.handle.db.selectFrom('survey_responses').selectAll().where('round_id', '=', 'r-web').execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.mode, 'web');
    assert.equal(rows[0]!.received_on, '2027-03-10', 'the Helsinki day, no time');
    assert.match(rows[0]!.id, /^[0-9a-f]{32}$/);
    const stored = JSON.stringify(rows);
    assert.ok(!stored.includes('203.0.113.7') && !stored.includes('test-agent'));
    assert.deepEqual(await columns('survey_responses'), ['answers_json', 'id', 'lang', 'mode', 'received_on', 'respondent_id', 'round_id', 'survey_id', 'version']);
  });

  test('answers are validated on the server with the definition’s logic: required, ranges, conditions, unknown keys → 422 with pointers', async () => {
    const answers = { ...minimalAnswers(), overall_satisfaction: 9, recommend_heinola: undefined, nonsense: 'x', live_in_five_years: 'probably_not', reason_to_move: 'a\nb' } as Record<string, unknown>;
    delete answers.recommend_heinola;
    const r = await respond('r-web', { answers });
    assert.equal(r.status, 422);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    const errors = ((await r.json()) as { errors: { pointer: string; code: string; detail: string; params?: Record<string, unknown> }[] }).errors;
    const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e.code]));
    assert.equal(byPointer['#/answers/overall_satisfaction'], 'surveys.answer.range');
    assert.equal(byPointer['#/answers/recommend_heinola'], 'surveys.answer.required');
    assert.equal(byPointer['#/answers/nonsense'], 'surveys.answer.unknown');
    // reason_to_move is shown only when live_in_five_years is 'probably_not': here it is, and one line only.
    assert.equal(byPointer['#/answers/reason_to_move'], 'surveys.answer.singleLine');
    assert.ok(errors.find((e) => e.pointer === '#/answers/overall_satisfaction')!.detail.includes('5'));
    // A hidden question's answer is dropped, not stored.
    const ok = await respond('r-web', { answers: { ...minimalAnswers(), reason_to_move: 'Töiden perässä' } });
    assert.equal(ok.status, 201);
    const last = await h.database.handle.db.selectFrom('survey_responses').select('answers_json').where('round_id', '=', 'r-web').execute();
    assert.ok(last.every((row) => !row.answers_json.includes('reason_to_move')));
  });

  test('an Idempotency-Key retry stores the response once', async () => {
    const before = await count('survey_responses', 'r-web');
    const headers = { 'Idempotency-Key': '6f1c2a8e-4b7d-4e21-9c3a-0d5e8f7a1b2c' };
    const [a, b] = [await respond('r-web', {}, headers), await respond('r-web', {}, headers)];
    assert.deepEqual([a.status, b.status], [201, 201]);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal((await count('survey_responses', 'r-web')) - before, 1);
  });

  test('a new version never changes the answers or the round of the old one', async () => {
    const v2 = structuredClone(heinolaResidentSurveyTemplate) as { version: number; pages: { sections: { questions: { id: string; type: string; min?: number; max?: number }[] }[] }[] };
    v2.version = 2;
    const overall = v2.pages[0]!.sections[0]!.questions.find((q) => q.id === 'overall_satisfaction')!;
    overall.max = 10;
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/versions`, { definition: v2 }), 201);
    // Saving version 2 again, or skipping to 4, is refused with a pointer.
    const again = await h.staff('POST', `${S}/${SURVEY}/versions`, { definition: { ...v2, version: 4 } });
    assert.equal(again.status, 422);
    assert.equal(((await again.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/definition/version');
    // The running round still asks version 1: 9 is still out of range there.
    const paper = (await expectStatus(h.call('GET', `${P}/r-web`), 200)) as { definition: { version: number } };
    assert.equal(paper.definition.version, 1);
    assert.equal((await respond('r-web', { answers: { ...minimalAnswers(), overall_satisfaction: 9 } })).status, 422);
    const v1 = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/versions/1`), 200)) as typeof v2;
    assert.equal(v1.pages[0]!.sections[0]!.questions.find((q) => q.id === 'overall_satisfaction')!.max, 5);
    const stored = await h.database.handle.db.selectFrom('survey_responses').select(['version']).where('round_id', '=', 'r-web').execute();
    assert.ok(stored.every((r) => r.version === 1));
  });

  test('a definition with a broken condition is refused with the pointer and position of the error', async () => {
    const bad = structuredClone(heinolaResidentSurveyTemplate) as Record<string, unknown> & { id: string; pages: { sections: { questions: { visibleIf?: string }[] }[] }[] };
    bad.id = 'broken-survey';
    bad.pages[0]!.sections[0]!.questions[1]!.visibleIf = 'overal_satisfaction >= 3';
    const r = await h.staff('POST', S, { definition: bad });
    assert.equal(r.status, 422);
    const errors = ((await r.json()) as { errors: { pointer: string; code: string; detail: string }[] }).errors;
    assert.ok(errors.some((e) => e.pointer.startsWith('#/definition/pages/0/sections/0/questions/1/visibleIf') && e.code === 'surveys.expression.unknownName'), JSON.stringify(errors));
  });

  test('modes and status: a closed round takes nothing (409), a round without web refuses web answers (403)', async () => {
    await openRound(h, 'r-sample', ['invitation', 'interviewer']);
    const web = await respond('r-sample', {});
    assert.equal(web.status, 403);
    assert.equal(((await web.json()) as { code: string }).code, 'surveys.round.modeNotAllowed');
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-sample/close`), 200);
    const late = await respond('r-sample', { token: 'AAAA-AAAA-AAAA-0' });
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { type: string }).type, SURVEYS_PROBLEM_TYPES.roundClosed);
  });

  test('invitation tokens are returned once and stored only as hashes, with no link to the response', async () => {
    await openRound(h, 'r-tokens', ['invitation']);
    const { tokens } = (await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-tokens/tokens`, { count: 3 }), 201)) as { tokens: string[] };
    assert.equal(new Set(tokens).size, 3);
    const rows = await h.database.handle.db.selectFrom('survey_tokens').selectAll().where('round_id', '=', 'r-tokens').execute();
    for (const token of tokens) assert.ok(!JSON.stringify(rows).includes(token) && !JSON.stringify(rows).includes(token.replace(/-/g, '')));
    assert.deepEqual(await columns('survey_tokens'), ['issued_on', 'round_id', 'token_hash', 'used_on']);
    const first = await respond('r-tokens', { token: tokens[0]!.toLowerCase() });
    assert.equal(first.status, 201);
    assert.equal(((await first.json()) as { mode: string }).mode, 'invitation');
    const second = await respond('r-tokens', { token: tokens[0]! });
    assert.equal(second.status, 403);
    const problem = (await second.json()) as { type: string; errors: { pointer: string }[] };
    assert.deepEqual([problem.type, problem.errors[0]!.pointer], [SURVEYS_PROBLEM_TYPES.tokenInvalid, '#/token']);
    assert.equal((await respond('r-tokens', { token: 'ZZZZ-ZZZZ-ZZZZ-Z' })).status, 403, 'unknown or malformed');
    // An invalid response does not use the token up.
    assert.equal((await respond('r-tokens', { token: tokens[1]!, answers: {} })).status, 422);
    assert.equal((await respond('r-tokens', { token: tokens[1]! })).status, 201);
  });

  test('200 concurrent submissions with one token: exactly one response, 199 refused', async () => {
    const { tokens } = (await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-tokens/tokens`, { count: 1 }), 201)) as { tokens: string[] };
    const before = await count('survey_responses', 'r-tokens');
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => respond('r-tokens', { token: tokens[0]!, answers: { ...minimalAnswers(), recommend_heinola: i % 11 } })));
    const statuses = responses.map((r) => r.status);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${[...new Set(statuses)].join(',')}`);
    assert.equal(statuses.filter((s) => s === 403).length, 199);
    assert.equal((await count('survey_responses', 'r-tokens')) - before, 1);
    const used = await h.database.handle.db.selectFrom('survey_tokens').select('used_on').where('token_hash', 'is not', null).where('round_id', '=', 'r-tokens').execute();
    assert.equal(used.filter((u) => u.used_on !== null).length, 3);
  });

  test('interviewer mode: the vendor’s respondent id once per round, also under 50 concurrent entries; an interviewer of another survey is refused', async () => {
    const path = `${S}/${SURVEY}/rounds/r-web/interviews`;
    const first = await h.staff('POST', path, { respondentId: 'V-0001', lang: 'sv', answers: minimalAnswers() }, h.interviewer);
    assert.equal(first.status, 201);
    const again = await h.staff('POST', path, { respondentId: 'V-0001', lang: 'fi', answers: minimalAnswers() }, h.interviewer);
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { type: string }).type, SURVEYS_PROBLEM_TYPES.duplicateRespondent);
    const many = await Promise.all(Array.from({ length: 50 }, () => h.staff('POST', path, { respondentId: 'V-0002', lang: 'fi', answers: minimalAnswers() }, h.interviewer)));
    await Promise.all(many.map((r) => r.arrayBuffer()));
    assert.equal(many.filter((r) => r.status === 201).length, 1);
    assert.equal(many.filter((r) => r.status === 409).length, 49);
    const row = await h.database.handle.db.selectFrom('survey_responses').selectAll().where('respondent_id', '=', 'V-0001').executeTakeFirstOrThrow();
    assert.deepEqual([row.mode, row.lang], ['interviewer', 'sv']);
    // The interviewer's grant is for the Heinola survey only, and for interviews only.
    assert.equal((await h.staff('POST', `${S}/${SURVEY}/rounds/r-web/tokens`, { count: 1 }, h.interviewer)).status, 403);
  });

  test('a server draft is kept under a resume code (only its hash stored), read back, saved over, and deleted when the response is sent', async () => {
    const saved = (await expectStatus(h.call('POST', `${P}/r-web/drafts`, { answers: { overall_satisfaction: 3 }, page: 'living' }), 201)) as { resumeCode: string; expiresAt: string };
    assert.match(saved.resumeCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    assert.equal(saved.expiresAt, '2027-04-09T10:00:00.000Z');
    const rows = await h.database.handle.db.selectFrom('survey_drafts').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes(saved.resumeCode));
    const read = (await expectStatus(h.call('POST', `${P}/r-web/drafts/resume`, { resumeCode: saved.resumeCode.toLowerCase().replace(/-/g, ' ') }), 200)) as { answers: Record<string, unknown>; page: string };
    assert.deepEqual([read.answers, read.page], [{ overall_satisfaction: 3 }, 'living']);
    await expectStatus(h.call('POST', `${P}/r-web/drafts`, { answers: { overall_satisfaction: 4 }, resumeCode: saved.resumeCode }), 200);
    const wrong = await h.call('POST', `${P}/r-web/drafts/resume`, { resumeCode: 'AAAA-AAAA-AAAA-A' });
    assert.equal(wrong.status, 404);
    assert.equal(((await wrong.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/resumeCode');
    assert.equal((await respond('r-web', { resumeCode: saved.resumeCode })).status, 201);
    assert.equal((await h.call('POST', `${P}/r-web/drafts/resume`, { resumeCode: saved.resumeCode })).status, 404, 'gone once sent');
  });

  test('help offers need consent and a contact, are stored apart from answers, are listed to analysts, and go with retention', async () => {
    const missing = await h.call('POST', `${P}/r-web/help-offers`, { lang: 'fi', text: 'Voisin auttaa', name: 'Maija', consent: false });
    assert.equal(missing.status, 422);
    const pointers = ((await missing.json()) as { errors: { pointer: string; code: string }[] }).errors.map((e) => `${e.pointer} ${e.code}`);
    assert.ok(pointers.includes('#/consent surveys.help.consent'), pointers.join());
    const noContact = await h.call('POST', `${P}/r-web/help-offers`, { lang: 'fi', text: 'Voisin auttaa', name: 'Maija', consent: true });
    assert.equal(noContact.status, 422);
    assert.ok(((await noContact.json()) as { errors: { pointer: string; code: string }[] }).errors.some((e) => e.pointer === '#/email' && e.code === 'surveys.help.contact'));
    await expectStatus(h.call('POST', `${P}/r-web/help-offers`, { lang: 'fi', text: 'Voisin lukea ikäihmisille kirjastossa.', name: 'Maija Meikäläinen', email: 'maija@example.fi', consent: true }), 201);
    assert.deepEqual(await columns('survey_help_offers'), ['consent_on', 'created_on', 'email', 'id', 'lang', 'name', 'phone', 'round_id', 'text']);
    const list = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-web/help-offers`), 200)) as { items: { name: string; email: string }[] };
    assert.deepEqual(list.items.map((i) => [i.name, i.email]), [['Maija Meikäläinen', 'maija@example.fi']]);
    const db = h.database.handle.db;
    assert.equal(await purgeSurveyPersonalData(db, new Date('2027-03-01T00:00:00Z'), h.now), 0, 'newer than the cutoff: kept');
    const removed = await purgeSurveyPersonalData(db, new Date('2027-03-11T00:00:00Z'), new Date('2027-06-01T00:00:00Z'));
    assert.ok(removed >= 1);
    assert.equal(await count('survey_help_offers', 'r-web'), 0);
    assert.equal(await count('survey_drafts', 'r-web'), 0, 'expired drafts go too');
    assert.ok((await count('survey_responses', 'r-web')) > 0, 'the anonymous answers stay');
  });
});
