// The skills check in a real browser: marked by keyboard, saved across a reload, shown as a
// gap on results, role pages and compare, carried by the copied link into a fresh browser,
// and printed with the results. Expected text comes from the engine and the content.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { rankRoles, topRoleIds } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { gapSummary, roleReadiness } from '../../src/components/role-gap';
import { CHOICES } from '../../src/features/skills/skills-page';
import { roleDetailsAnchor } from '../../src/features/results/role-details';
import { COPIED_WITH_SKILLS } from '../../src/components/share-link';
import { SKILLS_CHECK_WORDING } from '../../src/components/skills-check-link';
import { KEEP_CHOICES, LINK_AND_SAVED_LABEL } from '../../src/features/results/link-and-saved';
import { RESULTS_HEADING, comparePath, expectVisibleFocus, h1, resultsPath, savedSkills, seedAnswers, skillName, waitForApp, type SkillStates } from './support/app';
import { COMPLETE, SOME_SKILLS } from './support/pages';
import { expect, test } from './support/test';

const run = promisify(execFile);
const SKILLS_HEADING = 'Check your skills';
/** Any role's gap heading ("Your skills for ML Engineer"). */
const GAP_HEADING = /^Your skills for /;
const label = (state: string) => CHOICES.find((choice) => choice.state === state)?.label ?? state;
const topRoleId = () => topRoleIds(rankRoles(questionTree, COMPLETE))[0] ?? '';

/** The first tally line the engine gives the role for these skills ("You have 1 of 4 must-have…"). */
function firstTally(roleId: string, skills: SkillStates): string {
  const role = getRole(roleId);
  if (!role) throw new Error(`No role ${roleId}`);
  return gapSummary(role, roleReadiness(role, skills))[0] ?? '';
}

