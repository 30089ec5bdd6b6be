// The first things to break when the build goes wrong: the home page's HTML before any
// script runs, and the way from it into the quiz.
import { questionFlow } from '../../src/content/question-flow';
import { APP_NAME } from '../../src/components/use-document-title';
import { expect, test } from './fixtures';
import { h1, HOME_HEADING, prompt, waitForApp } from './support/app';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is prerendered: its heading, title and start link are in the HTML', async ({ page }) => {
    await page.goto('/');
    await expect(h1(page)).toHaveText(HOME_HEADING);
    await expect(page).toHaveTitle(APP_NAME);
    await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', `/quiz/${questionFlow.start}`);
  });
});

test('the home page starts the quiz at the first question', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(h1(page)).toHaveText(prompt(questionFlow.start));
  await expect(page).toHaveURL(`/quiz/${questionFlow.start}`);
});
