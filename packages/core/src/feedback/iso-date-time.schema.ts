import * as v from 'valibot';

/**
 * A moment as the API writes it (ISO 8601 with its offset). In a module of its own: the stats
 * import it without the status and tracking-code schemas beside it (issue 7).
 */
export const IsoDateTimeSchema = v.pipe(v.string(), v.isoTimestamp());
