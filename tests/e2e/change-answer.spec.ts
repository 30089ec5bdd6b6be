// "Change" on the results page, on a phone-sized screen: the question it opens starts at its
// top, with Back and the progress line in view and focus on the question itself.
import { answerButton, h1, optionLabel, prompt, resultsPath, waitForApp, type Answers } from './support/app';
import { YOUR_ANSWERS_HEADING } from '../../src/features/results/your-answers';
import { expect, test } from './support/test';

/** Typed again: src/features/results does not export its link wording. */
const changeLinkName = (questionId: string) => `Change your answer to “${prompt(questionId)}”`;

const VIEWPORT = { width: 375, height: 740 };
test.use({ viewport: VIEWPORT });

const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'data' };
const changedId = 'stakeholders';

test('Change opens its question scrolled to the top, with Back and the progress line in view', async ({ page }) => {
  await page.goto(resultsPath(answers));
  await waitForApp(page);
  const change = page.getByRole('region', { name: YOUR_ANSWERS_HEADING }).getByRole('link', { name: changeLinkName(changedId) });
  await change.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY), 'the Change links are screens down the results').toBeGreaterThan(VIEWPORT.height);

  await change.click();
  await expect(h1(page)).toHaveText(prompt(changedId));
  await expect(answerButton(page, optionLabel(changedId, answers[changedId] ?? ''))).toHaveAttribute('aria-pressed', 'true');
  await expect(h1(page)).toBeFocused();
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeInViewport();
  await expect(page.getByText(/^Question \d+ of at most \d+$/)).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
