// The pseudo-locale run (npm run test:pseudo): the site built with the test-only pseudo-locale
// into dist-pseudo/ (PSEUDO_LOCALE=1), served as a host would, and its pages under /en-XA/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const PORT = Number(process.env.E2E_PORT ?? 4175);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/pseudo',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve.mjs --dir dist-pseudo --port ${PORT}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/en-XA/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
