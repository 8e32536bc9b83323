import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { RECEIPT_CODE_PATTERN, generateReceiptCode, type Round } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-ballot.js';
import type { KohtaamoBudgetBallot } from './budget-ballot.js';
import type { KohtaamoBudgetBallotCastEvent } from './budget-ballot.events.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { demoRound, fixtureBallotApi, votingCodes } from '../budgeting-test-support.js';

/** A well-formed code for the fixture server, which takes any. */
const CODE = generateReceiptCode();
let round: Round;
before(async () => {
  round = await demoRound();
});
afterEach(() => fixtureCleanup());

const ballot = (attributes: { lang?: string; budget?: string; code?: string } = {}) =>
  fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot
    api=${liveApi()}
    round=${round.id}
    lang=${attributes.lang ?? 'fi'}
    budget=${attributes.budget ?? ''}
    code=${attributes.code ?? ''}
  ></kohtaamo-budget-ballot>`);

const tally = (el: Element) => text(el, '[part="tally"]');
const whenStep = (el: Element, selector: string) => waitUntil(() => shadow(el).querySelector(selector), `never showed ${selector}`, { timeout: 8000 });

const TEXTS = {
  fi: { choose: 'Valitse alue, jonka hankkeista äänestät', rules: 'Valitse 1–3 hanketta.', confirm: 'Tarkista äänesi', done: 'Äänesi on tallennettu', stored: 'Äänesi on vaaliuurnassa', chosen: 'Valittuna 1 hanke.', left: 'Voit valita vielä 2 hanketta.' },
  sv: { choose: 'Välj området vars projekt du röstar om', rules: 'Välj 1–3 projekt.', confirm: 'Granska din röst', done: 'Din röst har sparats', stored: 'Din röst finns i valurnan', chosen: 'Du har valt 1 projekt.', left: 'Du kan välja 2 projekt till.' },
  en: { choose: 'Choose the area whose projects you vote on', rules: 'Choose 1 to 3 projects.', confirm: 'Check your vote', done: 'Your vote is stored', stored: 'Your vote is in the ballot box', chosen: 'You have chosen 1 project.', left: 'You can choose 2 more projects.' },
} as const;

describe('<kohtaamo-budget-ballot>', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`is voted by keyboard alone in ${lang}: area, a project, the code, the check, the receipt`, async () => {
      const [code] = await votingCodes(round.id);
      const el = await ballot({ lang });
      await whenStep(el, 'input[name=budget]');
      await expect(el).to.be.accessible();
      expect(text(el, 'legend')).to.equal(TEXTS[lang].choose);

      // The first area is chosen already; Tab to "Continue".
      await tabTo(el, 'button[type=submit]');
      await press('Enter');
      await whenStep(el, 'input[name=project]');
      expect(focusedIn(el) === $(el, '#ballot-title'), 'focus on #ballot-title').to.equal(true);
      expect(text(el, '.rules')).to.contain(TEXTS[lang].rules);
      await expect(el).to.be.accessible();

      await tabTo(el, 'input[name=project]');
      await press('Space');
      await waitUntil(() => tally(el).includes(TEXTS[lang].chosen), 'the tally did not follow the choice');
      expect(tally(el)).to.contain(TEXTS[lang].left);
      expect($(el, '[part="tally"]').getAttribute('role')).to.equal('status');

      await tabTo(el, 'input[name=code]');
      await type(code!.toLowerCase().replace(/-/g, ' '));
      await press('Enter');
      await whenStep(el, '#confirm-title');
      expect(focusedIn(el) === $(el, '#confirm-title'), 'focus on #confirm-title').to.equal(true);
      expect(text(el, '#confirm-title')).to.equal(TEXTS[lang].confirm);
      expect(shadow(el).querySelectorAll('.choices li').length).to.equal(1);
      await expect(el).to.be.accessible();

      const cast = new Promise<KohtaamoBudgetBallotCastEvent>((resolve) => el.addEventListener('kohtaamo-budget-ballot-cast', resolve, { once: true }));
      await tabTo(el, '#cast');
      await press('Enter');
      const event = await cast;
      await whenStep(el, '#done-title');
      expect(text(el, '#done-title')).to.equal(TEXTS[lang].done);
      expect(focusedIn(el) === $(el, '#done-title'), 'focus on #done-title').to.equal(true);
      const receipt = text(el, '[part="receipt-code"]');
      expect(receipt).to.match(RECEIPT_CODE_PATTERN);
      expect(event.receipt.receipt).to.equal(receipt);
      // The receipt check loads beside it and finds the ballot in the ballot box.
      const check = shadow(el).querySelector('kohtaamo-budget-receipt')!;
      await waitUntil(() => check.shadowRoot && text(check, '[part="result"]').includes(TEXTS[lang].stored), 'the receipt was not checked', { timeout: 8000 });
      await expect(el).to.be.accessible();
    });
  }

  it('shows broken rules in words as they happen, and refuses to go on until they are fixed', async () => {
    const [code] = await votingCodes(round.id);
    const keskusta = round.budgets[0]!.id;
    const el = await ballot({ budget: keskusta, code });
    await whenStep(el, 'input[name=project]');
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name=project]')];
    expect(boxes.length).to.be.greaterThan(3);
    for (const box of boxes) box.click();
    await waitUntil(() => tally(el).includes('Voit valita enintään 3 hanketta. Valittuna on nyt'), 'no live violation');
    expect($(el, '[part="tally"]').classList.contains('broken')).to.equal(true);
    await expect(el).to.be.accessible();

    $(el, '#review').click();
    await whenStep(el, '#summary');
    expect(focusedIn(el) === $(el, '#summary'), 'focus on #summary').to.equal(true);
    expect(text(el, '#summary')).to.contain('Lomakkeessa on 1 korjattava kohta');
    expect(text(el, '#summary a')).to.contain('Voit valita enintään 3 hanketta');
    expect(shadow(el).querySelector('#confirm-title')).to.equal(null);
    await expect(el).to.be.accessible();

    // The summary's link takes the focus to the projects; unchecking one fixes it.
    boxes[0]!.click();
    await waitUntil(() => tally(el).includes('Valintasi ovat sääntöjen mukaiset.'), 'still broken');
    $(el, '#review').click();
    await whenStep(el, '#confirm-title');
    expect(shadow(el).querySelectorAll('.choices li').length).to.equal(3);
  });

  it('casts a blank vote, and a code cannot vote twice', async () => {
    const [code] = await votingCodes(round.id);
    const el = await ballot({ budget: round.budgets[1]!.id, code, lang: 'en' });
    await whenStep(el, '#blank');
    $(el, '#blank').click();
    await whenStep(el, '#confirm-title');
    expect(text(el, '.confirm')).to.contain('You are casting a blank vote');
    await expect(el).to.be.accessible();
    $(el, '#cast').click();
    await whenStep(el, '#done-title');
    expect(text(el, '[part="receipt-code"]')).to.match(RECEIPT_CODE_PATTERN);

    const again = await ballot({ budget: round.budgets[0]!.id, code, lang: 'en' });
    await whenStep(again, '#blank');
    $(again, '#blank').click();
    await whenStep(again, '#cast');
    $(again, '#cast').click();
    await whenStep(again, '#code-error');
    expect(text(again, '#code-error')).to.equal('A ballot was already cast with this right to vote. Everyone votes once.');
    expect($(again, '#code').getAttribute('aria-invalid')).to.equal('true');
    expect(focusedIn(again) === $(again, '#summary'), 'focus on #summary').to.equal(true);
    await expect(again).to.be.accessible();
  });

  it('checks the code’s form before sending, and says by the field when the server does not know it', async () => {
    const el = await ballot({ budget: round.budgets[0]!.id, lang: 'sv' });
    await whenStep(el, '#blank');
    $(el, '#blank').click();
    await whenStep(el, '#code-error');
    expect(text(el, '#code-error')).to.equal('Denna uppgift är obligatorisk.');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#code').focus();
    await type('ABCD-1234');
    $(el, '#blank').click();
    await waitUntil(() => text(el, '#code-error').includes('Röstkoden är ogiltig'), 'no format error');

    // Well-formed, but never issued: the server refuses it (403) and the element says so by the field.
    $<HTMLInputElement>(el, '#code').value = '';
    $<HTMLInputElement>(el, '#code').focus();
    await type(generateReceiptCode());
    $(el, '#blank').click();
    await whenStep(el, '#cast');
    $(el, '#cast').click();
    await waitUntil(() => shadow(el).querySelector('#code-error') && shadow(el).querySelector('#summary'), 'no refusal');
    expect(text(el, '#code-error')).to.contain('Röstkoden är ogiltig');
    await expect(el).to.be.accessible();
  });

  it('keeps one random order of the projects for this voter while the tab lives', async () => {
    const budget = round.budgets[0]!.id;
    const first = await ballot({ budget });
    await whenStep(first, 'input[name=project]');
    expect(text(first, '.rules')).to.contain('satunnaisessa järjestyksessä');
    const order = [...shadow(first).querySelectorAll<HTMLInputElement>('input[name=project]')].map((i) => i.value);
    const stored = JSON.parse(sessionStorage.getItem(`kohtaamo-budget-order:${round.id}:${budget}`)!) as string[];
    expect(stored).to.deep.equal(order);
    const second = await ballot({ budget });
    await whenStep(second, 'input[name=project]');
    expect([...shadow(second).querySelectorAll<HTMLInputElement>('input[name=project]')].map((i) => i.value)).to.deep.equal(order);
  });

  it('says so when the round’s vote is not found', async () => {
    const el = await fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot api=${liveApi()} round="ei-ole-2099"></kohtaamo-budget-ballot>`);
    await whenStep(el, '#notice');
    expect(text(el, '#notice')).to.contain('Äänestystä ei löytynyt');
    await expect(el).to.be.accessible();
  });
});

