#!/usr/bin/env node
// kohtaamo-tally: recomputes a participatory-budgeting result from a Pabulib .pb file, exactly.
//   npx kohtaamo-tally FILE.pb --rule greedy|mes|phragmen [--utility cost|approval|points]
//     [--completion none|add1|add1-exhaustive|add1-greedy] [--json]      (--help for all options)
// Plain node: in the repository it runs the TypeScript source through tsx (installed by `npm ci`),
// so no build is needed; where tsx is absent (the package installed on its own) it runs the
// built dist/budgeting/tally.cli.js. See packages/core/src/budgeting/tally.cli.ts.
let cli;
try {
  const { tsImport } = await import('tsx/esm/api');
  cli = await tsImport('../src/budgeting/tally.cli.ts', import.meta.url);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('tsx')) throw error;
  cli = await import('../dist/budgeting/tally.cli.js');
}
process.exitCode = cli.main(process.argv.slice(2));
