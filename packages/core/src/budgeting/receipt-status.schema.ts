import * as v from 'valibot';

/** The answer of a receipt check (GET /rounds/:id/receipts/:code), in a module of its own for the receipt widget (issue 7). */
export const ReceiptStatusSchema = v.object({
  code: v.string(),
  /** stored: the ballot is in the ballot box (voting still open); counted: it is in the published result. */
  status: v.picklist(['stored', 'counted']),
});
