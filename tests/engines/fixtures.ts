// The test runner's side: each project of playwright.config.ts names an engine; a worker
// launches that browser once, and every test gets a fresh driver. A test fails on any
// uncaught page error, whatever else it checked.
import { test as base, expect } from '@playwright/test';
import type { EngineName } from './binaries';
import { launchChromium } from './chromium';
import type { Driver, Engine } from './driver';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

const LAUNCHERS: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};

export interface EngineOptions {
  engineName: EngineName;
}

export const test = base.extend<{ driver: Driver }, EngineOptions & { engine: Engine }>({
  engineName: ['chromium', { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName }, use) => {
      const engine = await LAUNCHERS[engineName]();
      try {
        await use(engine);
      } finally {
        await engine.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  driver: async ({ engine, baseURL }, use) => {
    if (!baseURL) throw new Error('The config sets no baseURL');
    const driver = await engine.newDriver(baseURL);
    try {
      await use(driver);
      expect(await driver.pageErrors(), `uncaught page errors in ${engine.name}`).toEqual([]);
    } finally {
      await driver.close();
    }
  },
});

export { expect };
