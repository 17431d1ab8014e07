// Makes sure a Chromium exists before the browser tests run; installs one on a fresh machine.
// Debian/Ubuntu as root: `apt-get install -y chromium-headless-shell`. Elsewhere: `npx playwright install chromium`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser-path.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

let path = await findBrowser();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  console.log('No Chromium found: installing one for the browser tests.');
  if (isRoot && hasApt) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell']);
  } else {
    run('npx', ['playwright', 'install', 'chromium']);
  }
  path = await findBrowser();
}
if (!path) {
  console.error(
    'No Chromium could be found or installed. Install one (for example `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to its executable, then run the tests again.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
