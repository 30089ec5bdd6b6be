// The core journeys in all three browser engines, against the built app served as a host
// would serve it (scripts/serve.mjs). Run with `npm run test:engines` after a build;
// ENGINES=chromium,firefox (say) picks engines, E2E_PORT the port.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { selectedEngines } from './binaries';
import type { EngineOptions } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig<EngineOptions>({
  testDir: '.',
  outputDir: '../../test-results/engines',
  globalSetup: './global-setup.ts',
  // Each engine's journeys run in order in one worker, which launches its browser once.
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  projects: selectedEngines().map((engineName) => ({ name: engineName, use: { engineName } })),
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
