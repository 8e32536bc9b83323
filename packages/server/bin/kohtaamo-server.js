#!/usr/bin/env node
// Starts the Kohtaamo server: `kohtaamo-server [--demo]`, from its compiled JavaScript
// (dist/bin/, made by `npm run build -w @kohtaamo/server`) with plain node. Without a build (a
// checkout where nobody built yet) it runs the TypeScript sources through tsx instead, with a
// notice: the same as `node --conditions=source --import tsx packages/server/src/main.ts`.
// `kohtaamo-server admin <command>` runs the admin command instead (src/admin.ts): staff,
// their tokens and Open311 API keys; `kohtaamo-server admin --help` lists the commands.
// `kohtaamo-server retention [--days N]` runs every module's retention once.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const command = args[0] === 'admin' ? 'admin' : args[0] === 'retention' ? 'retention' : 'main';
const rest = command === 'main' ? args : args.slice(1);
const built = fileURLToPath(new URL(`../dist/bin/${command === 'retention' ? 'retention.cli' : command}.js`, import.meta.url));
let nodeArgs;
if (existsSync(built)) {
  nodeArgs = [built, ...rest];
} else {
  const source = fileURLToPath(
    new URL(command === 'admin' ? '../src/admin.ts' : command === 'retention' ? '../src/platform/retention/retention.cli.ts' : '../src/main.ts', import.meta.url),
  );
  console.error('Kohtaamo: NOTICE: no build in dist/ (npm run build -w @kohtaamo/server); running the TypeScript sources through tsx.');
  nodeArgs = ['--conditions=source', '--import', import.meta.resolve('tsx'), source, ...rest];
}
const child = spawn(process.execPath, nodeArgs, { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
