// Shared links in the browser: a results link with JavaScript disabled, and query-form links
// moving to their canonical address. (Every prerendered page's HTML: tests/built.)
import { rankRoles } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { comparePath, h1, RESULTS_HEADING, resultsPath, resultsQueryPath, roleName, topThreeNames } from './support/app';
import { expect, test } from './support/test';

/** The salary figures exactly as the sources print them, or the plain note where they have none. */
function printedFigures(roleId: string): string[] {
  const salary = getRole(roleId)?.salary;
  if (!salary) return ['No figure in our sources'];
  return [salary.uk, salary.us].map((range) => range?.asPrinted ?? 'no figure');
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a results link shows the ranking, the cards and the salary figures', async ({ page }) => {
    const answers = { code: 'no', python: 'yes', research: 'no', stakeholders: 'yes', background: 'data' };
    await page.goto(resultsPath(answers));
    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    const cards = page.getByRole('list', { name: 'Your top three roles' }).getByRole('article');
    await expect(cards.getByRole('heading', { level: 2 })).toHaveText(topThreeNames(answers));
    const top = rankRoles(questionTree, answers)[0];
    if (!top) throw new Error('No ranking');
    for (const figure of printedFigures(top.roleId)) await expect(cards.first()).toContainText(figure);
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
