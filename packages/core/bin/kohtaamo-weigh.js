#!/usr/bin/env node
// kohtaamo-weigh: re-runs a survey's weighting from files (post-stratification or raking, weight
// trimming, weighted means with linearisation standard errors as R's survey package computes
// them). `kohtaamo-weigh --help` prints the options; docs/surveys.md explains them.
//
// Plain node: in the repository it runs the TypeScript source through tsx (installed by
// `npm ci`), so it works in a fresh clone without a build; where tsx is absent (the package
// installed on its own) it runs the built dist/surveys/weigh.command.js. The command itself is
// pure (src/surveys/weigh.command.ts); this file only reads the files and prints.
import { readFileSync } from 'node:fs';

let command;
try {
  const { tsImport } = await import('tsx/esm/api');
  command = await tsImport('../src/surveys/weigh.command.ts', import.meta.url);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('tsx')) throw error;
  command = await import('../dist/surveys/weigh.command.js');
}
let result;
try {
  result = command.runWeighCommand(process.argv.slice(2), { readText: (path) => readFileSync(path, 'utf8') });
} catch (error) {
  process.stderr.write(`kohtaamo-weigh: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(70);
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
