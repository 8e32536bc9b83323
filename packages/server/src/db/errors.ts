/**
 * Whether a database error is a unique-constraint violation, in either driver, optionally on
 * a given column ("tracking_code"). PostgreSQL: SQLSTATE 23505 with the constraint or detail
 * naming the column; SQLite: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY with "table.column" in the message.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, constraint, detail } = error as {
    code?: unknown;
    message?: unknown;
    constraint?: unknown;
    detail?: unknown;
  };
  if (code === '23505') {
    if (column === undefined) return true;
    return [constraint, detail].some((text) => typeof text === 'string' && text.includes(column));
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    if (column === undefined) return true;
    return typeof message === 'string' && message.includes(`.${column}`);
  }
  return false;
}

/**
 * Thrown inside a transaction to roll it back on purpose, carrying the answer to give instead
 * (Kysely commits when the callback returns and rolls back when it throws).
 */
export class Rollback<T> extends Error {
  override readonly name = 'Rollback';
  constructor(readonly outcome: T) {
    super('Transaction rolled back on purpose');
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  'SQLITE_BUSY',
]);

/**
 * Whether an error means the database is out of reach for now (not that the request or the
 * code is wrong): such a request may succeed when sent again, so it is answered 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  // pg's pool gives no code when no connection frees up in time, nor when one ends abruptly.
  return (
    typeof message === 'string' &&
    (message.includes('timeout exceeded when trying to connect') || message.includes('Connection terminated'))
  );
}
