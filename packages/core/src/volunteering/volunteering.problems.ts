// The volunteering API's problem types (issue 11): a module of their own (issue 7), read by the
// sign-up form's later part and the server, not by any widget's first view.

/** Problem types of the volunteering API, besides the platform's. */
export const VOLUNTEERING_PROBLEM_TYPES = {
  /** No seat, and the waiting list is full too. */
  full: 'https://kohtaamo.fi/problems/volunteering/full',
  /** The shift has started, ended or was cancelled: sign-ups and changes are closed. */
  closed: 'https://kohtaamo.fi/problems/volunteering/closed',
  /** The manage code is not valid (or the sign-up was anonymised). */
  unknownCode: 'https://kohtaamo.fi/problems/volunteering/unknown-code',
  /** The seat hold has expired or belongs to another shift. */
  holdExpired: 'https://kohtaamo.fi/problems/volunteering/hold-expired',
} as const;
