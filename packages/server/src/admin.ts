/**
 * The admin command of the Kohtaamo server: staff, their tokens, and Open311 API keys.
 *   node --conditions=source --import tsx packages/server/src/admin.ts <command> [options]
 *   kohtaamo-server admin <command> [options]
 *
 *   staff add --name "Liisa Käsittelijä" --email liisa@heinola.fi --role handler --categories streets,parks
 *   staff add --name "Pääkäyttäjä" --email admin@heinola.fi --role admin
 *   staff list
 *   staff disable --email liisa@heinola.fi          (also revokes her tokens and sessions)
 *   token issue --email liisa@heinola.fi [--days 90]
 *   token revoke --email liisa@heinola.fi | --token <token>
 *   org add --id heinolan-latu --name "Heinolan Latu ry" [--kind association]
 *   org list | org rename --id city --name "Heinolan kaupunki" | org disable --id heinolan-latu
 *   grant add --email liisa@heinola.fi --domain feedback --role handler --scope library [--org city]
 *   grant list [--email E] [--org O] | grant revoke --id GRANT_ID
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
import { defaultModules } from './modules.js';
import { migrateToLatest } from './platform/migrate.js';
import { AdminError, AdminUsageError, type AdminIo, type DomainModule } from './platform/module.js';
import { addStaff, disablePerson, findStaffByEmail, grantsOfShorthand, issueToken, listStaff, revokeTokens, StaffError } from './platform/staff/staff.repository.js';
import { ALL_SCOPES, CITY_ORGANISATION, ORGANISATION_KINDS, type OrganisationKind } from '@kohtaamo/core';
import { AUTH_DEFAULTS, loadAuthConfig } from './platform/auth/auth.config.js';
import { addGrant, describeGrant, grantsOf, revokeGrant } from './platform/auth/grants.js';
import { addOrganisation, checkGrant, disableOrganisation, GrantError, listOrganisations, renameOrganisation } from './platform/auth/organisations.js';

export type { AdminIo };

const PLATFORM_USAGE = [
  'staff add --name NAME --email EMAIL --role admin|handler [--categories a,b]',
  'staff list',
  'staff disable --email EMAIL',
  'token issue --email EMAIL [--days N]        (N defaults to KOHTAAMO_STAFF_TOKEN_DAYS, 90)',
  'token revoke (--email EMAIL | --token TOKEN)',
  'org add --id ID --name NAME [--kind association]',
  'org list',
  'org rename --id ID --name NAME',
  'org disable --id ID',
  'grant add --email EMAIL --domain DOMAIN --role ROLE [--scope SCOPE] [--org ORG]   (scope *, org city by default)',
  'grant list [--email EMAIL] [--org ORG]',
  'grant revoke --id GRANT_ID',
];

const PLATFORM_OPTIONS = {
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  categories: { type: 'string' },
  days: { type: 'string' },
  token: { type: 'string' },
  id: { type: 'string' },
  kind: { type: 'string' },
  org: { type: 'string' },
  domain: { type: 'string' },
  scope: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const UsageError = AdminUsageError;

/**
 * Runs one admin command on an open database: the platform's (staff, tokens) or a module's
 * (e.g. feedback's `api-key`). Returns the exit status.
 */
