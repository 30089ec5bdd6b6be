// The guarded test of ../fixtures, plus `expectedErrors` for the few tests that cause a
// console error on purpose (a 404 page, a script that fails to load). Each allowance is
// narrow: the console message must come from the named URL, so any other error still
// fails the test.
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test as guarded } from '../fixtures';

interface Allowance {
  readonly text: RegExp;
  readonly url: (url: URL) => boolean;
}

export class ExpectedErrors {
  private readonly allowances: Allowance[] = [];
  private readonly seen: ConsoleMessage[] = [];

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(message);
    });
  }

  /** The browser's "404" console message for a page address that is missing on purpose. */
  allowMissingPage(pathname: string): void {
    this.allowances.push({
      text: /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
      url: (url) => url.pathname === pathname,
    });
  }

  /** The console message for a script this test makes fail to load. */
  allowFailedScript(pattern: RegExp): void {
    this.allowances.push({
      text: /^Failed to load resource: /,
      url: (url) => pattern.test(url.pathname),
    });
  }

  /** Removes from `problems` exactly the console errors that an allowance covers. */
  forgive(problems: string[]): void {
    for (const message of this.seen) {
      let url: URL;
      try {
        url = new URL(message.location().url);
      } catch {
        continue;
      }
      const allowed = this.allowances.some((allowance) => allowance.text.test(message.text()) && allowance.url(url));
      if (!allowed) continue;
      const index = problems.indexOf(`console error: ${message.text()}`);
      if (index !== -1) problems.splice(index, 1);
    }
  }
}

export const test = guarded.extend<{ expectedErrors: ExpectedErrors }>({
  expectedErrors: async ({ page, guard }, use) => {
    const expected = new ExpectedErrors(page);
    await use(expected);
    // Runs before the guard's own check (the guard was set up first, so it is torn down last).
    expected.forgive(guard.problems);
  },
});

export { expect };
