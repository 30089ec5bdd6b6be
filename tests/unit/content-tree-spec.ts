// For the content tests of the real question tree: the tree, and a spec of its shape
// written out by hand so the tests do not check the engine against itself. (The engine's
// own tests build small trees of their own: tests/unit/engine.)
import { enumeratePaths, getQuestion, type Answers, type Question, type RankedRole } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { ROLE_IDS } from '../../src/content/types';

export const tree = questionTree;
export const roleIds: readonly string[] = ROLE_IDS;

/** Every complete path of the real tree, computed once. */
export const allPaths: readonly Answers[] = enumeratePaths(tree);

export function question(id: string): Question {
  const found = getQuestion(tree, id);
  if (!found) throw new Error(`The real tree has no question "${id}".`);
  return found;
}

export function optionIds(questionId: string): string[] {
  return question(questionId).options.map((option) => option.id);
}

/**
 * The real tree's shape, by hand: code -> (yes: research | no: python -> research);
 * research -> (yes: phd -> stakeholders | no: stakeholders); stakeholders -> background -> end.
 * Only `python` and `phd` are conditional.
 */
export function isOnPathBySpec(answers: Answers, questionId: string): boolean {
  if (questionId === 'python') return answers.code === 'no';
  if (questionId === 'phd') return answers.research === 'yes';
  return ['code', 'research', 'stakeholders', 'background'].includes(questionId);
}

/** The question ids of a complete path in the order the tree asks them, by the hand-written spec. */
export function questionOrderBySpec(answers: Answers): string[] {
  return ['code', 'python', 'research', 'phd', 'stakeholders', 'background'].filter((id) => isOnPathBySpec(answers, id));
}

/** The follow-up each guide question adds for one of its answers. */
export const FOLLOW_UPS: Readonly<Record<string, { readonly when: string; readonly questionId: string }>> = {
  code: { when: 'no', questionId: 'python' },
  research: { when: 'yes', questionId: 'phd' },
};

export function without(answers: Answers, ...questionIds: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !questionIds.includes(id)));
}

/**
 * The same answers with `questionId` answered `optionId` instead: a follow-up that leaves
 * the path is dropped, one that joins it is answered each possible way (one result per way).
 */
export function withChangedAnswer(answers: Answers, questionId: string, optionId: string): Answers[] {
  const followUp = FOLLOW_UPS[questionId];
  if (!followUp) return [{ ...answers, [questionId]: optionId }];
  const base = { ...without(answers, followUp.questionId), [questionId]: optionId };
  if (optionId !== followUp.when) return [base];
  return optionIds(followUp.questionId).map((followUpOption) => ({ ...base, [followUp.questionId]: followUpOption }));
}

export function roleIn(ranking: readonly RankedRole[], roleId: string): RankedRole {
  const role = ranking.find((ranked) => ranked.roleId === roleId);
  if (!role) throw new Error(`Role "${roleId}" is missing from the ranking.`);
  return role;
}

/** A readable name for a path in failure messages, e.g. "code=yes&research=no&...". */
export function describePath(answers: Answers): string {
  return questionOrderBySpec(answers)
    .filter((id) => Object.hasOwn(answers, id))
    .map((id) => `${id}=${answers[id]}`)
    .join('&');
}

/** The same entries in a different key order (reversed, then rotated by `shift`). */
export function reorderKeys(answers: Answers, shift: number): Answers {
  const entries = Object.entries(answers).reverse();
  const cut = entries.length === 0 ? 0 : shift % entries.length;
  return Object.fromEntries([...entries.slice(cut), ...entries.slice(0, cut)]);
}
