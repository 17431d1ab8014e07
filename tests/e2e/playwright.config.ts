import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from '../../scripts/browser-path.mjs';

const PORT = Number(process.env.TEST_PORT ?? 4329);
const executablePath = await findBrowser();

/** Browser tests run against the production build (dist/), served like a static host by scripts/serve-dist.mjs. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // A busy two-core CI machine loads the search index and islands slowly: allow 10 s per expectation.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
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
    timeout: 60_000,
  },
});