export async function runAdmin(
  argv: readonly string[],
  db: Kysely<Database>,
  io: AdminIo,
  now = new Date(),
  modules: readonly DomainModule[] = defaultModules(),
  settings: { tokenDays: number } = { tokenDays: AUTH_DEFAULTS.tokenDays },
): Promise<number> {
  const commands = modules.flatMap((m) => m.adminCommands ?? []);
  const USAGE = `Usage: kohtaamo-server admin <command> [options]\n${[...PLATFORM_USAGE, ...commands.flatMap((c) => c.usage)].map((l) => `  ${l}`).join('\n')}`;
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...PLATFORM_OPTIONS };
  for (const command of commands) Object.assign(options, command.options);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined> & {
    name?: string; email?: string; role?: string; categories?: string; days?: string; token?: string; help?: boolean;
    id?: string; kind?: string; org?: string; domain?: string; scope?: string;
  };
  const { positionals } = parsed;
  const [group, action] = positionals;
  const need = (name: 'name' | 'email' | 'role' | 'id' | 'domain'): string => {
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
        // The categories are feedback scopes: the module says which exist.
        for (const grant of grantsOfShorthand(role as StaffRole, categories)) await checkGrant(db, modules, grant);
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
        const { email, revoked } = await disablePerson(db, need('email'), now);
        io.err(`Disabled ${email}; revoked ${revoked} token(s) and session(s).`);
        return 0;
      }
      case 'token issue': {
        let days: number | undefined;
        if (values.days !== undefined) {
          days = Number(values.days);
          if (!Number.isInteger(days) || days < 1) throw new UsageError('--days must be a whole number of days, 1 or more');
        }
        const issued = await issueToken(db, need('email'), { now, days: days ?? settings.tokenDays });
        io.err(
          `Token for ${issued.staff.name} <${issued.staff.email}> (${issued.staff.role})` +
            `, valid until ${issued.expiresAt}. ` +
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
      case 'org add': {
        const kind = values.kind?.trim() || 'association';
        if (!(ORGANISATION_KINDS as readonly string[]).includes(kind)) throw new UsageError('--kind must be association');
        const org = await addOrganisation(db, { id: need('id'), name: need('name'), kind: kind as OrganisationKind }, now);
        io.err(`Added ${org.kind} ${org.name} (${org.id}).`);
        io.out(org.id);
        return 0;
      }
      case 'org list': {
        for (const o of await listOrganisations(db)) io.out(`${o.id}\t${o.name}\t${o.kind}${o.disabled ? '\tdisabled' : ''}`);
        return 0;
      }
      case 'org rename': {
        await renameOrganisation(db, need('id'), need('name'));
        io.err(`Renamed ${values.id}.`);
        return 0;
      }
      case 'org disable': {
        await disableOrganisation(db, need('id'), now);
        io.err(`Disabled ${values.id}: its grants no longer work and its own people can no longer sign in.`);
        return 0;
      }
      case 'grant add': {
        const person = await findStaffByEmail(db, need('email'));
        if (!person) throw new StaffError(`no person with the email ${values.email}`);
        const grant = { organisation: values.org?.trim() || CITY_ORGANISATION, domain: need('domain'), role: need('role'), scope: values.scope?.trim() || ALL_SCOPES };
        await checkGrant(db, modules, grant);
        const added = await addGrant(db, { ...grant, personId: person.id, source: 'admin' }, now);
        io.err(`${person.email}: ${describeGrant(added)}.`);
        io.out(added.id);
        return 0;
      }
      case 'grant list': {
        const people = await listStaff(db);
        for (const p of people) {
          if (values.email && p.email !== values.email.trim().toLowerCase()) continue;
          for (const g of p.grants ?? []) {
            if (values.org && g.organisation !== values.org.trim()) continue;
            io.out(`${g.id}\t${p.email}\t${g.organisation}\t${g.domain}\t${g.scope}\t${g.role}\t${g.source}${p.disabled ? '\tdisabled' : ''}`);
          }
        }
        return 0;
      }
      case 'grant revoke': {
        const ok = await revokeGrant(db, need('id'), now);
        io.err(ok ? `Revoked grant ${values.id}.` : `No live grant ${values.id}.`);
        return ok ? 0 : 1;
      }
      default: {
        const command = commands.find((c) => c.group === group);
        if (!command) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
        return await command.run(action, values, io, { db, now });
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof StaffError || error instanceof AdminError || error instanceof GrantError) {
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
  const modules = defaultModules();
  const handle = await openDatabase(config.database);
  try {
    await migrateToLatest(handle, modules);
    return await runAdmin(
      argv,
      handle.db,
      { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
      new Date(),
      modules,
      { tokenDays: loadAuthConfig(process.env, process.env.KOHTAAMO_PUBLIC_URL?.trim() || null).tokenDays },
    );
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
