import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { VOLUNTEERING_PATHS as P } from './volunteering.paths.js';
import { SeatHoldSchema, SignupReceiptSchema } from './signup.schema.js';
import type { VolunteeringSignupSendApi } from './volunteering.api.js';

const enc = encodeURIComponent;
const OkSchema = v.looseObject({});

/**
 * The sign-up form's later part (issue 7, ADR 0078): seat holds, the sign-up, and the manage
 * link's reading, change and cancel, with the receipt's and the hold's schemas. A module of its
 * own so that the form's first file (which reads the opportunity) carries none of it.
 */
export function createVolunteeringSignupSendApi(http: HttpClient): VolunteeringSignupSendApi {
  return {
    hold: (shiftId, seats) => http.request(`${P.shifts}/${enc(shiftId)}/holds`, SeatHoldSchema, { method: 'POST', json: { seats } }),
    release: async (holdId) => {
      await http.request(`/api/v1/volunteering/holds/${enc(holdId)}/release`, OkSchema, { method: 'POST' });
    },
    signUp: (shiftId, submission, key) =>
      http.request(`${P.shifts}/${enc(shiftId)}/signups`, SignupReceiptSchema, { method: 'POST', json: submission, headers: { [IDEMPOTENCY_HEADER]: key } }),
    manage: (code, signal) => http.request(`${P.signups}/${enc(code)}`, SignupReceiptSchema, signal ? { signal } : {}),
    change: (code, groupSize) => http.request(`${P.signups}/${enc(code)}`, SignupReceiptSchema, { method: 'PATCH', json: { groupSize } }),
    cancel: (code) => http.request(`${P.signups}/${enc(code)}/cancel`, SignupReceiptSchema, { method: 'POST' }),
  };
}