test('the checklist works by keyboard: arrows choose within a skill, Tab moves to the next, focus stays visible', async ({ page }) => {
  await page.goto('/skills');
  await expect(h1(page)).toHaveText(SKILLS_HEADING);
  await waitForApp(page);

  const python = page.getByRole('group', { name: skillName('python'), exact: true });
  // Tab from the heading reaches the first skill's checked choice.
  await h1(page).focus();
  let onPython = false;
  for (let presses = 0; presses < 20 && !onPython; presses += 1) {
    await page.keyboard.press('Tab');
    onPython = await python.getByRole('radio', { name: label('missing') }).evaluate((radio) => radio === document.activeElement);
  }
  expect(onPython, 'Tab reaches the first skill').toBe(true);
  await expectVisibleFocus(python.getByRole('radio', { name: label('missing') }));

  // Up/Left moves back through the choices: "Learning", then "I have this".
  await page.keyboard.press('ArrowUp');
  await expect(python.getByRole('radio', { name: label('learning') })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(python.getByRole('radio', { name: label('have') })).toBeChecked();
  await expectVisibleFocus(python.getByRole('radio', { name: label('have') }));

  // Tab leaves the skill for the next one, whose choice is still "Not yet".
  await page.keyboard.press('Tab');
  const next = page.getByRole('group', { name: skillName('python-basics'), exact: true });
  await expect(next.getByRole('radio', { name: label('missing') })).toBeFocused();
  await expect(page.getByRole('status').getByText('You have 1 skill and are learning 0.')).toBeVisible();
  expect(await savedSkills(page)).toEqual({ python: 'have' });
});

test('marked skills show as a gap on results, role pages and compare, and survive a reload', async ({ page }) => {
  await page.goto(resultsPath(COMPLETE));
  await expect(h1(page)).toHaveText(RESULTS_HEADING);
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: GAP_HEADING })).toHaveCount(0);

  await page.getByRole('link', { name: SKILLS_CHECK_WORDING.brief, exact: true }).click();
  await expect(h1(page)).toHaveText(SKILLS_HEADING);
  await expect(h1(page)).toBeFocused();
  const marked: SkillStates = { python: 'have', 'python-pandas-numpy-scikit-learn': 'have', mlops: 'learning' };
  for (const [skillId, state] of Object.entries(marked)) {
    // Each group of skills is a disclosure; the first is open, the others open on request.
    const choice = page.getByRole('group', { name: skillName(skillId), exact: true });
    // (A role query skips what a closed disclosure hides, so the group's disclosure is found by its inputs.)
    const group = page.locator('details', { has: page.locator(`input[name="skill-${skillId}"]`) });
    if (!(await choice.isVisible())) await group.locator(':scope > summary').click();
    await choice.getByRole('radio', { name: label(state) }).check();
  }
  // The way back is at the top and at the bottom of the check.
  await expect(page.getByRole('link', { name: 'Back to your results' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Back to your results' }).first().click();
  await expect(h1(page)).toHaveText(RESULTS_HEADING);

  // The top role's gap and the readiness view are one step away, each in its disclosure.
  const firstCard = page.locator(`#${roleDetailsAnchor(topRoleId())}`);
  await firstCard.locator('summary').click();
  await expect(firstCard.getByRole('heading', { name: GAP_HEADING })).toBeVisible();
  await expect(firstCard).toContainText(firstTally(topRoleId(), marked));
  await page.getByText('How ready you are for each role', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Closest to ready' })).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await expect(firstCard).toContainText(firstTally(topRoleId(), marked));

  await page.goto('/roles/ml-engineer');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 2, name: GAP_HEADING })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(firstTally('ml-engineer', marked));

  await page.goto(comparePath(['ml-engineer', 'data-scientist']));
  await waitForApp(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Your gap' }) });
  await expect(row.getByRole('cell')).toHaveCount(2);
  await expect(row.getByRole('cell').first()).toContainText(firstTally('ml-engineer', marked));
});

test('the copied link carries the skills into a fresh browser, which keeps its own until asked', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedAnswers(page, COMPLETE, SOME_SKILLS);
  await page.goto(resultsPath(COMPLETE));
  await waitForApp(page);
  await page.getByRole('button', { name: 'Copy link to these results' }).click();
  await expect(page.getByRole('status').getByText(COPIED_WITH_SKILLS)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(resultsPath(COMPLETE, SOME_SKILLS), baseURL).href);

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    await other.goto(copied);
    await waitForApp(other);
    const firstCard = other.locator(`#${roleDetailsAnchor(topRoleId())}`);
    await expect(firstCard).toContainText(firstTally(topRoleId(), SOME_SKILLS));
    await expect(other.getByRole('region', { name: LINK_AND_SAVED_LABEL }).getByText('This link carries its own skills.')).toBeVisible();
    // Nothing is saved in the fresh browser until the person chooses.
    expect((await savedSkills(other)) ?? {}).toEqual({});
    await other.getByRole('button', { name: KEEP_CHOICES.skills }).click();
    await expect(other.getByText('These skills are now your saved skills in this browser.')).toBeFocused();
    expect(await savedSkills(other)).toEqual(SOME_SKILLS);
  } finally {
    await fresh.close();
  }
});

test('printing the results includes each top role’s gap and the readiness view', async ({ page }, testInfo) => {
  await seedAnswers(page, COMPLETE, SOME_SKILLS);
  await page.goto(resultsPath(COMPLETE));
  await waitForApp(page);
  await expect(page.getByText('How ready you are for each role', { exact: true })).toBeVisible();
  const file = testInfo.outputPath('results-with-skills.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  const text = stdout.replace(/\s+/g, ' ');
  expect(text).toContain(`Your skills for ${getRole(topRoleId())?.name}`);
  expect(text).toContain('Learn next');
  expect(text).toContain(firstTally(topRoleId(), SOME_SKILLS));
  expect(text).toContain('Closest to ready');
  expect(text).not.toContain('Update your skills');
});
