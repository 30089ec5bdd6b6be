import { expect, test } from './fixtures';

test('the home page is prerendered and starts the quiz', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/AI Career Pathfinder/);
});
