// The validator: finds what would make a tree or its content misbehave.
// It runs in the tests and at build (scripts/content-check.ts, which vite.config.ts runs).
import { rankRoles, topRoleIds } from './ranking';
import { enumeratePaths, getQuestion, nextQuestionIdAfter } from './tree';
import type { QuestionId, QuestionTree, RoleId, TreeProblem } from './types';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/** Every `next` a question can lead to, ignoring the end (`null`). */
function targetsOf(tree: QuestionTree, id: QuestionId): string[] {
  const question = getQuestion(tree, id);
  if (!question) return [];
  const targets = question.options
    .map((option) => nextQuestionIdAfter(question, option))
    .filter((next): next is string => next !== null);
  return [...new Set(targets)];
}

function findCycle(tree: QuestionTree): QuestionId[] | null {
  const state = new Map<QuestionId, 'visiting' | 'done'>();
  const stack: QuestionId[] = [];
  const visit = (id: QuestionId): QuestionId[] | null => {
    if (state.get(id) === 'done' || !getQuestion(tree, id)) return null;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of targetsOf(tree, id)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const question of tree.questions) {
    const cycle = visit(question.id);
    if (cycle) return cycle;
  }
  return null;
}

export function validateTree(tree: QuestionTree): readonly TreeProblem[] {
  const problems: TreeProblem[] = [];
  const questionIds = tree.questions.map((question) => question.id);
  for (const id of duplicates(questionIds)) problems.push({ kind: 'duplicate-id', id });
  for (const id of duplicates(tree.roleIds)) problems.push({ kind: 'duplicate-id', id });
  for (const question of tree.questions) {
    for (const id of duplicates(question.options.map((option) => option.id))) {
      problems.push({ kind: 'duplicate-id', id: `${question.id}.${id}` });
    }
    if (question.options.length < 2) problems.push({ kind: 'too-few-options', questionId: question.id });
    for (const next of targetsOf(tree, question.id)) {
      if (!getQuestion(tree, next)) problems.push({ kind: 'dangling-next', questionId: question.id, next });
    }
  }
  if (!getQuestion(tree, tree.start)) problems.push({ kind: 'missing-start', start: tree.start });

  const reachable = new Set<QuestionId>();
  const queue = [tree.start];
  while (queue.length > 0) {
    const id = queue.shift() as QuestionId;
    if (reachable.has(id) || !getQuestion(tree, id)) continue;
    reachable.add(id);
    queue.push(...targetsOf(tree, id));
  }
  for (const id of questionIds) {
    if (!reachable.has(id)) problems.push({ kind: 'unreachable-question', questionId: id });
  }

  const cycle = findCycle(tree);
  if (cycle) problems.push({ kind: 'cycle', questionIds: cycle });

  const knownRoles = new Set<RoleId>(tree.roleIds);
  const links = [
    ...tree.weights.map((weight) => ({ ...weight, where: 'weight' })),
    ...tree.caveats.map((caveat) => ({ ...caveat, where: 'caveat' })),
    ...tree.holdBacks.map((holdBack) => ({ ...holdBack, where: 'hold-back' })),
  ];
  for (const link of links) {
    if (!knownRoles.has(link.roleId)) problems.push({ kind: 'unknown-role', roleId: link.roleId, where: link.where });
    const question = getQuestion(tree, link.questionId);
    if (!question || !question.options.some((option) => option.id === link.optionId)) {
      problems.push({ kind: 'unknown-answer', questionId: link.questionId, optionId: link.optionId, where: link.where });
    }
  }

  // Ranking every path is only meaningful on a sound tree.
  if (problems.length === 0) {
    const inTopThree = new Set<RoleId>();
    for (const answers of enumeratePaths(tree)) {
      for (const roleId of topRoleIds(rankRoles(tree, answers))) inTopThree.add(roleId);
    }
    for (const roleId of tree.roleIds) {
      if (!inTopThree.has(roleId)) problems.push({ kind: 'never-top-three', roleId });
    }
  }
  return problems;
}

export interface SalaryToCheck {
  readonly roleId: RoleId;
  readonly currency: string;
  readonly lower: number;
  readonly upper: number;
}

/** Salary ranges must not end below where they start. */
export function validateSalaries(salaries: readonly SalaryToCheck[], knownRoleIds: readonly RoleId[]): readonly TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const salary of salaries) {
    if (!knownRoleIds.includes(salary.roleId)) problems.push({ kind: 'unknown-role', roleId: salary.roleId, where: 'salary' });
    if (!(salary.upper >= salary.lower)) {
      problems.push({ kind: 'salary-upper-below-lower', roleId: salary.roleId, currency: salary.currency });
    }
  }
  return problems;
}

/** A readable line per problem, for build output and test failures. */
export function describeProblem(problem: TreeProblem): string {
  switch (problem.kind) {
    case 'duplicate-id':
      return `Duplicate id "${problem.id}".`;
    case 'dangling-next':
      return `Question "${problem.questionId}" leads to "${problem.next}", which does not exist.`;
    case 'missing-start':
      return `The start question "${problem.start}" does not exist.`;
    case 'unreachable-question':
      return `Question "${problem.questionId}" cannot be reached from the start.`;
    case 'cycle':
      return `The questions loop: ${problem.questionIds.join(' -> ')}.`;
    case 'unknown-role':
      return `A ${problem.where} names unknown role "${problem.roleId}".`;
    case 'unknown-answer':
      return `A ${problem.where} names unknown answer ${problem.questionId}=${problem.optionId}.`;
    case 'too-few-options':
      return `Question "${problem.questionId}" has fewer than two options.`;
    case 'never-top-three':
      return `Role "${problem.roleId}" is not in the top three on any path.`;
    case 'salary-upper-below-lower':
      return `The ${problem.currency} salary of "${problem.roleId}" ends below where it starts.`;
  }
}