describe('<kohtaamo-budget-ballot> knapsack and points (fixture answers at the HTTP boundary)', () => {
  it('knapsack: money left live, projects that no longer fit marked in words, over budget and minimum share refused', async () => {
    const api = fixtureBallotApi({ type: 'knapsack', minShareSpent: 0.5 });
    const el = await fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot round="testi-2027" lang="fi" code=${CODE} .budgetingApi=${api}></kohtaamo-budget-ballot>`);
    await whenStep(el, 'input[name=project]');
    expect(text(el, '.rules')).to.contain('Valitse hankkeita, joiden yhteishinta mahtuu budjettiin');
    expect(text(el, '.rules')).to.contain('Käytä vähintään 50 % budjetista.');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#p-pfix000003').click();
    await waitUntil(() => tally(el).includes('Rahaa jäljellä: 75'), 'no money left');
    expect(tally(el)).to.contain('Käytä vähintään 50 %');
    $<HTMLInputElement>(el, '#p-pfix000001').click();
    await waitUntil(() => tally(el).includes('Rahaa jäljellä: 15'), 'money not updated');
    // 30 000 € does not fit in the 15 000 € left: said in words, and linked to the checkbox.
    expect(text(el, '#fit-pfix000002')).to.equal('Ei mahdu jäljellä olevaan rahaan.');
    expect($(el, '#p-pfix000002').getAttribute('aria-describedby')).to.contain('fit-pfix000002');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#p-pfix000002').click();
    await waitUntil(() => tally(el).includes('budjetti on'), 'no over-budget violation');
    await expect(el).to.be.accessible();
    $(el, '#review').click();
    await whenStep(el, '#summary');
    $<HTMLInputElement>(el, '#p-pfix000002').click();
    await waitUntil(() => tally(el).includes('Valintasi ovat sääntöjen mukaiset.'), 'still broken');
    $(el, '#review').click();
    await whenStep(el, '#confirm-title');
    expect(text(el, '.total')).to.match(/Yhteensä 85\s000\s€/);
    $(el, '#cast').click();
    await whenStep(el, '#done-title');
    const sent = api.requests.find((r) => r.method === 'POST')!;
    const body = sent.body as { voter: unknown; choices: unknown[] };
    expect(body.voter).to.deep.equal({ code: CODE });
    expect(body.choices).to.have.deep.members([{ project: 'pfix000001' }, { project: 'pfix000003' }]);
  });

  it('points: points left live by keyboard, too many points per project and in all refused (en)', async () => {
    const api = fixtureBallotApi({ type: 'points', totalPoints: 10, maxPointsPerProject: 6 });
    const el = await fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot round="testi-2027" lang="en" code=${CODE} .budgetingApi=${api}></kohtaamo-budget-ballot>`);
    await whenStep(el, '#points-pfix000001');
    expect(text(el, '.rules')).to.contain('Share 10 points among the projects as you like.');
    expect(text(el, '.rules')).to.contain('A project can get at most 6 points.');
    await expect(el).to.be.accessible();

    await tabTo(el, '#points-pfix000001');
    await type('7');
    await waitUntil(() => tally(el).includes('A project can get at most 6 points.'), 'no per-project violation');
    await expect(el).to.be.accessible();
    await press('Backspace');
    await type('6');
    await tabTo(el, '#points-pfix000002');
    await press('ArrowUp');
    await waitUntil(() => tally(el).includes('3 points left'), `points left not shown: ${tally(el)}`);
    await tabTo(el, '#points-pfix000003');
    await type('5');
    await waitUntil(() => tally(el).includes('2 points too many'), 'no total violation');
    await press('Backspace');
    await type('3');
    await waitUntil(() => tally(el).includes('Your choices follow the rules.'), 'still broken');
    expect(tally(el)).to.contain('0 points left');
    await press('Enter');
    await whenStep(el, '#confirm-title');
    expect(text(el, '.choices')).to.contain('6 points');
    expect(text(el, '.choices')).to.contain('1 point');
    await expect(el).to.be.accessible();
    $(el, '#cast').click();
    await whenStep(el, '#done-title');
    const sent = api.requests.find((r) => r.method === 'POST')!.body as { choices: { project: string; points: number }[] };
    expect(sent.choices).to.have.deep.members([
      { project: 'pfix000001', points: 6 },
      { project: 'pfix000002', points: 1 },
      { project: 'pfix000003', points: 3 },
    ]);
  });
});

