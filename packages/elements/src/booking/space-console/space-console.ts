import type { PropertyDeclarations } from 'lit';
import { extendHost, type ConsoleElementHost } from '../../staff/staff-console.js';
import { firstState, StaffConsoleElement } from '../../staff/staff-console-element.js';
import { signInMessages } from './space-console.sign-in-messages.js';
import type { SpaceConsolePart } from './space-console.signed-in.js';

/** Where the token is kept: this tab only (the same key as the feedback inbox: one staff sign-in per tab). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';
export type { ConsoleView } from './space-console.signed-in.js';

const FIRST_STATE = /* @__PURE__ */ firstState(signInMessages, {
  title: 'space.console.title',
  signIn: 'space.console.signIn.title',
  token: 'space.console.signIn.token',
  hint: 'space.console.signIn.hint',
  required: 'space.console.signIn.required',
  submit: 'space.console.signIn.submit',
  error: 'space.console.error',
});

/**
 * The staff console of space booking (issue 12, ADR 0039), for staff signed in with the city's
 * account or a staff token: the requests waiting for handling in the units their grants name
 * (approve, or deny with a reason the resident is mailed through the outbox), the day's
 * bookings of a unit, closing a space for a time, booking on someone's behalf, and a seasonal
 * application round's allocation (ADR 0053: each application accepted or rejected with a reason,
 * the decisions mailed).
 *
 * The entry draws the sign-in (staff/staff-console.ts; the token is never an attribute).
 * Everything after it is lazy (issue 7, docs/adr/0067): the signed-in part
 * (space-console.signed-in.ts: the units and the requests' queue on core's generic queue store),
 * prefetched while the handler reads the form; from it the open request and the other views
 * (space-console.views.ts), loaded when first needed, and the rounds view another that one loads.
 *
 * ```html
 * <kohtaamo-space-console api="https://varaamo.heinola.fi" lang="fi"></kohtaamo-space-console>
 * ```
 *
 * @tagname kohtaamo-space-console
 * @summary Staff console of space booking: requests, the day's bookings, blocks, booking on behalf, seasonal rounds.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} unit - The unit shown first (one the staff member handles). Default: the first.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart queue - The table of requests.
 * @csspart detail - The open request or the chosen view.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-space-console-selected - Background of the open request's row. Default `#e5e5f9`.
 */
export class KohtaamoSpaceConsole extends StaffConsoleElement<SpaceConsolePart> {
  static override properties: PropertyDeclarations = {
    unit: {},
  };

  unit = '';

  constructor() {
    super(FIRST_STATE);
  }

  protected override loadPart(host: ConsoleElementHost): Promise<SpaceConsolePart> {
    const el = this;
    return import('./space-console.signed-in.js').then(
      (m) =>
        new m.SpaceConsolePart(
          extendHost(host, {
            get unit() {
              return el.unit;
            },
          }),
        ),
    );
  }
}
