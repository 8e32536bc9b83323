import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createVolunteeringApi, type VolunteeringApi } from '@kohtaamo/core';
import '../../define/kohtaamo-volunteer-signup.js';
import type { KohtaamoVolunteerSignup } from './volunteer-signup.js';
import { $, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { ownTalkoot } from '../../testing/volunteering-test-data.js';

/** The demo association's ski-track talkoot (seeded by the server's --demo): asked only of the dead server here. */
const OPPORTUNITY = 'o-demo-latu-talkoot';
/**
 * The ski-track talkoot's titles, on a talkoot of each test's own: a form focused holds seats,
 * and a sign-up takes them, so no test here signs up to (or opens the form of) the seeded one
 * that the other files read (five commits were reverted for filling it, issue 11).
 */
const SKI_TITLES = { fi: 'Latupohjien raivaustalkoot', sv: 'Röjningstalko för skidspåren', en: 'Ski track clearing work party' };
/**
 * A small shift of its own (3 seats, a waiting list of 2, groups of 2), made by the city's
 * coordinator for one test: the seeded shifts are shared with every other test file of the run,
 * whose sign-ups (a full first shift sends the opportunity's form to the next one) filled the
 * seeded small shift before this test in a full run, so its sign-ups were refused and it waited.
 */
async function smallShift(title: string): Promise<string> {
  const staff = { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` };
  const base = `${liveApi()}/api/v1/staff/volunteering/organisations/heinolan-latu/opportunities`;
  const opportunity = (await (
    await fetch(base, { method: 'POST', headers: staff, body: JSON.stringify({ kind: 'talkoot', title: { fi: title, en: title }, description: { fi: 'Pieni vuoro.' }, themes: ['nature'], area: 'keskusta', location: { name: 'Latukeskus' }, contact: { name: 'Latu' } }) })
  ).json()) as { id: string };
  const start = new Date(Date.now() + 40 * 86_400_000);
  start.setUTCHours(7, 0, 0, 0);
  const response = await fetch(`${base}/${opportunity.id}/shifts`, {
    method: 'POST',
    headers: staff,
    body: JSON.stringify({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 3, waitingListCapacity: 2, maxGroupSize: 2 }),
  });
  expect(response.status).to.equal(201);
  return ((await response.json()) as { id: string }).id;
}

const signup = (attributes: { lang?: string; api?: string; opportunity?: string; shift?: string; manageCode?: string } = {}) =>
  fixture<KohtaamoVolunteerSignup>(html`<kohtaamo-volunteer-signup
    api=${attributes.api ?? liveApi()}
    lang=${attributes.lang ?? 'fi'}
    opportunity=${attributes.opportunity ?? ''}
    shift=${attributes.shift ?? ''}
    manage-code=${attributes.manageCode ?? ''}
  ></kohtaamo-volunteer-signup>`);

const ready = (el: KohtaamoVolunteerSignup) => waitUntil(() => !shadow(el).querySelector('.loading'), 'still loading', { timeout: 10_000 });

/** Opens the form by keyboard: Tab to "Ilmoittaudu", Enter; the focus goes to the form's first control. */
async function openByKeyboard(el: KohtaamoVolunteerSignup): Promise<void> {
  await tabTo(el, 'button#open');
  await press('Enter');
  await waitUntil(() => focusedIn(el)?.closest('form'), 'the form did not open with the focus in it', { timeout: 10_000 });
}

/** Opens the form and fills it by keyboard only, then sends it with Enter. */
async function fillByKeyboard(el: KohtaamoVolunteerSignup, person: { name: string; email: string; age: string; group?: string }): Promise<void> {
  await openByKeyboard(el);
  await tabTo(el, 'input[name=name]');
  await type(person.name);
  await tabTo(el, 'input[name=email]');
  await type(person.email);
  if (person.group) {
    await tabTo(el, 'input[name=groupSize]');
    await press('Backspace');
    await type(person.group);
  }
  await tabTo(el, 'input[name=age]');
  await type(person.age);
  await press('Enter');
}

afterEach(() => {
  fixtureCleanup();
  localStorage.removeItem('kohtaamo-volunteering-codes');
});

describe('<kohtaamo-volunteer-signup>', () => {
  it('shows the talkoot with the seats left first, then opens the form by keyboard, in Finnish, Swedish and English, accessible', async () => {
    const own = await ownTalkoot({ title: SKI_TITLES });
    for (const [lang, heading, label, submit] of [
      ['fi', 'Latupohjien raivaustalkoot', 'Nimi', 'Ilmoittaudu'],
      ['sv', 'Röjningstalko för skidspåren', 'Namn', 'Anmäl'],
      ['en', 'Ski track clearing work party', 'Name', 'Sign up'],
    ] as const) {
      const el = await signup({ lang, opportunity: own.opportunity });
      await ready(el);
      await expect(el).to.be.accessible();
      expect(text(el, 'h2')).to.equal(heading);
      expect(text(el, '[part=seats]')).to.match(/\d/);
      expect(text(el, 'button#open')).to.equal(submit);
      // The form's part is not loaded for a person who only reads (docs/adr/0091).
      expect(el.form.state).to.equal('idle');
      expect(shadow(el).querySelector('form')).to.equal(null);
      await openByKeyboard(el);
      expect(text(el, 'label[for=name]')).to.equal(label);
      expect(text(el, 'button[type=submit]')).to.equal(submit);
      expect(shadow(el).querySelector('button#open')).to.equal(null);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('says so when the form cannot be loaded, and opens it by keyboard when "Ilmoittaudu" is pressed again (en)', async () => {
    const own = await ownTalkoot({ title: SKI_TITLES });
    const created = document.createElement('kohtaamo-volunteer-signup');
    // The network drops before the form's part is fetched.
    let offline = true;
    const load = created.form.load;
    created.form.load = () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    created.setAttribute('api', liveApi());
    created.setAttribute('opportunity', own.opportunity);
    created.setAttribute('lang', 'en');
    const el = await fixture<KohtaamoVolunteerSignup>(html`${created}`);
    await ready(el);
    await tabTo(el, 'button#open');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#form-failed'), 'no notice of the failed form');
    expect(text(el, '#form-failed')).to.contain('could not');
    expect(text(el, '[role=status]')).to.equal(text(el, '#form-failed'));
    expect(focusedIn(el)).to.equal($(el, 'button#open'));
    await expect(el).to.be.accessible();
    offline = false;
    await press('Enter');
    await waitUntil(() => focusedIn(el)?.closest('form'), 'the form did not open on the second press');
    expect(shadow(el).querySelector('#form-failed')).to.equal(null);
    expect(text(el, 'label[for=name]')).to.equal('Name');
    await expect(el).to.be.accessible();
  });

  it('shows every error at the top, linked to its field, asks a minor for a guardian, then signs up by keyboard alone (sv)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const own = await ownTalkoot({ title: SKI_TITLES, under18: true });
    const el = await signup({ lang: 'sv', opportunity: own.opportunity });
    await ready(el);
    await openByKeyboard(el);
    await tabTo(el, 'input[name=age]');
    await type('15');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#summary'), 'no summary');
    expect(focusedIn(el)).to.equal($(el, '#summary'));
    await expect(el).to.be.accessible();
    const summary = text(el, '#summary');
    expect(summary).to.match(/vårdnadshavarens namn/i);
    expect(summary).to.contain('Namn');
    expect($(el, 'input[name=guardianConsent]')).to.exist;
    expect($(el, 'input[name=name]').getAttribute('aria-invalid')).to.equal('true');
    // Following a link of the summary by keyboard moves the focus to its field.
    await press('Tab');
    await press('Enter');
    expect(focusedIn(el)).to.equal($(el, 'input[name=name]'));
    // The rest by keyboard: the name, the email, the guardian and the consent; sent with Enter.
    await type('Saga Skidåkare');
    await tabTo(el, 'input[name=email]');
    await type('saga@example.fi');
    await tabTo(el, 'input[name=guardianName]');
    await type('Stina Skidåkare');
    await tabTo(el, 'input[name=guardianConsent]');
    await press('Space');
    expect($(el, 'input[name=guardianConsent]')).to.have.property('checked', true);
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    const receipt = ((await submitted) as Event & { receipt: { status: string; manageCode: string } }).receipt;
    // Its own talkoot has seats: the minor is in, with the guardian's consent.
    expect(receipt.status).to.equal('attending');
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    expect(text(el, '[part=confirmation]')).to.contain(receipt.manageCode);
    expect(text(el, '[role=status]')).to.contain('Du är med');
    await expect(el).to.be.accessible();
  });

  it('signs up by keyboard alone, confirms with the manage code, then warns of an overlapping shift (fi)', async () => {
    const own = await ownTalkoot({ title: SKI_TITLES, daysAhead: 9 });
    const el = await signup({ opportunity: own.opportunity });
    await ready(el);
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
    await fillByKeyboard(el, { name: 'Aino Näppäimistö', email: 'aino@example.fi', age: '34', group: '2' });
    const event = (await submitted) as Event & { receipt: { manageCode: string; status: string } };
    expect(event.receipt.status).to.equal('attending');
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    await expect(el).to.be.accessible();
    expect(text(el, '[part=confirmation]')).to.contain(event.receipt.manageCode);
    expect(text(el, '[part=confirmation]')).to.contain('2 henkeä');
    expect(text(el, '[role=status]')).to.contain('Olet mukana');
    expect(JSON.parse(localStorage.getItem('kohtaamo-volunteering-codes')!)).to.include(event.receipt.manageCode);

    // Another opportunity at the same time (made by the city's coordinator): its form warns of the overlap.
    const first = (await (await fetch(`${liveApi()}/api/v1/volunteering/shifts/${own.shift}`)).json()) as { startsAt: string; endsAt: string };
    const staff = { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` };
    const base = `${liveApi()}/api/v1/staff/volunteering/organisations/heinolan-latu/opportunities`;
    const created = (await (
      await fetch(base, { method: 'POST', headers: staff, body: JSON.stringify({ kind: 'talkoot', title: { fi: 'Päällekkäiset talkoot' }, description: { fi: 'Samaan aikaan.' }, themes: ['nature'], area: 'keskusta', location: { name: 'Latukeskus' }, contact: { name: 'Latu' } }) })
    ).json()) as { id: string };
    const shiftResponse = await fetch(`${base}/${created.id}/shifts`, { method: 'POST', headers: staff, body: JSON.stringify({ startsAt: first.startsAt, endsAt: first.endsAt, capacity: 5 }) });
    expect(shiftResponse.status).to.equal(201);
    const again = await signup({ opportunity: created.id });
    await ready(again);
    await waitUntil(() => shadow(again).querySelector('#overlap'), 'no overlap warning');
    expect(text(again, '#overlap')).to.contain('Latupohjien raivaustalkoot');
    await expect(again).to.be.accessible();
  });

  it('sends the sign-up with the seats it holds when the server answers the hold slowly, and leaves no hold behind (fi)', async function (this: { timeout(ms: number): void }) {
    // A loaded server (a full test run, a busy evening) answers the seat hold after the person has
    // already pressed Enter. The sign-up used to go without the hold (or with the one just
    // released), and the hold that landed after it kept seats from everyone, the person too, for
    // ten minutes: in a full run the next person of the small shift was refused and the English
    // waiting-list test below waited for a confirmation that never came.
    this.timeout(60_000);
    const shiftId = await smallShift('Hitaan pidon talkoot');
    const real = createVolunteeringApi(createApiClient({ baseUrl: liveApi() }));
    const slow: VolunteeringApi = {
      ...real,
      hold: async (shift, seats) => {
        const held = await real.hold(shift, seats);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return held;
      },
    };
    const el = await fixture<KohtaamoVolunteerSignup>(html`<kohtaamo-volunteer-signup api=${liveApi()} lang="fi" shift=${shiftId} .volunteeringApi=${slow}></kohtaamo-volunteer-signup>`);
    await ready(el);
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
    await fillByKeyboard(el, { name: 'Hidas Hanna', email: 'hanna@example.fi', age: '40', group: '2' });
    const receipt = ((await submitted) as Event & { receipt: { status: string; groupSize: number } }).receipt;
    expect([receipt.status, receipt.groupSize]).to.deep.equal(['attending', 2]);
    const shift = (await (await fetch(`${liveApi()}/api/v1/volunteering/shifts/${shiftId}`)).json()) as { attending: number; held: number };
    expect([shift.attending, shift.held]).to.deep.equal([2, 0]);
  });

  it('keeps what the person typed when the sending part fails to load, and sends it by keyboard once the retry loads it (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const shiftId = await smallShift('Verkottomat talkoot');
    const created = document.createElement('kohtaamo-volunteer-signup');
    // The network drops before the lazy part (checking, sending, the confirmation) is fetched.
    let offline = true;
    const load = created.later.load;
    created.later.load = () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    created.setAttribute('api', liveApi());
    created.setAttribute('shift', shiftId);
    created.setAttribute('lang', 'fi');
    const el = await fixture<KohtaamoVolunteerSignup>(html`${created}`);
    await ready(el);
    await fillByKeyboard(el, { name: 'Verkoton Veikko', email: 'veikko@example.fi', age: '41' });
    await waitUntil(() => shadow(el).querySelector('#later-failed'), 'no notice of the failed part');
    expect(text(el, '#later-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    expect(text(el, '[role=status]')).to.contain('Palvelimeen ei saatu yhteyttä');
    expect($<HTMLInputElement>(el, 'input[name=name]').value).to.equal('Verkoton Veikko');
    expect($<HTMLInputElement>(el, 'input[name=age]').value).to.equal('41');
    await expect(el).to.be.accessible();
    offline = false;
    const submitted = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
    await tabTo(el, '#later-failed button');
    await press('Enter');
    const receipt = ((await submitted) as Event & { receipt: { status: string; name?: string } }).receipt;
    expect(receipt.status).to.equal('attending');
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    expect(text(el, '[role=status]')).to.contain('Olet mukana');
  });

  it('waits for the sending part when Enter comes before it, says so, sends once and keeps what was typed meanwhile (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const shiftId = await smallShift('Hitaan osan talkoot');
    const created = document.createElement('kohtaamo-volunteer-signup');
    // A slow line: the part comes only when the test lets it.
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const load = created.later.load;
    created.later.load = async () => {
      await arrived;
      return load();
    };
    created.setAttribute('api', liveApi());
    created.setAttribute('shift', shiftId);
    created.setAttribute('lang', 'fi');
    const el = await fixture<KohtaamoVolunteerSignup>(html`${created}`);
    await ready(el);
    let sent = 0;
    el.addEventListener('kohtaamo-signup-submitted', () => sent++);
    await fillByKeyboard(el, { name: 'Odottava Olli', email: 'olli@example.fi', age: '52' });
    await waitUntil(() => text(el, 'button[type=submit]') === 'Lähetetään…', 'the button does not say it is sending');
    expect($(el, 'button[type=submit]').getAttribute('aria-disabled')).to.equal('true');
    // A second Enter meanwhile sends nothing more.
    await press('Enter');
    expect($<HTMLInputElement>(el, 'input[name=name]').value).to.equal('Odottava Olli');
    await expect(el).to.be.accessible();
    arrive();
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no confirmation');
    expect(sent).to.equal(1);
    expect(focusedIn(el)).to.equal($(el, '#confirmation-title'));
    const shift = (await (await fetch(`${liveApi()}/api/v1/volunteering/shifts/${shiftId}`)).json()) as { attending: number };
    expect(shift.attending).to.equal(1);
  });

  it('opens a sign-up by its manage code when the part that reads it loads only on a retry, by keyboard (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const shiftId = await smallShift('Hallintalinkin talkoot');
    const real = createVolunteeringApi(createApiClient({ baseUrl: liveApi() }));
    const receipt = await real.signUp(shiftId, { name: 'Linkki Liisa', email: 'liisa@example.fi', phone: '', groupSize: 1, age: 30, guardianName: '', guardianConsent: false, lang: 'fi' }, `test-manage-retry-${Date.now()}`);
    const created = document.createElement('kohtaamo-volunteer-signup');
    // The network drops before the part with the manage link's reading and view is fetched: the
    // element's import fails (once: nothing fetches it again behind the person's back, ADR 0091).
    let offline = true;
    let tries = 0;
    const load = created.later.load;
    created.later.load = () => (tries++, offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    created.setAttribute('api', liveApi());
    created.setAttribute('manage-code', receipt.manageCode!);
    created.setAttribute('lang', 'fi');
    const el = await fixture<KohtaamoVolunteerSignup>(html`${created}`);
    await waitUntil(() => text(el).includes('Palvelimeen ei saatu yhteyttä'), 'no notice of the failed part', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    expect(tries).to.equal(1);
    offline = false;
    expect(text(el, 'button')).to.equal('Yritä nyt');
    await tabTo(el, 'button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part=confirmation]'), 'no sign-up after the retry');
    expect(tries).to.equal(2);
    expect(text(el, 'h2')).to.equal('Ilmoittautumisesi');
    expect(text(el, '[part=confirmation]')).to.contain('Olet mukana');
    await expect(el).to.be.accessible();
  });

  // This one hung past 90 s in about half of the full runs (a hold answered after Enter was
  // left behind and kept the small shift's seats, so a later sign-up here was refused); the test
  // above reproduces that with a slow hold. The same flow in Finnish is in test/e2e/volunteering-demo.test.ts.
  it('fills the small shift, then puts the next person on the waiting list, and a cancel by the manage link moves the list (en)', async function (this: { timeout(ms: number): void }) {
    // Three sign-ups and a cancellation typed by keyboard, with axe four times: longer than mocha's
    // 20 s on a loaded machine (it failed so in a full run). No assertion is on time.
    this.timeout(90_000);
    const SMALL_SHIFT = await smallShift('Small shift work party');
    const codes: string[] = [];
    for (let i = 0; i < 2; i++) {
      const el = await signup({ lang: 'en', shift: SMALL_SHIFT });
      await ready(el);
      const done = new Promise<Event>((resolve) => el.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
      await fillByKeyboard(el, { name: `Person ${i}`, email: `p${i}@example.fi`, age: '40', group: i === 0 ? '2' : '1' });
      codes.push(((await done) as Event & { receipt: { manageCode: string } }).receipt.manageCode);
      fixtureCleanup();
    }
    const third = await signup({ lang: 'en', shift: SMALL_SHIFT });
    await ready(third);
    expect(text(third, '[part=seats]')).to.contain('Full');
    const waited = new Promise<Event>((resolve) => third.addEventListener('kohtaamo-signup-submitted', resolve, { once: true }));
    await fillByKeyboard(third, { name: 'Waiting Walter', email: 'w@example.fi', age: '50' });
    const waiting = (await waited) as Event & { receipt: { status: string; position: number; manageCode: string } };
    expect([waiting.receipt.status, waiting.receipt.position]).to.deep.equal(['waiting', 1]);
    await waitUntil(() => shadow(third).querySelector('[part=confirmation]'));
    expect(text(third, '[part=confirmation]')).to.contain('number 1 on the waiting list');
    await expect(third).to.be.accessible();
    fixtureCleanup();

    // The single person opens their manage link and cancels, by keyboard.
    const manage = await signup({ lang: 'en', manageCode: codes[1]! });
    await ready(manage);
    expect(text(manage, 'h2')).to.equal('Your sign-up');
    await expect(manage).to.be.accessible();
    await tabTo(manage, 'button.secondary:not([type=submit])');
    await press('Enter');
    await waitUntil(() => text(manage, '[role=status]').includes('cancelled'), `not cancelled: ${text(manage)}`);
    await expect(manage).to.be.accessible();
    fixtureCleanup();

    const walter = await signup({ lang: 'en', manageCode: waiting.receipt.manageCode });
    await ready(walter);
    expect(text(walter, '[part=confirmation]')).to.contain('You’re in.');
  });

  for (const [lang, heading, cancelled] of [
    ['fi', 'Ilmoittautumisesi', 'Ilmoittautuminen on peruttu.'],
    ['sv', 'Din anmälan', 'Anmälan har avbokats.'],
  ] as const) {
    it(`a cancel by the manage link, by keyboard, moves the waiting list (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const shift = await smallShift(`Peruttava vuoro ${lang}`);
      const post = async (name: string, groupSize: number) => {
        const response = await fetch(`${liveApi()}/api/v1/volunteering/shifts/${shift}/signups`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, email: `${lang}.${groupSize}.${name.length}@example.fi`, groupSize, age: 40, lang }) });
        expect(response.status).to.equal(201);
        return (await response.json()) as { status: string; manageCode: string };
      };
      await post('Pari', 2);
      const single = await post('Yksin', 1);
      const waiting = await post('Jonottaja', 1);
      expect([single.status, waiting.status]).to.deep.equal(['attending', 'waiting']);
      const manage = await signup({ lang, manageCode: single.manageCode });
      await ready(manage);
      expect(text(manage, 'h2')).to.equal(heading);
      await expect(manage).to.be.accessible();
      await tabTo(manage, 'button.secondary:not([type=submit])');
      await press('Enter');
      await waitUntil(() => text(manage, '[role=status]').includes(cancelled), `not cancelled: ${text(manage)}`);
      await expect(manage).to.be.accessible();
      const moved = (await (await fetch(`${liveApi()}/api/v1/volunteering/signups/${encodeURIComponent(waiting.manageCode)}`)).json()) as { status: string };
      expect(moved.status).to.equal('attending');
    });
  }

  it('changes the group size by the manage link by keyboard alone; the server keeps it and the seats follow (sv)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const shiftId = await smallShift('Gruppens talko');
    const real = createVolunteeringApi(createApiClient({ baseUrl: liveApi() }));
    const receipt = await real.signUp(shiftId, { name: 'Grupp Greta', email: 'greta@example.fi', phone: '', groupSize: 1, age: 30, guardianName: '', guardianConsent: false, lang: 'sv' }, `test-manage-change-${Date.now()}`);
    const el = await signup({ lang: 'sv', manageCode: receipt.manageCode! });
    await ready(el);
    expect(text(el, 'h2')).to.equal('Din anmälan');
    expect(text(el, '[part=confirmation]')).to.contain('1 person');
    await tabTo(el, 'input[name=groupSize]');
    await press('Backspace');
    await type('2');
    await press('Enter');
    await waitUntil(() => text(el, '[role=status]').includes('Ändringen har sparats'), `not changed: ${text(el)}`);
    expect(text(el, '[part=confirmation]')).to.contain('2 personer');
    await expect(el).to.be.accessible();
    const shift = (await (await fetch(`${liveApi()}/api/v1/volunteering/shifts/${shiftId}`)).json()) as { attending: number };
    expect(shift.attending).to.equal(2);
    // More than the shift takes (2): refused by the field, the sign-up as it was.
    await tabTo(el, 'input[name=groupSize]', { backwards: true });
    await press('Backspace');
    await type('3');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#groupSize-error'), 'no error by the field');
    expect($(el, 'input[name=groupSize]').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(((await real.manage(receipt.manageCode!)) as { groupSize: number }).groupSize).to.equal(2);
  });

  it('a shift whose seats and waiting list are taken refuses clearly, keeps what was typed, and is announced (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const shiftId = await smallShift('Täydet talkoot');
    const real = createVolunteeringApi(createApiClient({ baseUrl: liveApi() }));
    // 3 seats and a waiting list of 2, all taken by others.
    for (const [i, groupSize] of [[0, 2], [1, 1], [2, 1], [3, 1]] as const) {
      await real.signUp(shiftId, { name: `Muu ${i}`, email: `muu${i}@example.fi`, phone: '', groupSize, age: 30, guardianName: '', guardianConsent: false, lang: 'fi' }, `test-full-${i}-${Date.now()}`);
    }
    const el = await signup({ shift: shiftId });
    await ready(el);
    expect(text(el, '[part=seats]')).to.match(/täynnä/i);
    await fillByKeyboard(el, { name: 'Myöhäinen Maija', email: 'maija@example.fi', age: '33' });
    await waitUntil(() => text(el, '.notice.warning').includes('Vuoro on täynnä'), `no refusal: ${text(el)}`);
    expect(text(el, '[role=status]')).to.contain('Vuoro on täynnä');
    expect($<HTMLInputElement>(el, 'input[name=name]').value).to.equal('Myöhäinen Maija');
    expect(shadow(el).querySelector('[part=confirmation]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the server cannot be reached, accessibly, and works from 320 px wide', async () => {
    const dead = await signup({ api: deadApi(), opportunity: OPPORTUNITY, lang: 'en' });
    await waitUntil(() => text(dead).includes('could not be loaded'), 'no failure notice', { timeout: 15_000 });
    await expect(dead).to.be.accessible();
    fixtureCleanup();
    const own = await ownTalkoot({ title: SKI_TITLES });
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kohtaamo-volunteer-signup api=${liveApi()} opportunity=${own.opportunity}></kohtaamo-volunteer-signup></div>`);
    const el = narrow.querySelector('kohtaamo-volunteer-signup')!;
    await ready(el);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
    await openByKeyboard(el);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });
});
