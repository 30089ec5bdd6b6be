// Full-page screenshots of every page at 320 px and 1280 px wide (light scheme), saved
// under test-results/screenshots/ and attached to the report, for reviewing layouts.
// With UPDATE_README_SCREENSHOT=1 the results page at 1280×800 is also written to
// docs/results.png, the picture the README shows, the explore parts of the results page
// (all roles at a glance, what-if) to docs/results-explore.png and docs/results-explore-320.png,
// the "How the recommendations work" page to docs/how-it-works.png, and the top results card with
// a skills gap to docs/results-gap.png; normal runs leave the tree untouched.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { h1, resultsPath, waitForApp } from './support/app';
import { seedAnswers } from './support/app';
import { APP_PAGES, COMPLETE, SOME_SKILLS, openAppPage } from './support/pages';
import { expect, test } from './support/test';

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
] as const;

function screenshotPath(testInfo: TestInfo, name: string): string {
  return join(testInfo.project.outputDir, 'screenshots', `${name}.png`);
}

/** A settled page: no caret, no animation, and focus not left on the heading. */
async function capture(page: Page, testInfo: TestInfo, name: string, fullPage: boolean): Promise<string> {
  const path = screenshotPath(testInfo, name);
  await mkdir(dirname(path), { recursive: true });
  const image = await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { body: image, contentType: 'image/png' });
  return path;
}

test.use({ colorScheme: 'light', reducedMotion: 'reduce' });

test.describe('screenshots of every page', () => {
  for (const appPage of APP_PAGES) {
    test(`${appPage.id} (${appPage.path}) at 320 and 1280 px`, async ({ page, expectedErrors }, testInfo) => {
      const [narrow, wide] = WIDTHS;
      await page.setViewportSize(narrow);
      await openAppPage(page, appPage, expectedErrors);
      await capture(page, testInfo, `${appPage.id}-${narrow.width}`, true);

      await page.setViewportSize(wide);
      await expect(h1(page)).toHaveText(appPage.heading);
      await capture(page, testInfo, `${appPage.id}-${wide.width}`, true);
    });
  }
});

test('the README screenshot: results at 1280×800, light', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText('Your recommended AI roles');
  await waitForApp(page);
  await expect(page.getByRole('list', { name: 'Your top three roles' }).getByRole('article')).toHaveCount(3);
  await capture(page, testInfo, 'readme-results-1280', false);

  if (process.env.UPDATE_README_SCREENSHOT === '1') {
    const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
    const target = join(root, 'docs', 'results.png');
    await mkdir(dirname(target), { recursive: true });
    await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
    console.log(`screenshots: wrote ${target}`);
  }
});

test('the docs screenshot: how the recommendations work at 1280×1300 (the diagram), light', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.goto('/how-it-works');
  await expect(h1(page)).toHaveText('How the recommendations work');
  await waitForApp(page);
  await expect(page.locator('svg.flow-diagram')).toBeVisible();
  await capture(page, testInfo, 'docs-how-it-works-1280', false);

  if (process.env.UPDATE_README_SCREENSHOT === '1') {
    const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
    const target = join(root, 'docs', 'how-it-works.png');
    await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
    console.log(`screenshots: wrote ${target}`);
  }
});

/** The results page's explore parts: the bars at a glance, then the what-if section, one viewport each. */
for (const viewport of WIDTHS) {
  test(`the explore screenshot: results at ${viewport.width} px, light`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto(resultsPath(COMPLETE));
    await expect(h1(page)).toHaveText('Your recommended AI roles');
    await waitForApp(page);
    const glance = page.getByRole('region', { name: /roles at a glance$/ });
    const whatIf = page.getByRole('region', { name: 'What if you answered differently?' });
    await expect(whatIf.getByRole('link').first()).toBeVisible();
    await glance.scrollIntoViewIfNeeded();
    await capture(page, testInfo, `explore-glance-${viewport.width}`, false);
    await whatIf.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await capture(page, testInfo, `explore-what-if-${viewport.width}`, false);

    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
      const target = join(root, 'docs', viewport.width === 1280 ? 'results-explore.png' : `results-explore-${viewport.width}.png`);
      await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
      console.log(`screenshots: wrote ${target}`);
    }
  });
}

test('the skills screenshot: the top results card with a gap at 1280 px, light', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedAnswers(page, COMPLETE, SOME_SKILLS);
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText('Your recommended AI roles');
  await waitForApp(page);
  const card = page.getByRole('list', { name: 'Your top three roles' }).getByRole('article').first();
  await expect(card.getByRole('heading', { name: /^Your skills for / })).toBeVisible();
  const path = screenshotPath(testInfo, 'docs-results-gap-1280');
  await mkdir(dirname(path), { recursive: true });
  const image = await card.screenshot({ path, animations: 'disabled', caret: 'hide' });
  await testInfo.attach('docs-results-gap-1280', { body: image, contentType: 'image/png' });

  if (process.env.UPDATE_README_SCREENSHOT === '1') {
    const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
    const target = join(root, 'docs', 'results-gap.png');
    await card.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
    console.log(`screenshots: wrote ${target}`);
  }
});
