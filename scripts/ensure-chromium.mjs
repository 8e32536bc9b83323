#!/usr/bin/env node
// The browser tests run in Debian's Chromium (no browser is downloaded). Installs it with apt
// when it is missing and we are root; otherwise says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium from Debian (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`Chromium is needed for the browser tests and was not found at ${CHROMIUM}.`);
    console.error('Install it with: sudo apt-get install chromium   (or set CHROME_PATH to a Chromium/Chrome binary)');
    process.exit(1);
  }
}
