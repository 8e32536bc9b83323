#!/usr/bin/env node
// Starts the Kohtaamo server from its TypeScript source: `kohtaamo-server [--demo]`.
// The same as `node --conditions=source --import tsx packages/server/src/main.ts`, from any
// folder: tsx is resolved from this package, and signals are passed on to the server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--conditions=source', '--import', tsx, main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
