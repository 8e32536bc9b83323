import type { PropertyDeclarations } from 'lit';
import type { Round } from '@kohtaamo/core';
import { extendHost, type ConsoleElementHost } from '../../staff/staff-console.js';
import { firstState, StaffConsoleElement } from '../../staff/staff-console-element.js';
import { consoleMessages } from './budget-console.messages.js';
import type { BudgetConsolePart } from './budget-console.signed-in.js';

export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

const FIRST_STATE = /* @__PURE__ */ firstState(consoleMessages, {
  title: 'budgetConsole.title',
  signIn: 'budgetConsole.signIn.title',
  token: 'budgetConsole.signIn.token',
  hint: 'budgetConsole.signIn.hint',
  required: 'budgetConsole.signIn.required',
  submit: 'budgetConsole.signIn.submit',
  error: 'budgetConsole.error',
});

/**
 * The participatory budgeting console, for signed-in officers (a grant of the budgeting domain):
 * open a round and its budgets, review proposals (feasible with the city's cost estimate, merged
 * or rejected with a public reason), set and freeze the rules, issue and print voting codes,
 * enter assisted ballots, close the vote, compute and publish the results, and follow the
 * implementation of each winner.
 *
 * The entry draws the sign-in (staff/staff-console.ts: a pasted staff token kept in
 * sessionStorage for this tab, or the city account; the token is never an attribute). Everything
 * after it is lazy (ADR 0049, 0067): the signed-in part (budget-console.signed-in.ts: who is
 * signed in, the list of rounds on core's generic queue store), prefetched while the officer
 * reads the form, and from it the new-round form (budget-console.create.ts), the open round
 * (budget-console.round.ts) and each of its tabs after the first (proposals, rules, voting,
 * results).
 *
 * ```html
 * <kohtaamo-budget-console api="https://osallistu.heinola.fi" lang="fi"></kohtaamo-budget-console>
 * ```
 *
 * @tagname kohtaamo-budget-console
 * @summary Staff console of participatory budgeting: rounds, budgets, review, rules, codes, assisted ballots, results, implementation.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round opened first. Default `""`: none.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart rounds - The list of rounds.
 * @csspart panel - The open round, or the new-round form.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-budget-console-selected - Background of the open round in the list. Default `#e5e5f9`.
 */
export class KohtaamoBudgetConsole extends StaffConsoleElement<BudgetConsolePart> {
  static override properties: PropertyDeclarations = {
    round: {},
  };

  /** The round opened first. */
  round = '';

  constructor() {
    super(FIRST_STATE);
  }

  /** The open round as last read. */
  get openRound(): Round | null {
    return this.loadedPart?.openRound ?? null;
  }

  protected override loadPart(host: ConsoleElementHost): Promise<BudgetConsolePart> {
    const el = this;
    return import('./budget-console.signed-in.js').then(
      (m) =>
        new m.BudgetConsolePart(
          extendHost(host, {
            get round() {
              return el.round;
            },
          }),
        ),
    );
  }
}
