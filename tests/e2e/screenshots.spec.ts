// Full-page screenshots of every page at 320 px and 1280 px wide (light scheme), saved
// under test-results/screenshots/ and attached to the report, for reviewing layouts.
// With UPDATE_README_SCREENSHOT=1 the results page's first screen at 1280×800 and 375×740 is
// also written to docs/results.png and docs/results-375.png, the pictures the README shows, the
// answers with a what-if opened to docs/results-explore.png and docs/results-explore-320.png,
// the "How the recommendations work" page to docs/how-it-works.png, and the top role's details with
// a skills gap to docs/results-gap.png, and the Spanish results' first screen at 375×740 to
// docs/results-es-375.png; normal runs leave the tree untouched.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { YOUR_ANSWERS_HEADING } from '../../src/features/results/your-answers';
import { m } from '../../src/i18n';
import { localizedPath } from '../../src/routes/manifest';
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

/** The README's results screenshots: the first screen of a phone and of a desktop. */
for (const [viewport, file] of [
  [{ width: 375, height: 740 }, 'results-375.png'],
  [{ width: 1280, height: 800 }, 'results.png'],
] as const) {
  test(`the README screenshot: results at ${viewport.width}×${viewport.height}, light`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto(resultsPath(COMPLETE));
    await expect(h1(page)).toHaveText('Your recommended AI roles');
    await waitForApp(page);
    await expect(page.getByRole('list', { name: 'Your top three roles' }).locator(':scope > li')).toHaveCount(3);
    await capture(page, testInfo, `readme-results-${viewport.width}`, false);

    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
      const target = join(root, 'docs', file);
      await mkdir(dirname(target), { recursive: true });
      await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
      console.log(`screenshots: wrote ${target}`);
    }
  });
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES', viewport: { width: 375, height: 740 } });

  test('the docs screenshot: the Spanish results at 375×740, light', async ({ page }, testInfo) => {
    const spanish = { locale: 'es' } as const;
    await page.goto(localizedPath('es', resultsPath(COMPLETE)));
    await expect(h1(page)).toHaveText(m.results_heading({}, spanish));
    await waitForApp(page);
    await expect(page.getByRole('list', { name: m.results_top_label({}, spanish) }).locator(':scope > li')).toHaveCount(3);
    await capture(page, testInfo, 'results-es-375', false);

    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
      const target = join(root, 'docs', 'results-es-375.png');
      await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
      console.log(`screenshots: wrote ${target}`);
    }
  });
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

/** The results page's answers, with the last answer's what-if opened, one viewport each. */
for (const viewport of WIDTHS) {
  test(`the explore screenshot: results at ${viewport.width} px, light`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto(resultsPath(COMPLETE));
    await expect(h1(page)).toHaveText('Your recommended AI roles');
    await waitForApp(page);
    const answers = page.getByRole('region', { name: YOUR_ANSWERS_HEADING });
    const lastWhatIf = answers.locator('details.what-if').last();
    await lastWhatIf.locator('summary').click();
    await expect(lastWhatIf.getByRole('link').first()).toBeVisible();
    await answers.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await capture(page, testInfo, `explore-answers-${viewport.width}`, false);

    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      const root = dirname(testInfo.config.configFile ?? join(testInfo.config.rootDir, '..', '..', 'playwright.config.ts'));
      const target = join(root, 'docs', viewport.width === 1280 ? 'results-explore.png' : `results-explore-${viewport.width}.png`);
      await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
      console.log(`screenshots: wrote ${target}`);
    }
  });
}

test('the skills screenshot: the top role’s details with a gap at 1280 px, light', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedAnswers(page, COMPLETE, SOME_SKILLS);
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText('Your recommended AI roles');
  await waitForApp(page);
  const card = page.locator('details.role-details').first();
  await card.locator('summary').click();
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
