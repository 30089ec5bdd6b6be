// Chromium (Blink), driven by Playwright over the DevTools protocol: Debian's Chromium where
// it exists, else Playwright's own, as in the main end-to-end suite.
import { chromium } from '@playwright/test';
import { chromiumPath } from './binaries';
import { WINDOW, type Driver, type Engine, type InPage } from './driver';

export async function launchChromium(): Promise<Engine> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    name: 'chromium',
    async newDriver(baseURL) {
      const context = await browser.newContext({ baseURL, viewport: WINDOW });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const driver: Driver = {
        engine: 'chromium',
        goto: async (path) => void (await page.goto(path, { waitUntil: 'load' })),
        click: (selector) => page.locator(selector).click(),
        // Page functions take plain JSON, never element handles, which Playwright's types allow for.
        evaluate: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate<R, A>(fn as never, arg),
        url: async () => page.url(),
        back: async () => void (await page.goBack({ waitUntil: 'commit' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        pageErrors: async () => [...errors],
        close: () => context.close(),
      };
      return driver;
    },
    close: () => browser.close(),
  };
}
