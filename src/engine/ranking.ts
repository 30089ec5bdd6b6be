// Ranking: every role the tree knows, scored by the answers on the path.
import { answeredPath } from './tree';
import type { Answers, MatchLabel, QuestionTree, RankedRole, Reason, RoleId } from './types';

/** Score thresholds for the match label. One self-check answer is worth 3 points. */
export const MATCH_THRESHOLDS: readonly { readonly label: MatchLabel; readonly minScore: number }[] = [
  { label: 'strong', minScore: 7 },
  { label: 'good', minScore: 5 },
  { label: 'possible', minScore: 1 },
  { label: 'weak', minScore: Number.NEGATIVE_INFINITY },
];

export function matchLabel(score: number): MatchLabel {
  return MATCH_THRESHOLDS.find((threshold) => score >= threshold.minScore)?.label ?? 'weak';
}

/**
 * Ranks every role in `tree.roleIds`. Only answers on the path count.
 * Tie-break, in order: higher score; more answers pointing to the role;
 * earlier in the catalogue (`tree.roleIds`). So the ranking is total and deterministic.
 */
export function rankRoles(tree: QuestionTree, answers: Answers): readonly RankedRole[] {
  const path = answeredPath(tree, answers);
  const scored = tree.roleIds.map((roleId, catalogueIndex) => {
    const reasons: Reason[] = [];
    const caveats: string[] = [];
    for (const { question, option } of path) {
      for (const weight of tree.weights) {
        if (weight.roleId === roleId && weight.questionId === question.id && weight.optionId === option.id) {
          reasons.push({ questionId: question.id, optionId: option.id, points: weight.points, text: weight.reason });
        }
      }
      for (const caveat of tree.caveats) {
        if (caveat.roleId === roleId && caveat.questionId === question.id && caveat.optionId === option.id) {
          caveats.push(caveat.text);
        }
      }
    }
    const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
    return { roleId, score, reasons, caveats, catalogueIndex };
  });
  scored.sort(
    (a, b) => b.score - a.score || b.reasons.length - a.reasons.length || a.catalogueIndex - b.catalogueIndex,
  );
  return scored.map(({ roleId, score, reasons, caveats }, index) => ({
    roleId,
    score,
    rank: index + 1,
    match: matchLabel(score),
    reasons,
    caveats,
  }));
}

/** The ids of the first `count` ranked roles. */
export function topRoleIds(ranking: readonly RankedRole[], count = 3): readonly RoleId[] {
  return ranking.slice(0, count).map((role) => role.roleId);
}
