// Build-time content check: the engine's validators over the real tree, salaries and skills.
// Imported by vite.config.ts, so `vite build` fails on a broken tree or content.
import { describeProblem, describeSkillProblem, validateSalaries, validateSkills, validateTree } from '../src/engine';
import { questionTree } from '../src/content/question-tree';
import { roles } from '../src/content/roles';
import { skills } from '../src/content/skills';
import { skillListsToCheck } from '../src/content/skill-requirements';

export function contentProblems(): string[] {
  const salaries = roles.flatMap((role) =>
    [role.salary?.uk, role.salary?.us].flatMap((range) => (range ? [{ roleId: role.id, ...range }] : [])),
  );
  const questionIds = questionTree.questions.map((question) => question.id);
  return [
    ...[...validateTree(questionTree), ...validateSalaries(salaries, questionTree.roleIds)].map(describeProblem),
    ...validateSkills(skills, skillListsToCheck, questionIds).map(describeSkillProblem),
  ];
}
