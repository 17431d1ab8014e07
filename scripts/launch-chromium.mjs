// Starts a headless Chromium with its DevTools port open (for Lighthouse and Playwright to connect
// to) in a throwaway profile, with everything that would call Google's servers turned off.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The command-line switches for a quiet, headless Chromium using `profile`. */
export function chromiumArgs(profile, { root = process.getuid?.() === 0 } = {}) {
  return [
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--metrics-recording-only',
    '--mute-audio',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication',
    // The sandbox cannot start as root (in containers and CI); never needed for a local test page.
    ...(root ? ['--no-sandbox'] : []),
    'about:blank',
  ];
}

/** Launches Chromium; resolves once its DevTools port is open, to { port, version ("Chrome/…"), close() }. */
export async function launchChromium(executablePath, { timeoutMs = 30_000 } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(executablePath, chromiumArgs(profile), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((done) => child.once('exit', done));
  let running = true;
  exited.then(() => {
    running = false;
  });

  const close = async () => {
    if (running) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (running) child.kill('SIGKILL');
    }
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) break;
    try {
      const port = Number((await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0]);
      if (port > 0) {
        const about = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.json());
        return { port, version: String(about.Browser ?? ''), close };
      }
    } catch {
      // Not written yet.
    }
    await sleep(100);
  }
  await close();
  throw new Error(`Chromium (${executablePath}) did not open its DevTools port.\n${stderr}`);
}
