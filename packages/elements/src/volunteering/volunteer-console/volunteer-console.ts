import type { PropertyValues, PropertyDeclarations } from 'lit';
import type { StaffUser, VolunteeringStaffApi } from '@kohtaamo/core';
import { extendHost, type ConsoleElementHost } from '../../staff/staff-console.js';
import { firstState, StaffConsoleElement } from '../../staff/staff-console-element.js';
import { signInMessages } from './volunteer-console.sign-in-messages.js';
import type { VolunteerConsolePart } from './volunteer-console.signed-in.js';

/** Where a pasted token is kept: this tab only (the same key as the feedback inbox's: one sign-in per tab). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';
export type { OpportunityQueue, ProposalQueue } from './volunteer-console.signed-in.js';

const FIRST_STATE = /* @__PURE__ */ firstState(signInMessages, {
  title: 'volunteering.console.title',
  signIn: 'volunteering.console.signIn.title',
  token: 'volunteering.console.signIn.token',
  hint: 'volunteering.console.signIn.tokenHint',
  required: 'volunteering.console.signIn.required',
  submit: 'volunteering.console.signIn.submit',
  error: 'volunteering.console.error',
});

/**
 * The coordinators' console of volunteering, for signed-in staff with a volunteering
 * coordinator grant: an association's coordinator sees and manages only their own
 * organisation's opportunities (the server checks the grant on every call), the city's sees
 * every organisation's and handles talkoot proposals. Opportunities and shifts are created and
 * edited, sign-ups listed, exported as CSV, checked in, their hours logged and approved, and the
 * people of a shift messaged through the outbox; the mails still waiting there (all of them when
 * the server has no SMTP) are listed.
 *
 * The entry draws the sign-in (staff/staff-console.ts: the staff token pasted into the form and
 * kept for this tab only, the city account where the server offers it, or the host page's
 * `token` property; the token is never an attribute). Everything after it is lazy (issue 7,
 * docs/adr/0067): the signed-in part (volunteer-console.signed-in.ts: the views, their lists on
 * the platform's queue store, their texts and styles), prefetched while the coordinator reads
 * the form, and from it an opened opportunity or proposal (volunteer-console.detail.ts), loaded
 * when first needed.
 *
 * @tagname kohtaamo-volunteer-console
 * @summary Coordinators' console: opportunities, shifts, sign-ups, check-in, hours, messages, proposals, the outbox.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} organisation - The organisation to coordinate (`heinolan-latu`, `city`). Default `""`: the signed-in person's own, from their grants.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart views - The navigation between the console's views.
 * @csspart list - The list of the view.
 * @csspart detail - The opened opportunity or proposal.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons, links and the current view. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Errors. Default `#b01038`.
 * @cssproperty --kohtaamo-volunteer-console-selected - Background of the opened row. Default `#e5e5f9`.
 */
export class KohtaamoVolunteerConsole extends StaffConsoleElement<VolunteerConsolePart> {
  static override properties: PropertyDeclarations = {
    organisation: {},
    staffApiFactory: { attribute: false },
    staffUser: { attribute: false },
  };

  organisation = '';
  /** Makes the staff API instead of the HTTP one (stories). @internal */
  staffApiFactory: ((organisation: string) => VolunteeringStaffApi) | null = null;
  /** Who is signed in, instead of asking the server (stories). @internal */
  staffUser: StaffUser | null = null;

  constructor() {
    super(FIRST_STATE);
  }

  protected override get credentials(): boolean {
    return super.credentials || this.staffUser !== null;
  }

  protected override credentialsChanged(changed: PropertyValues<this>): boolean {
    return super.credentialsChanged(changed) || changed.has('staffUser') || changed.has('organisation');
  }

  protected override signOut(): void {
    // The stories' user goes too.
    this.staffUser = null;
    super.signOut();
  }

  protected override loadPart(host: ConsoleElementHost): Promise<VolunteerConsolePart> {
    const el = this;
    return import('./volunteer-console.signed-in.js').then(
      (m) =>
        new m.VolunteerConsolePart(
          extendHost(host, {
            get organisation() {
              return el.organisation;
            },
            get staffApiFactory() {
              return el.staffApiFactory;
            },
            get staffUser() {
              return el.staffUser;
            },
          }),
        ),
    );
  }
}
