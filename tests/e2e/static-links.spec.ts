// Shared links in the browser: a results link with JavaScript disabled, and query-form links
// moving to their canonical address. (Every prerendered page's HTML: tests/built.)
import { rankRoles } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { comparePath, h1, RESULTS_HEADING, resultsPath, resultsQueryPath, roleName, topThreeNames } from './support/app';
import { roleDetailsAnchor } from '../../src/features/results/role-details';
import { expect, test } from './support/test';

/** The salary figures exactly as the sources print them, or the plain note where they have none. */
function printedFigures(roleId: string): string[] {
  const salary = getRole(roleId)?.salary;
  if (!salary) return ['No figure in our sources'];
  return [salary.uk, salary.us].map((range) => range?.asPrinted ?? 'no figure');
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a results link shows the top three with their salary figures, and every detail opens without JavaScript', async ({ page }) => {
    const answers = { code: 'no', python: 'yes', research: 'no', stakeholders: 'yes', background: 'data' };
    await page.goto(resultsPath(answers));
    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    const rows = page.getByRole('list', { name: 'Your top three roles' }).locator(':scope > li');
    await expect(rows.locator('.top-role__name')).toHaveText(topThreeNames(answers));
    const top = rankRoles(questionTree, answers)[0];
    if (!top) throw new Error('No ranking');
    for (const figure of printedFigures(top.roleId)) await expect(rows.first()).toContainText(figure);
    // Native disclosures need no script: the top role's reasons open with a click.
    const details = page.locator(`#${roleDetailsAnchor(top.roleId)}`);
    await details.locator('summary').click();
    await expect(details.getByText(top.reasons[0]?.text ?? 'a reason')).toBeVisible();
  });
});

test.describe('older links', () => {
  test('a query-form results link moves to its canonical address without a reload or a new history entry', async ({ page }) => {
    const answers = { code: 'yes', research: 'yes', phd: 'yes', stakeholders: 'no', background: 'academic' };
    await page.goto('/');
    await page.goto(resultsQueryPath(answers));
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await expect(page).toHaveURL(resultsPath(answers));
    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    expect(loads).toBe(0);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('a query-form compare link moves to its canonical address', async ({ page }) => {
    await page.goto('/compare?roles=mlops-engineer,ml-engineer');
    await expect(page).toHaveURL(comparePath(['ml-engineer', 'mlops-engineer']));
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([roleName('ml-engineer'), roleName('mlops-engineer')]);
  });
});
