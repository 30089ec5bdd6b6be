// Firefox (Gecko), driven by puppeteer-core over WebDriver BiDi, the W3C protocol Firefox
// speaks natively, so no geckodriver is needed. puppeteer-core 24 is the line that runs on
// Node 20 (25 needs Node 22).
import puppeteer from 'puppeteer-core';
import { firefoxPath } from './binaries';
import { WINDOW, type Driver, type Engine, type InPage } from './driver';

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: WINDOW,
  });
  return {
    name: 'firefox',
    async newDriver(baseURL) {
      // A browser context per test: its own storage, cookies and service workers.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
      const driver: Driver = {
        engine: 'firefox',
        goto: async (path) => void (await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' })),
        click: (selector) => page.click(selector),
        // Page functions take plain JSON, never element handles, which puppeteer's types allow for.
        evaluate: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
        // Read from the page: puppeteer's own page.url() and goBack() follow BiDi navigation events,
        // which some Firefox ESR releases do not send for the app's same-document (history API) moves.
        url: () => page.evaluate(() => window.location.href),
        // The browser's back, asked of the page's own history; the journey's next step waits for its result.
        back: async () => void (await page.evaluate(() => window.history.back())),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        pageErrors: async () => [...errors],
        close: () => context.close(),
      };
      return driver;
    },
    close: () => browser.close(),
  };
}
