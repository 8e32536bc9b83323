import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-volunteer-console.js';
import type { KohtaamoVolunteerConsole } from './volunteer-console.js';
import { $, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

/**
 * Shift editing and the record-extract check in <kohtaamo-volunteer-console> (ADR 0051), by
 * keyboard alone against the real demo server, and axe in every state of the console in fi, sv
 * and en. Each test makes its own draft opportunity, so the demo's shared ones stay as they are.
 */
const latuToken = () => `${window.KOHTAAMO_TEST_STAFF_TOKEN}.heinolan-latu`;
const STAFF = '/api/v1/staff/volunteering/organisations/heinolan-latu';
type Shift = { id: string; capacity: number; startsAt: string; roles: { id: string; name: { fi: string }; criminalRecordCheck: boolean }[] };

async function call<T>(path: string, method = 'GET', body?: unknown, token: string | null = latuToken()): Promise<T> {
  const response = await fetch(`${liveApi()}${path}`, {
    method,
    headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The opportunity input as a coordinator of Heinolan Latu ry first writes it (a draft). */
const draftInput = (title: string) => ({
  kind: 'talkoot', status: 'draft', title: { fi: title }, description: { fi: 'Lasten latukoulu.' }, themes: ['children'], area: 'keskusta',
  location: { name: 'Latukeskus' }, contact: { name: 'Heinolan Latu ry' }, suitability: { under18: false, english: false, remote: false },
});

/** A draft opportunity of Heinolan Latu ry with a shift of 3 places and a role needing a record extract; two people signed up. */
async function opportunityWithSignups(title: string): Promise<{ id: string; shift: Shift }> {
  const o = await call<{ id: string }>(`${STAFF}/opportunities`, 'POST', draftInput(title));
  const start = new Date(Date.now() + 20 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const shift = await call<Shift>(`${STAFF}/opportunities/${o.id}/shifts`, 'POST', {
    startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 3, waitingListCapacity: 2, maxGroupSize: 2,
    roles: [{ id: 'lapset', name: { fi: 'Latukoulun apuohjaaja' }, minimumAge: 18, criminalRecordCheck: true }, { id: 'kahvio', name: { fi: 'Kahvio' } }],
  });
  for (const [name, role] of [['Outi Ohjaaja', 'lapset'], ['Kalle Kahvinkeittäjä', 'kahvio']] as const) {
    await call(`/api/v1/volunteering/shifts/${shift.id}/signups`, 'POST', { name, email: `${role}@example.fi`, groupSize: 1, age: 30, role, lang: 'fi' }, null);
  }
  return { id: o.id, shift };
}

const consoleOf = (lang: string) => fixture<KohtaamoVolunteerConsole>(html`<kohtaamo-volunteer-console api=${liveApi()} lang=${lang}></kohtaamo-volunteer-console>`);

async function signIn(el: KohtaamoVolunteerConsole, token: string): Promise<void> {
  await tabTo(el, '#token');
  await type(token);
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('[part=views]') && !text(el, '[part=list] .count').includes('…'), 'not signed in', { timeout: 10_000 });
}

async function open(el: KohtaamoVolunteerConsole, id: string): Promise<void> {
  await tabTo(el, `.open-opportunity[data-id=${id}]`, { max: 80 });
  await press('Enter');
  await waitUntil(() => focusedIn(el)?.id === 'detail-title', 'detail not focused', { timeout: 10_000 });
}

afterEach(() => {
  fixtureCleanup();
  sessionStorage.removeItem('kohtaamo-staff-token');
});

describe('<kohtaamo-volunteer-console> shift editing and the record extract', () => {
  it('a coordinator edits a shift by keyboard: the server’s rule by the field, a role added, saved; the extract noted seen only where the role needs it (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const { id, shift } = await opportunityWithSignups('Latukoulun talkoot');
    const el = await consoleOf('fi');
    await signIn(el, latuToken());
    await open(el, id);

    await tabTo(el, `.edit-shift[data-id=${shift.id}]`, { max: 80 });
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'edit-title', 'edit form not focused', { timeout: 10_000 });
    expect(text(el, '#edit-title')).to.match(/^Vuoron muokkaus: /);
    expect(($(el, '#edit-capacity') as HTMLInputElement).value).to.equal('3');
    expect(shadow(el).querySelectorAll('.roles li')).to.have.length(2);
    await expect(el).to.be.accessible();

    // Fewer places than the two attending: the server refuses, by the field.
    await tabTo(el, '#edit-capacity');
    await clearField();
    await type('1');
    await tabTo(el, '#save-shift', { max: 60 });
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#edit-summary'), 'no summary', { timeout: 10_000 });
    expect(focusedIn(el)).to.equal($(el, '#edit-summary'));
    expect(text(el, '#edit-capacity-error')).to.equal('Vuoroon osallistuu jo 2 henkeä: paikkoja ei voi olla vähemmän.');
    expect($(el, '#edit-capacity').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // The summary's link takes the focus to the field; five places and a third role.
    await tabTo(el, '#edit-summary a');
    await press('Enter');
    expect(focusedIn(el)).to.equal($(el, '#edit-capacity'));
    await clearField();
    await type('5');
    await tabTo(el, '#add-role', { max: 60 });
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.id === 'edit-role-2-name', 'new role not focused');
    await type('Ensiapu');
    await press('Tab');
    await type('16');
    await tabTo(el, '#save-shift');
    await press('Enter');
    await waitUntil(() => text(el, '[role=status]').includes('Vuoro on tallennettu'), 'not saved', { timeout: 10_000 });
    await waitUntil(() => focusedIn(el)?.matches(`.edit-shift[data-id=${shift.id}]`), 'focus not back on the edit button');
    const saved = await call<Shift>(`/api/v1/volunteering/shifts/${shift.id}`, 'GET', undefined, null);
    expect(saved.capacity).to.equal(5);
    expect(saved.roles.map((r) => [r.name.fi, r.criminalRecordCheck])).to.deep.equal([['Latukoulun apuohjaaja', true], ['Kahvio', false], ['Ensiapu', false]]);
    expect(text(el, '.shifts')).to.contain('2/5');

    // The sign-ups: a record-extract column, a checkbox only for the role that needs one.
    await tabTo(el, `.show-signups[data-id=${shift.id}]`, { backwards: true, max: 20 });
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.record-check'), 'no record check', { timeout: 10_000 });
    expect(shadow(el).querySelectorAll('.record-check')).to.have.length(1);
    expect(text(el, '[aria-labelledby=signups-title] table')).to.contain('Ei tarvita');
    expect(text(el, '#record-hint')).to.contain('148/2014');
    await expect(el).to.be.accessible();
    await tabTo(el, '.record-check');
    await press('Space');
    await waitUntil(() => text(el, '[role=status]').includes('Outi Ohjaaja: rikostaustaotteen näkeminen kirjattu'), 'not recorded', { timeout: 10_000 });
    await waitUntil(() => text(el, '[aria-labelledby=signups-title] table').includes('Nähty'), 'seen not shown');
    const list = await call<{ items: { name: string; recordCheck: { seenAt: string; seenBy: string } | null }[] }>(`${STAFF}/shifts/${shift.id}/signups`);
    const outi = list.items.find((s) => s.name === 'Outi Ohjaaja')!;
    expect(Object.keys(outi.recordCheck!).sort()).to.deep.equal(['seenAt', 'seenBy']);
    expect(list.items.find((s) => s.name === 'Kalle Kahvinkeittäjä')!.recordCheck).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const [lang, error, saved, column] of [
    ['fi', 'Vuoroon osallistuu jo 2 henkeä', 'Vuoro on tallennettu', 'Rikostaustaote'],
    ['sv', 'Redan 2 personer deltar i passet', 'Passet är sparat', 'Straffregisterutdrag'],
    ['en', '2 people already attend the shift', 'The shift is saved', 'Criminal record extract'],
  ] as const) {
    it(`every state of the console is axe-clean and reached by keyboard (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(180_000);
      const { id, shift } = await opportunityWithSignups(`Talkoot ${lang}`);
      const el = await consoleOf(lang);
      await expect(el).to.be.accessible();
      await signIn(el, latuToken());
      await expect(el).to.be.accessible();
      await open(el, id);
      await expect(el).to.be.accessible();

      // The opportunity form's own errors.
      await tabTo(el, '#main-titleFi');
      await clearField();
      await tabTo(el, '#save-opportunity', { max: 60 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#opportunity-summary'), 'no opportunity summary', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      await tabTo(el, '#main-titleFi', { backwards: true, max: 60 });
      await type(`Talkoot ${lang}`);

      // Editing, its server error, saved.
      await tabTo(el, `.edit-shift[data-id=${shift.id}]`, { max: 80 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'edit-title', 'edit form not focused', { timeout: 10_000 });
      await waitUntil(() => text(el, '#save-shift') !== 'Tallenna vuoro' || lang === 'fi', 'texts not loaded');
      await expect(el).to.be.accessible();
      await tabTo(el, '#edit-capacity');
      await clearField();
      await type('1');
      await tabTo(el, '#save-shift', { max: 60 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#edit-summary'), 'no summary', { timeout: 10_000 });
      expect(text(el, '#edit-capacity-error')).to.contain(error);
      await expect(el).to.be.accessible();
      // From the focused summary to the field by its link. (Shift+Tab from the summary went back
      // round the whole page, past every opportunity of the list: it failed as soon as other
      // tests had added a few more of Heinolan Latu ry's.)
      expect(focusedIn(el)).to.equal($(el, '#edit-summary'));
      await tabTo(el, '#edit-summary a[href="#edit-capacity"]');
      await press('Enter');
      expect(focusedIn(el)).to.equal($(el, '#edit-capacity'));
      await clearField();
      await type('4');
      await tabTo(el, '#save-shift', { max: 60 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status]').includes(saved), 'not saved', { timeout: 10_000 });
      await expect(el).to.be.accessible();

      // Sign-ups with the record-extract column, and the message form's errors.
      await tabTo(el, `.show-signups[data-id=${shift.id}]`, { backwards: true, max: 20 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.record-check'), 'no sign-ups', { timeout: 10_000 });
      expect(text(el, '[aria-labelledby=signups-title] thead')).to.contain(column);
      await expect(el).to.be.accessible();
      await tabTo(el, '#send-message', { max: 60 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#message-summary'), 'no message summary');
      await expect(el).to.be.accessible();

      // The outbox view.
      await tabTo(el, '#view-outbox', { backwards: true, max: 120 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'view-title' && shadow(el).querySelector('#no-smtp'), 'outbox not shown', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      fixtureCleanup();
      sessionStorage.removeItem('kohtaamo-staff-token');

      // The city's coordinator: every organisation's list, the proposals and one opened.
      const city = await consoleOf(lang);
      await signIn(city, window.KOHTAAMO_TEST_STAFF_TOKEN);
      await expect(city).to.be.accessible();
      await tabTo(city, '#view-proposals');
      await press('Enter');
      await waitUntil(() => shadow(city).querySelector('.open-proposal'), 'no proposals', { timeout: 10_000 });
      await expect(city).to.be.accessible();
      await tabTo(city, '.open-proposal');
      await press('Enter');
      await waitUntil(() => focusedIn(city)?.id === 'detail-title', 'proposal not opened', { timeout: 10_000 });
      await expect(city).to.be.accessible();
    });
  }

  for (const [lang, title, places, group, saved] of [
    ['fi', 'Toinen koordinaattori muutti vuoroa sillä välin', 'Paikkoja: 6', 'Suurin ryhmä: 3', 'Vuoro on tallennettu'],
    ['sv', 'En annan samordnare ändrade passet under tiden', 'Platser: 6', 'Största grupp: 3', 'Passet är sparat'],
    ['en', 'Another coordinator changed the shift meanwhile', 'Places: 6', 'Largest group: 3', 'The shift is saved'],
  ] as const) {
    it(`another coordinator saves the shift meanwhile: the conflict by the form, the typed values kept, the saved shift loaded by keyboard, then saved (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(120_000);
      const { id, shift } = await opportunityWithSignups(`Kahden koordinaattorin talkoot ${lang}`);
      const el = await consoleOf(lang);
      await signIn(el, latuToken());
      await open(el, id);
      await tabTo(el, `.edit-shift[data-id=${shift.id}]`, { max: 80 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'edit-title', 'edit form not focused', { timeout: 10_000 });
      await tabTo(el, '#edit-capacity');
      await clearField();
      await type('7');

      // Meanwhile the city's coordinator saves the same shift with six places and a larger group.
      const read = await call<{ items: { id: string; shifts: (Shift & { version: number; minimumAttendees: number; waitingListCapacity: number; maxGroupSize: number; endsAt: string })[] }[] }>('/api/v1/staff/volunteering/organisations/city/opportunities', 'GET', undefined, window.KOHTAAMO_TEST_STAFF_TOKEN);
      const theirs = read.items.flatMap((o) => o.shifts).find((s) => s.id === shift.id)!;
      const response = await fetch(`${liveApi()}/api/v1/staff/volunteering/organisations/city/shifts/${shift.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}`, 'If-Match': `"${theirs.version}"` },
        body: JSON.stringify({ startsAt: theirs.startsAt, endsAt: theirs.endsAt, capacity: 6, minimumAttendees: theirs.minimumAttendees, waitingListCapacity: theirs.waitingListCapacity, maxGroupSize: 3, roles: theirs.roles }),
      });
      expect(response.status).to.equal(200);

      // This coordinator saves: refused, shown by the form with the focus on it; the 7 typed is kept.
      await tabTo(el, '#save-shift', { max: 60 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'edit-conflict', 'conflict not focused', { timeout: 10_000 });
      await waitUntil(() => text(el, '#edit-conflict-title') === title, 'conflict texts not in the language');
      expect(text(el, '#edit-conflict ul')).to.contain(places);
      expect(text(el, '#edit-conflict ul')).to.contain(group);
      expect(($(el, '#edit-capacity') as HTMLInputElement).value).to.equal('7');
      expect((await call<Shift>(`/api/v1/volunteering/shifts/${shift.id}`, 'GET', undefined, null)).capacity).to.equal(6);
      await expect(el).to.be.accessible();

      // Load the saved shift into the form by keyboard, make the change again, save.
      await tabTo(el, '#reload-shift');
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'edit-title' && !shadow(el).querySelector('#edit-conflict'), 'not reloaded', { timeout: 10_000 });
      expect(($(el, '#edit-capacity') as HTMLInputElement).value).to.equal('6');
      expect(($(el, '#edit-group') as HTMLInputElement).value).to.equal('3');
      await expect(el).to.be.accessible();
      await tabTo(el, '#edit-capacity');
      await clearField();
      await type('7');
      await tabTo(el, '#save-shift', { max: 60 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status]').includes(saved), 'not saved', { timeout: 10_000 });
      const after = await call<Shift & { maxGroupSize: number }>(`/api/v1/volunteering/shifts/${shift.id}`, 'GET', undefined, null);
      expect([after.capacity, after.maxGroupSize]).to.deep.equal([7, 3]);
    });
  }

  for (const [lang, title, titleSv, english, status, saved] of [
    ['fi', 'Toinen koordinaattori muutti tehtävää sillä välin', 'Otsikko ruotsiksi: Skidspår', 'Sopii englanniksi: kyllä', 'Tila: Julkaistu', 'Tehtävä on tallennettu.'],
    ['sv', 'En annan samordnare ändrade uppgiften under tiden', 'Rubrik på svenska: Skidspår', 'Passar på engelska: ja', 'Status: Publicerad', 'Uppgiften har sparats.'],
    ['en', 'Another coordinator changed the opportunity meanwhile', 'Title in Swedish: Skidspår', 'In English: yes', 'Status: Published', 'The opportunity is saved.'],
  ] as const) {
    it(`another coordinator saves the opportunity meanwhile: the conflict above the form, the typed title kept, the saved one loaded by keyboard, then saved (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(120_000);
      const { id } = await call<{ id: string }>(`${STAFF}/opportunities`, 'POST', draftInput(`Kahden koordinaattorin tehtävä ${lang}`));
      const el = await consoleOf(lang);
      await signIn(el, latuToken());
      await open(el, id);
      await tabTo(el, '#main-titleFi');
      await clearField();
      await type(`Latukoulu ${lang}`);

      // Meanwhile the city's coordinator saves the same opportunity: a Swedish title, published, in English.
      const read = await call<{ items: { id: string; version: number }[] }>('/api/v1/staff/volunteering/organisations/city/opportunities', 'GET', undefined, window.KOHTAAMO_TEST_STAFF_TOKEN);
      const theirs = read.items.find((o) => o.id === id)!;
      const input = draftInput(`Kahden koordinaattorin tehtävä ${lang}`);
      const response = await fetch(`${liveApi()}/api/v1/staff/volunteering/organisations/city/opportunities/${id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}`, 'If-Match': `"${theirs.version}"` },
        body: JSON.stringify({ ...input, status: 'published', title: { ...input.title, sv: 'Skidspår' }, suitability: { ...input.suitability, english: true } }),
      });
      expect(response.status).to.equal(200);

      // This coordinator saves: refused, shown above the form with the focus on it; the title typed is kept.
      await tabTo(el, '#save-opportunity', { max: 60 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'opportunity-conflict', 'conflict not focused', { timeout: 10_000 });
      await waitUntil(() => text(el, '#opportunity-conflict-title') === title, 'conflict texts not in the language');
      const listed = [...shadow(el).querySelectorAll('#opportunity-conflict li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(listed).to.deep.equal([titleSv, english, status]);
      expect(($(el, '#main-titleFi') as HTMLInputElement).value).to.equal(`Latukoulu ${lang}`);
      const server = await call<{ items: { id: string; title: { fi: string; sv: string } }[] }>(`${STAFF}/opportunities`);
      expect(server.items.find((o) => o.id === id)!.title).to.include({ fi: `Kahden koordinaattorin tehtävä ${lang}`, sv: 'Skidspår' });
      await expect(el).to.be.accessible();

      // Saving again on the old version is refused again: nothing is overwritten without loading.
      await tabTo(el, '#save-opportunity', { max: 60 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'opportunity-conflict', 'conflict not shown again', { timeout: 10_000 });

      // Load the saved opportunity into the form by keyboard, type the title again, save.
      await tabTo(el, '#reload-opportunity');
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'detail-title' && !shadow(el).querySelector('#opportunity-conflict'), 'not reloaded', { timeout: 10_000 });
      expect(($(el, '#main-titleSv') as HTMLInputElement).value).to.equal('Skidspår');
      expect(($(el, '#main-english') as HTMLInputElement).checked).to.equal(true);
      expect(($(el, '#main-titleFi') as HTMLInputElement).value).to.equal(`Kahden koordinaattorin tehtävä ${lang}`);
      await expect(el).to.be.accessible();
      await tabTo(el, '#main-titleFi');
      await clearField();
      await type(`Latukoulu ${lang}`);
      await tabTo(el, '#save-opportunity', { max: 60 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status]').includes(saved), 'not saved', { timeout: 10_000 });
      const after = await call<{ items: { id: string; version: number; status: string; title: { fi: string; sv: string }; suitability: { english: boolean } }[] }>(`${STAFF}/opportunities`);
      const mine = after.items.find((o) => o.id === id)!;
      expect([mine.title.fi, mine.title.sv, mine.status, mine.suitability.english, mine.version]).to.deep.equal([`Latukoulu ${lang}`, 'Skidspår', 'published', true, theirs.version + 2]);
    });
  }

  it('the shift editor and the sign-ups with the record column fit 320 px', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const { id, shift } = await opportunityWithSignups('Kapea talkoo');
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kohtaamo-volunteer-console api=${liveApi()}></kohtaamo-volunteer-console></div>`);
    const el = wrap.querySelector('kohtaamo-volunteer-console')!;
    await signIn(el, latuToken());
    await open(el, id);
    $(el, `.edit-shift[data-id=${shift.id}]`).click();
    await waitUntil(() => shadow(el).querySelector('#edit-role-1-check'), 'no editor', { timeout: 10_000 });
    $(el, `.show-signups[data-id=${shift.id}]`).click();
    await waitUntil(() => shadow(el).querySelector('.record-check'), 'no sign-ups', { timeout: 10_000 });
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });
});