describe('<kohtaamo-budget-ballot> later steps loaded after the ballot (issue 7)', () => {
  it('when their module fails to load, the choices stay, "Retry now" brings the confirmation, and the vote is cast once', async () => {
    const api = fixtureBallotApi({ type: 'approval', minProjects: 1, maxProjects: 3 });
    const el = document.createElement('kohtaamo-budget-ballot');
    let online = false;
    const load = el.later.load;
    el.later.load = () => (online ? load() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    Object.assign(el, { round: 'testi-2027', code: CODE, budgetingApi: api });
    el.setAttribute('lang', 'fi');
    await fixture(html`<div>${el}</div>`);
    await whenStep(el, 'input[name=project]');
    $<HTMLInputElement>(el, '#p-pfix000001').click();
    await waitUntil(() => tally(el).includes('Valittuna 1 hanke.'), 'the tally did not follow the choice');
    $(el, '#review').click();
    await whenStep(el, '#later-failed');
    await waitUntil(() => focusedIn(el) === $(el, '#later-failed'), 'the failure notice did not take the focus');
    expect(text(el, '#later-failed')).to.contain('Palvelimeen ei saatu yhteyttä');
    await expect(el).to.be.accessible();
    // Back to the ballot: the choice and the code are still there.
    $(el, '#back').click();
    await whenStep(el, '#p-pfix000001');
    expect($<HTMLInputElement>(el, '#p-pfix000001').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#code').value).to.equal(CODE);
    $(el, '#review').click();
    await whenStep(el, '#later-retry');
    online = true;
    $(el, '#later-retry').click();
    await whenStep(el, '#confirm-title');
    await waitUntil(() => focusedIn(el) === $(el, '#confirm-title'), 'the confirmation did not take the focus');
    $(el, '#cast').click();
    await whenStep(el, '#done-title');
    expect(text(el, '[part="receipt-code"]')).to.equal('ABCD-EFGH-JKMN-PQRS-T');
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(1);
  });
});

describe('<kohtaamo-budget-ballot> a knapsack ballot’s part (issue 7, ADR 0106)', () => {
  it('when it fails to load, the notice says so with "Retry now", which by keyboard draws the ballot with its rules and takes the focus there', async () => {
    const api = fixtureBallotApi({ type: 'knapsack', minShareSpent: 0 });
    const el = document.createElement('kohtaamo-budget-ballot');
    let online = false;
    let asked = 0;
    const load = el.parts.knapsack;
    el.parts.knapsack = () => (asked++, online ? load() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    Object.assign(el, { round: 'testi-2027', code: CODE, budgetingApi: api });
    el.setAttribute('lang', 'sv');
    await fixture(html`<div>${el}</div>`);
    await whenStep(el, '#retry');
    expect(text(el, '#notice')).to.contain('Röstsedeln kunde inte laddas.');
    expect(shadow(el).querySelector('input[name=project]')).to.equal(null);
    await expect(el).to.be.accessible();
    online = true;
    await tabTo(el, '#retry');
    await press('Enter');
    await whenStep(el, 'input[name=project]');
    await waitUntil(() => focusedIn(el) === $(el, '#ballot-title'), 'the ballot did not take the focus');
    expect(asked).to.equal(2);
    expect(text(el, '.rules')).to.contain('Välj projekt vars sammanlagda kostnad ryms i budgeten');
    expect(shadow(el).querySelector('#retry')).to.equal(null);
    // Its texts work as before: what the choice costs, in the tally, in Swedish.
    $<HTMLInputElement>(el, '#p-pfix000001').click();
    await waitUntil(() => tally(el).includes('Dina val kostar'), `no money spent: ${tally(el)}`);
    await expect(el).to.be.accessible();
  });
});
