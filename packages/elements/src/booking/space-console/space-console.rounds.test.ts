import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BOOKING_PATHS, ROUND_PATHS, dayNumber, dayOf, isoDate, parseWall } from '@kohtaamo/core';
import '../../define/kohtaamo-space-console.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoSpaceConsole } from './space-console.js';
import { arrowToOption, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

const staffToken = () => window.KOHTAAMO_TEST_STAFF_TOKEN;

async function call(method: string, path: string, body?: object, staff = false): Promise<Response> {
  return fetch(`${liveApi()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(staff ? { Authorization: `Bearer ${staffToken()}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/**
 * A school round whose applications close in a few seconds, with two associations applying for
 * the same evening of the gym's half A: made through the API, then waited out (the real clock).
 */
async function closedRound(name: string, seasonWeeks: number): Promise<{ id: string; first: string; second: string }> {
  const start = isoDate(dayOf(Date.now()) + 7 * seasonWeeks);
  const end = isoDate(dayOf(Date.now()) + 7 * seasonWeeks + 27);
  const deadline = new Date(Date.now() + 3_000).toISOString();
  const made = await call('POST', `${BOOKING_PATHS.staff}/units/school/rounds`, { name, periodStart: start, periodEnd: end, deadline }, true);
  expect(made.status).to.equal(201);
  const round = (await made.json()) as { id: string };
  const apply = async (organisation: string, start: string, end: string) => {
    const r = await call('POST', `${ROUND_PATHS.rounds}/${round.id}/applications`, { resourceId: 'school-gym-a', weekday: 3, start, end, organisation, name: `${organisation} contact`, email: `${organisation.replace(/\W/g, '').toLowerCase()}@example.fi` });
    expect(r.status).to.equal(201);
    return ((await r.json()) as { id: string }).id;
  };
  const first = await apply(`${name} First`, '18:00', '19:30');
  const second = await apply(`${name} Second`, '19:00', '20:00');
  await waitUntil(() => Date.now() > Date.parse(deadline) + 200, 'the applications close', { timeout: 10_000, interval: 200 });
  return { id: round.id, first, second };
}

const $input = (el: KohtaamoSpaceConsole, selector: string) => shadow(el).querySelector<HTMLInputElement>(selector)!;
const consoleOf = (lang: string) => fixture<KohtaamoSpaceConsole>(html`<kohtaamo-space-console api=${liveApi()} lang=${lang}></kohtaamo-space-console>`);

/** Signs in by keyboard, chooses the school and opens the rounds view. */
async function roundsOfSchool(el: KohtaamoSpaceConsole): Promise<void> {
  await tabTo(el, '#token');
  await type(staffToken());
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('#unit') && !text(el, '.count').includes('…'), 'the console shows', { timeout: 10_000 });
  const unit = await tabTo(el, '#unit');
  await arrowToOption(unit as HTMLSelectElement, 'school');
  await tabTo(el, '#view-rounds');
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('table.rounds'), 'the rounds show', { timeout: 10_000 });
}

const TEXTS = {
  fi: { title: 'Hakukierrokset', errors: 'Päätöksissä on 2 virhettä', reason: 'Salissa on samaan aikaan koulun kerho.', accepted: /^Hyväksytty: 4 kertaa$/, rejected: 'Hylätty: Salissa on samaan aikaan koulun kerho.', done: /^Vuorot jaettu: 1 hyväksytty, 1 hylätty\./ },
  sv: { title: 'Ansökningsomgångar', errors: 'Besluten har 2 fel', reason: 'Salen används av skolans klubb.', accepted: /^Godkänd: 4 gånger$/, rejected: 'Avslagen: Salen används av skolans klubb.', done: /^Turerna fördelade: godkända 1, avslagna 1\./ },
  en: { title: 'Application rounds', errors: 'The decisions have 2 errors', reason: 'The school club uses the gym then.', accepted: /^Accepted: 4 times$/, rejected: 'Rejected: The school club uses the gym then.', done: /^Slots allocated: 1 accepted, 1 rejected\./ },
} as const;

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-space-console> seasonal rounds', () => {
  (['fi', 'sv', 'en'] as const).forEach((lang, i) => {
    it(`allocates a round by keyboard alone (${lang}): missing decisions named, one accepted, one rejected with a reason; axe in each state`, async () => {
      const x = TEXTS[lang];
      const round = await closedRound(`Kausi ${lang} ${Date.now().toString(36)}`, 30 + 5 * i);
      const el = await consoleOf(lang);
      await roundsOfSchool(el);
      expect(text(el, '#rounds-title')).to.equal(x.title);
      await expect(el).to.be.accessible();

      await tabTo(el, `.round-open[data-id="${round.id}"]`);
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#allocate-form'), 'the round opens with its decisions', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('round-title');
      await expect(el).to.be.accessible();

      // Sent with no decisions: the summary names both and takes the focus.
      await tabTo(el, '#allocate');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#summary'), 'the summary shows');
      expect(focusedIn(el)?.id).to.equal('summary');
      expect(text(el, '#summary')).to.contain(x.errors);
      await expect(el).to.be.accessible();

      // The first is accepted (Space), the second rejected (the arrow moves to Reject) with a reason.
      await tabTo(el, `#accept-${round.first}`);
      await press('Space');
      await tabTo(el, `#accept-${round.second}`);
      await press('ArrowDown');
      await waitUntil(() => shadow(el).querySelector(`#reason-${round.second}`), 'the reason field shows');
      await tabTo(el, `#reason-${round.second}`);
      await type(x.reason);
      await tabTo(el, '#allocate');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#round-done'), 'the round is allocated', { timeout: 15_000 });
      expect(text(el, '#round-done')).to.match(x.done);
      expect(focusedIn(el)?.id).to.equal('round-title');
      const outcomes = [...shadow(el).querySelectorAll('ol.applications > li')].map((li) => li.querySelectorAll('p')[2]?.textContent?.trim());
      expect(outcomes[0]).to.match(x.accepted);
      expect(outcomes[1]).to.equal(x.rejected);
      await expect(el).to.be.accessible();

      const read = await call('GET', `${BOOKING_PATHS.staff}/rounds/${round.id}/applications`, undefined, true);
      const items = ((await read.json()) as { round: { status: string }; items: { id: string; status: string; reason: string | null }[] }).items;
      expect(items.find((a) => a.id === round.first)?.status).to.equal('accepted');
      expect(items.find((a) => a.id === round.second)).to.include({ status: 'rejected', reason: x.reason });

      // Back to the list: the round is allocated there, and the focus is on its name.
      await tabTo(el, '#rounds-back', { backwards: true });
      await press('Enter');
      await waitUntil(() => (focusedIn(el) as HTMLElement | null)?.dataset.id === round.id, 'the focus returns to the round');
    });
  });

  const CREATE = {
    fi: { errors: 'Lomakkeessa on 4 virhettä', end: 'Kauden viimeinen päivä ei voi olla ennen ensimmäistä.', late: 'Hakuajan on päätyttävä ennen kauden ensimmäistä päivää.', created: /^Hakukierros .+ on avattu\. Hakuaika päättyy \d/, status: 'hakuaika käynnissä' },
    sv: { errors: 'Formuläret har 4 fel', end: 'Säsongens sista dag kan inte vara före den första.', late: 'Ansökningstiden ska gå ut före säsongens första dag.', created: /^Ansökningsomgången .+ är öppnad\. Ansökningstiden går ut \d/, status: 'ansökningstiden pågår' },
    en: { errors: 'The form has 4 errors', end: 'The last day of the season cannot be before the first.', late: 'Applications must close before the first day of the season.', created: /^The application round .+ is open\. Applications close \d/, status: 'taking applications' },
  } as const;
  (['fi', 'sv', 'en'] as const).forEach((lang, i) => {
    it(`opens a new round by keyboard alone (${lang}): empty fields, a season ending before it starts and a deadline inside it named at their fields; then the round in the list and on the server`, async () => {
      const x = CREATE[lang];
      const name = `Uusi ${lang} ${Date.now().toString(36)}`;
      const start = isoDate(dayOf(Date.now()) + 7 * (60 + 2 * i));
      const end = isoDate(dayOf(Date.now()) + 7 * (60 + 2 * i) + 90);
      const deadline = isoDate(dayOf(Date.now()) + 7 * (60 + 2 * i) - 14);
      const el = await consoleOf(lang);
      await roundsOfSchool(el);
      await tabTo(el, '#round-new');
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'round-name', 'the form opens at its first field');
      await expect(el).to.be.accessible();

      // Sent empty: the summary names the four empty fields (the time has its 16:00) and takes the focus.
      await tabTo(el, '#round-create');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#summary'), 'the summary shows');
      expect(focusedIn(el)?.id).to.equal('summary');
      expect(text(el, '#summary')).to.contain(x.errors);
      expect(text(el, '#round-deadline-time-error')).to.equal('');
      await expect(el).to.be.accessible();

      // A season that ends before it starts, and applications closing after it has started.
      await tabTo(el, '#round-name');
      await type(name);
      await tabTo(el, '#round-start');
      await type(start);
      await tabTo(el, '#round-end');
      await type(isoDate(dayNumber(start) - 1));
      await tabTo(el, '#round-deadline');
      await type(end);
      await tabTo(el, '#round-create');
      await press('Enter');
      await waitUntil(() => text(el, '#round-end-error') === x.end, 'the end before the start is named at its field');
      expect(text(el, '#round-deadline-error')).to.equal(x.late);
      expect(text(el, '#round-name-error')).to.equal('');
      expect($input(el, '#round-end').getAttribute('aria-invalid')).to.equal('true');
      expect($input(el, '#round-name').value, 'nothing typed is lost').to.equal(name);
      await expect(el).to.be.accessible();

      // Corrected by keyboard and sent: the list with the new round, the notice focused.
      await tabTo(el, '#round-end');
      await clearField();
      await type(end);
      await tabTo(el, '#round-deadline');
      await clearField();
      await type(deadline);
      await tabTo(el, '#round-create');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#round-created'), 'the round is opened', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('round-created');
      expect(text(el, '#round-created')).to.match(x.created);
      expect(text(el, '#round-created')).to.contain(name);
      const row = [...shadow(el).querySelectorAll('table.rounds tbody tr')].find((tr) => tr.textContent!.includes(name));
      expect(row?.textContent).to.contain(x.status);
      await expect(el).to.be.accessible();

      const listed = await call('GET', `${ROUND_PATHS.staffRounds}?unit=school`, undefined, true);
      const round = ((await listed.json()) as { items: { name: string; periodStart: string; periodEnd: string; deadline: string; open: boolean }[] }).items.find((r) => r.name === name);
      expect(round).to.include({ periodStart: start, periodEnd: end, open: true });
      expect(Date.parse(round!.deadline)).to.equal(parseWall(`${deadline}T16:00`));
    });
  });

  it('fits a 320 px screen with a round\'s decisions open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await consoleOf('fi');
      await roundsOfSchool(el);
      await tabTo(el, '.round-open[data-id="r0000000000de0001"]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#allocate-form'), 'the seeded round opens', { timeout: 10_000 });
      const wide = [...shadow(el).querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321).map((e) => `${e.localName}.${e.className}#${e.id}`);
      expect(document.documentElement.scrollWidth, wide.join(' ')).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
