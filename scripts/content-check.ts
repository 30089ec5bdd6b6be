// Build-time content check: the engine's validator over the real tree and salaries.
// Imported by vite.config.ts, so `vite build` fails on a broken tree or content.
import { describeProblem, validateSalaries, validateTree } from '../src/engine';
import { questionTree } from '../src/content/question-tree';
import { roles } from '../src/content/roles';

export function contentProblems(): string[] {
  const salaries = roles.flatMap((role) =>
    [role.salary?.uk, role.salary?.us].flatMap((range) => (range ? [{ roleId: role.id, ...range }] : [])),
  );
  return [...validateTree(questionTree), ...validateSalaries(salaries, questionTree.roleIds)].map(describeProblem);
}
