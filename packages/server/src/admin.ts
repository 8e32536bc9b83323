/**
 * The admin command of the Kohtaamo server: staff, their tokens, and Open311 API keys.
 *   node --conditions=source --import tsx packages/server/src/admin.ts <command> [options]
 *   kohtaamo-server admin <command> [options]
 *
 *   staff add --name "Liisa Käsittelijä" --email liisa@heinola.fi --role handler --categories streets,parks
 *   staff add --name "Pääkäyttäjä" --email admin@heinola.fi --role admin
 *   staff list
 *   staff disable --email liisa@heinola.fi          (also revokes her tokens)
 *   token issue --email liisa@heinola.fi [--days 90]
 *   token revoke --email liisa@heinola.fi | --token <token>
 *   api-key issue --name "Helsinki Open311 client"
 *   api-key revoke --name "Helsinki Open311 client" | --key <key>
 *   api-key list
 *
 * A token or key is printed ONCE, alone on stdout (so `TOKEN=$(… token issue …)` works); only
 * its SHA-256 is stored. Messages go to stderr. Uses the same database settings as the server
 * (KOHTAAMO_DB, DATABASE_URL) and brings its schema up to date first. Exit status 0 on
 * success, 1 on an error, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { STAFF_ROLES, type StaffRole } from '@kohtaamo/core';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import type { Database } from './db/database.types.js';
import { migrateToLatest } from './db/migrations.js';
import { issueApiKey, listApiKeys, revokeApiKey } from './staff/api-keys.js';
import { addStaff, findStaffByEmail, issueToken, listStaff, revokeTokens, StaffError } from './staff/staff.repository.js';

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: kohtaamo-server admin <command> [options]
  staff add --name NAME --email EMAIL --role admin|handler [--categories a,b]
  staff list
  staff disable --email EMAIL
  token issue --email EMAIL [--days N]
  token revoke (--email EMAIL | --token TOKEN)
  api-key issue --name NAME
  api-key revoke (--name NAME | --key KEY)
  api-key list`;

class UsageError extends Error {}

/** Runs one admin command on an open database. Returns the exit status. */
export async function runAdmin(argv: readonly string[], db: Kysely<Database>, io: AdminIo, now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        categories: { type: 'string' },
        days: { type: 'string' },
        token: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [group, action] = positionals;
  const need = (name: 'name' | 'email' | 'role'): string => {
    const value = values[name]?.trim();
    if (!value) throw new UsageError(`--${name} is required`);
    return value;
  };
  if (values.help || group === undefined) {
    io.err(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    switch (`${group} ${action ?? ''}`) {
      case 'staff add': {
        const role = need('role');
        if (!(STAFF_ROLES as readonly string[]).includes(role)) throw new UsageError('--role must be admin or handler');
        const categories = (values.categories ?? '').split(',').map((c) => c.trim()).filter(Boolean);
        const staff = await addStaff(db, { name: need('name'), email: need('email'), role: role as StaffRole, categories }, now);
        io.err(`Added ${staff.role} ${staff.name} <${staff.email}>${staff.role === 'handler' ? ` for ${staff.categories.join(', ')}` : ''}.`);
        io.out(staff.id);
        return 0;
      }
      case 'staff list': {
        for (const s of await listStaff(db)) {
          io.out(`${s.email}\t${s.name}\t${s.role}\t${s.role === 'admin' ? '*' : s.categories.join(',')}${s.disabled ? '\tdisabled' : ''}`);
        }
        return 0;
      }
      case 'staff disable': {
        const row = await findStaffByEmail(db, need('email'));
        if (!row) throw new StaffError(`no member of staff with the email ${values.email}`);
        await db.updateTable('staff_users').set({ disabled_at: now.toISOString() }).where('id', '=', row.id).execute();
        const revoked = await revokeTokens(db, { email: row.email }, now);
        io.err(`Disabled ${row.email}; revoked ${revoked} token(s).`);
        return 0;
      }
      case 'token issue': {
        let days: number | undefined;
        if (values.days !== undefined) {
          days = Number(values.days);
          if (!Number.isInteger(days) || days < 1) throw new UsageError('--days must be a whole number of days, 1 or more');
        }
        const issued = await issueToken(db, need('email'), { now, ...(days !== undefined ? { days } : {}) });
        io.err(
          `Token for ${issued.staff.name} <${issued.staff.email}> (${issued.staff.role})` +
            `${issued.expiresAt ? `, valid until ${issued.expiresAt}` : ', valid until revoked'}. ` +
            'It is shown only now: only its SHA-256 is stored.',
        );
        io.out(issued.token);
        return 0;
      }
      case 'token revoke': {
        if (!values.email && !values.token) throw new UsageError('token revoke needs --email or --token');
        const count = await revokeTokens(db, values.token ? { token: values.token } : { email: values.email! }, now);
        io.err(`Revoked ${count} token(s).`);
        return count > 0 ? 0 : 1;
      }
      case 'api-key issue': {
        const name = need('name');
        const key = await issueApiKey(db, name, now);
        io.err(`Open311 API key for "${name}". It is shown only now: only its SHA-256 is stored.`);
        io.out(key);
        return 0;
      }
      case 'api-key revoke': {
        if (!values.name && !values.key) throw new UsageError('api-key revoke needs --name or --key');
        const count = await revokeApiKey(db, values.key ? { key: values.key } : { name: values.name! }, now);
        io.err(`Revoked ${count} API key(s).`);
        return count > 0 ? 0 : 1;
      }
      case 'api-key list': {
        for (const k of await listApiKeys(db)) io.out(`${k.name}\t${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command: ${positionals.join(' ')}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof StaffError) {
      io.err(`Kohtaamo admin: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(`Kohtaamo admin: ${error instanceof ConfigError ? error.message : String(error)}`);
    return 1;
  }
  const handle = await openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    return await runAdmin(argv, handle.db, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('Kohtaamo admin:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
