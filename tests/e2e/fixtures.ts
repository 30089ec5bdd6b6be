// Every end-to-end test runs under these guards: no console error, no uncaught page
// error, no Content-Security-Policy violation and no request to another origin.
import { test as base, expect, type Page } from '@playwright/test';

export interface Guarded {
  readonly problems: string[];
}

async function watch(page: Page, baseURL: string, problems: string[]): Promise<void> {
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  await page.exposeBinding('__reportCspViolation', (_source, detail: string) => {
    problems.push(`CSP violation: ${detail}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (detail: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

export const test = base.extend<{ guard: Guarded }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      await watch(page, baseURL ?? 'http://127.0.0.1', problems);
      await use({ problems });
      expect(problems, 'console errors, page errors, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
