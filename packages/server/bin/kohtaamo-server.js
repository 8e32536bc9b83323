#!/usr/bin/env node
// Starts the Kohtaamo server from its TypeScript source: `kohtaamo-server [--demo]`.
// The same as `node --conditions=source --import tsx packages/server/src/main.ts`, from any
// folder: tsx is resolved from this package, and signals are passed on to the server.
// `kohtaamo-server admin <command>` runs the admin command instead (src/admin.ts): staff,
// their tokens and Open311 API keys; `kohtaamo-server admin --help` lists the commands.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const admin = args[0] === 'admin';
// `kohtaamo-server retention [--days N]` anonymises old feedback once (src/platform/retention/retention.cli.ts).
const retention = args[0] === 'retention';
const entry = fileURLToPath(
  new URL(admin ? '../src/admin.ts' : retention ? '../src/platform/retention/retention.cli.ts' : '../src/main.ts', import.meta.url),
);
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--conditions=source', '--import', tsx, entry, ...(admin || retention ? args.slice(1) : args)], {
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
