// The explore parts of the results page in a real browser: every what-if link reached by
// keyboard, a followed link moving focus and announcing the change, and the printed page
// read back from Chromium's PDF with pdftotext (results and compare). Expected values come from the engine.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { outcomeResults, whatIfs } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { citeSource } from '../../src/components/cite-source';
import { YOUR_ANSWERS_HEADING } from '../../src/features/results/your-answers';
import { rankRoles } from '../../src/engine';
import { RESULTS_HEADING, comparePath, h1, roleName, optionLabel, prompt, rankedRoleIds, resultsPath, topThreeNames, waitForApp, type Answers } from './support/app';
import { COMPLETE } from './support/pages';
import { expect, test } from './support/test';

const run = promisify(execFile);

const whatIfHrefs = (answers: Answers): string[] =>
  whatIfs(questionTree, answers).flatMap((question) =>
    question.alternatives.flatMap((branch) => outcomeResults(branch.outcome).map((result) => resultsPath(result.answers))),
  );

test('the keyboard opens each answer’s what-if and reaches every link, and following one moves focus to the heading and announces the change', async ({ page }) => {
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText(RESULTS_HEADING);
  await waitForApp(page);
  const expected = whatIfHrefs(COMPLETE);
  const region = page.getByRole('region', { name: YOUR_ANSWERS_HEADING });
  await expect(region.locator('.what-if a')).toHaveCount(expected.length);
  // Closed as the page opens: only their summaries show.
  await expect(region.locator('.what-if a').first()).toBeHidden();

  // Tab from the heading through the page, opening each what-if with Enter on its summary;
  // every what-if link takes focus, in order.
  await h1(page).focus();
  const reached: string[] = [];
  for (let presses = 0; presses < 200 && reached.length < expected.length; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active?.closest('.what-if')) return null;
      if (active.tagName === 'SUMMARY') return { summary: true, href: null };
      return { summary: false, href: active instanceof HTMLAnchorElement ? active.getAttribute('href') : null };
    });
    if (focused?.summary) await page.keyboard.press('Enter');
    else if (focused?.href && !reached.includes(focused.href)) reached.push(focused.href);
  }
  expect(reached).toEqual(expected);

  // The focused link is the last one; follow it by keyboard.
  await page.keyboard.press('Enter');
  const last = expected.at(-1) ?? '';
  await expect(page).toHaveURL(last);
  await expect(h1(page)).toBeFocused();
  const background = new URL(last, 'http://host').pathname.split('/').find((segment) => segment.startsWith('background-'))?.slice('background-'.length) ?? '';
  await expect(page.getByRole('status').filter({ hasText: 'Results updated' })).toHaveText(
    `Results updated: your answer to “${prompt('background')}” is now “${optionLabel('background', background)}”.`,
  );

  // Back returns to the first results.
  await page.goBack();
  await expect(page).toHaveURL(resultsPath(COMPLETE));
});

test('printing the results opens every detail, keeps each card, pay line and source whole, and leaves out the controls', async ({ page, baseURL }, testInfo) => {
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText(RESULTS_HEADING);
  await waitForApp(page);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  // page.pdf runs no beforeprint handler: the print stylesheet alone opens the disclosures.
  const file = testInfo.outputPath('results.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  const text = stdout.replace(/\s+/g, ' ');
  const pages = stdout.split('\f').filter((pageText) => pageText.trim() !== '');
  testInfo.annotations.push({ type: 'printed pages', description: String(pages.length) });

  for (const name of topThreeNames(COMPLETE)) expect(text).toContain(name);
  const top = rankRoles(questionTree, COMPLETE)[0]!;
  const salary = getRole(top.roleId)?.salary?.uk?.asPrinted;
  expect(salary).toBeTruthy();
  expect(text).toContain(salary);
  // Details that are closed on screen are printed: the top role's reasons and every what-if.
  for (const reason of top.reasons) expect(text).toContain(reason.text.replace(/\s+/g, ' ').slice(0, 40));
  expect(text).toContain('What if you answered');
  expect(text).toContain('Answer ');
  // Each source in full once, in the Sources list.
  expect(text.split(citeSource('skills-article').replace(/\s+/g, ' ')).length - 1).toBeLessThanOrEqual(1);
  // The address may wrap anywhere on paper.
  expect(text.replace(/\s/g, '')).toContain(`${baseURL}${resultsPath(COMPLETE)}`);
  expect(text).not.toContain('Start over');
  expect(text).not.toContain('Copy link');
  expect(text).not.toContain('Choose other roles to compare');
  // No page is a stray fragment: each holds several lines.
  expect(pages.length).toBeLessThanOrEqual(5);
  for (const [index, pageText] of pages.entries()) {
    expect(pageText.split('\n').filter((line) => line.trim() !== '').length, `page ${index + 1}`).toBeGreaterThanOrEqual(6);
  }
});

test('printing a comparison keeps the roles and the address, and leaves out the controls', async ({ page, baseURL }, testInfo) => {
  const roleIds = rankedRoleIds(COMPLETE).slice(0, 2);
  await page.goto(comparePath(roleIds));
  await waitForApp(page);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  const file = testInfo.outputPath('compare.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  const text = stdout.replace(/\s+/g, ' ');

  for (const roleId of roleIds) expect(text).toContain(roleName(roleId));
  expect(text).toContain(`${baseURL}${comparePath(roleIds)}`);
  expect(text).not.toContain('Add a role to compare');
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toContain(`Remove ${roleName(roleIds[0] ?? '')}`);
});
