import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from '../../scripts/browser-path.mjs';
import { EXPECT_TIMEOUT_MS, SLOWDOWN, scaled, TEST_TIMEOUT_MS } from '../slowdown';

const PORT = Number(process.env.TEST_PORT ?? 4329);
const executablePath = await findBrowser();

// Once, in the main process (workers have TEST_WORKER_INDEX): say when timeouts are stretched.
if (SLOWDOWN > 1 && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Browser tests: timeouts ×${SLOWDOWN} for a slow or busy machine (TEST_SLOWDOWN=1 turns this off).`);
}

/** Browser tests run against the production build (dist/), served like a static host by scripts/serve-dist.mjs. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Figures for a quiet two-core machine, times TEST_SLOWDOWN (see tests/slowdown.ts): 30 s per
  // test (a test with more work sets its own, from the amount of work) and 10 s per expectation.
  timeout: scaled(TEST_TIMEOUT_MS),
  expect: { timeout: scaled(EXPECT_TIMEOUT_MS) },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One browser per core the tests may use, up to 4: two on a two-core machine (CI or not), one
  // under `taskset -c 0`. Playwright's own default, half the cores, left one core idle on CI.
  workers: Math.min(4, availableParallelism()),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report' }]] : 'list',
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The offline worker would serve pages from its cache and hide requests from page.route;
    // offline.spec.ts turns it back on for its own tests.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx node scripts/serve-dist.mjs ${PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: scaled(60_000),
  },
});
