// Sharing in a real browser: where the browser has a share sheet (stubbed here: headless
// Chromium on Linux has none), the button opens it with the canonical address, skills included;
// where it has none, the same button copies the link. The label the browser's answer brings
// takes no more room than the prerendered one: nothing moves.
import type { Page } from '@playwright/test';
import { comparePath, resultsPath, waitForApp } from './support/app';
import { COMPLETE, SOME_SKILLS } from './support/pages';
import { expect, test } from './support/test';

interface SharedData {
  readonly title?: string;
  readonly url?: string;
}

/** Stubs a share sheet that records what it is given, and sums the page's layout shifts. */
async function withShareSheet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { __shared: unknown[]; __shifts: number };
    record.__shared = [];
    record.__shifts = 0;
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: unknown) => {
        record.__shared.push(data);
        return Promise.resolve();
      },
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.__shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shared = (page: Page) => page.evaluate(() => (window as unknown as { __shared: SharedData[] }).__shared);

test.describe('share', () => {
  test('the share label replaces the prerendered copy label without moving anything', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await withShareSheet(page);
    await page.goto(resultsPath(COMPLETE));
    await waitForApp(page);
    await expect(page.getByRole('button', { name: 'Share these results' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);
  });

  test('opens the share sheet with the page title and the canonical address, skills included', async ({ page, baseURL }) => {
    await withShareSheet(page);
    const canonical = resultsPath(COMPLETE, SOME_SKILLS);
    await page.goto(canonical);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Share these results' }).click();
    expect(await shared(page)).toEqual([{ title: await page.title(), url: new URL(canonical, baseURL).href }]);
  });

  test('copies the link where the browser has no share sheet, on results and on compare', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(resultsPath(COMPLETE));
    await waitForApp(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.getByRole('button', { name: 'Copy link to these results' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const roles = ['ml-engineer', 'mlops-engineer'];
    await page.goto(comparePath(roles));
    await waitForApp(page);
    await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(comparePath(roles));
  });
});
