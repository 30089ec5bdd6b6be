// Which complete answer sets make a role first, or put it in the top: counted over every
// path of the tree (rankEveryPath), so the role pages say what the engine really does.
import type { RankedPath } from './closest';
import { DEFAULT_TOP_COUNT } from './ranking-diff';
import { answeredPath } from './tree';
import type { Answers, PathStep, QuestionFlow, RoleId } from './types';

export interface RoleOutcome {
  readonly roleId: RoleId;
  /** How many complete answer sets the tree has. */
  readonly pathCount: number;
  /** The answer sets that rank the role first, in enumeration order. */
  readonly first: readonly Answers[];
  /** The answer sets that rank it within the top `topCount` (first included). */
  readonly top: readonly Answers[];
}

/** The outcome of one role over every ranked path. */
export function roleOutcome(rankedPaths: readonly RankedPath[], roleId: RoleId, topCount = DEFAULT_TOP_COUNT): RoleOutcome {
  const first: Answers[] = [];
  const top: Answers[] = [];
  for (const { answers, ranking } of rankedPaths) {
    const rank = ranking.find((role) => role.roleId === roleId)?.rank;
    if (rank === undefined) continue;
    if (rank === 1) first.push(answers);
    if (rank <= topCount) top.push(answers);
  }
  return { roleId, pathCount: rankedPaths.length, first, top };
}

export interface FinalAnswerGroup {
  /** The answers the group's sets share: every step of their path but the last. */
  readonly shared: readonly PathStep[];
  /** Each set of the group, by its last answer, in enumeration order. */
  readonly endings: readonly { readonly step: PathStep; readonly answers: Answers }[];
}

/**
 * Complete answer sets grouped by everything but their last answer, so a long list reads
 * as "these answers, then any of these": in the order each group first appears.
 */
export function groupByFinalAnswer(tree: QuestionFlow, answerSets: readonly Answers[]): readonly FinalAnswerGroup[] {
  const groups = new Map<string, { shared: readonly PathStep[]; endings: { step: PathStep; answers: Answers }[] }>();
  for (const answers of answerSets) {
    const path = answeredPath(tree, answers);
    const last = path.at(-1);
    if (!last) continue;
    const shared = path.slice(0, -1);
    const key = JSON.stringify(shared.map(({ question, option }) => [question.id, option.id]));
    const group = groups.get(key) ?? { shared, endings: [] };
    group.endings.push({ step: last, answers });
    groups.set(key, group);
  }
  return [...groups.values()];
}
