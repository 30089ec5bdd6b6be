// The explore parts of the results page in a real browser: every what-if link reached by
// keyboard, a followed link moving focus and announcing the change, and the printed page
// read back from Chromium's PDF with pdftotext (results and compare). Expected values come from the engine.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { outcomeResults, whatIfs } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { WHAT_IF_HEADING } from '../../src/features/results/what-if-section';
import { RESULTS_HEADING, comparePath, h1, roleName, optionLabel, prompt, rankedRoleIds, resultsPath, topThreeNames, waitForApp, type Answers } from './support/app';
import { COMPLETE } from './support/pages';
import { expect, test } from './support/test';

const run = promisify(execFile);

const whatIfHrefs = (answers: Answers): string[] =>
  whatIfs(questionTree, answers).flatMap((question) =>
    question.alternatives.flatMap((branch) => outcomeResults(branch.outcome).map((result) => resultsPath(result.answers))),
  );

test('the keyboard reaches every what-if link, and following one moves focus to the heading and announces the change', async ({ page }) => {
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText(RESULTS_HEADING);
  await waitForApp(page);
  const expected = whatIfHrefs(COMPLETE);
  const region = page.getByRole('region', { name: WHAT_IF_HEADING });
  await expect(region.getByRole('link')).toHaveCount(expected.length);

  // Tab from the heading through the page; every what-if link takes focus, in order.
  await h1(page).focus();
  const reached: string[] = [];
  for (let presses = 0; presses < 200 && reached.length < expected.length; presses += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLAnchorElement && active.closest('.what-if') ? active.getAttribute('href') : null;
    });
    if (href !== null && !reached.includes(href)) reached.push(href);
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

test('printing the results keeps the top roles, pay and the address, and leaves out the controls', async ({ page, baseURL }, testInfo) => {
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText(RESULTS_HEADING);
  await waitForApp(page);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  const file = testInfo.outputPath('results.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  const text = stdout.replace(/\s+/g, ' ');

  for (const name of topThreeNames(COMPLETE)) expect(text).toContain(name);
  const salary = getRole(rankedRoleIds(COMPLETE)[0] ?? '')?.salary?.uk?.asPrinted;
  expect(salary).toBeTruthy();
  expect(text).toContain(salary);
  expect(text).toContain(`${baseURL}${resultsPath(COMPLETE)}`);
  expect(text).not.toContain('Start over');
  expect(text).not.toContain('Copy link');
  expect(text).not.toContain(WHAT_IF_HEADING);
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
