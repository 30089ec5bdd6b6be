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

interface Scored {
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly catalogueIndex: number;
}

/**
 * The order of the ranking, rule by rule: each later rule breaks ties of the ones before.
 * The last (catalogue order) never ties, so the ranking is total and deterministic.
 * `description` completes "Roles are ordered by …" where the app explains the ranking.
 */
export const RANKING_RULES: readonly { readonly description: string; readonly compare: (a: Scored, b: Scored) => number }[] = [
  { description: 'the higher score', compare: (a, b) => b.score - a.score },
  { description: 'more of your answers pointing to the role', compare: (a, b) => b.reasons.length - a.reasons.length },
  { description: 'the role’s place in the catalogue of roles', compare: (a, b) => a.catalogueIndex - b.catalogueIndex },
];

const byRankingRules = (a: Scored, b: Scored): number => {
  for (const rule of RANKING_RULES) {
    const order = rule.compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
};

/**
 * Ranks every role in `tree.roleIds`. Only answers on the path count.
 * Ties are broken by RANKING_RULES, in order: higher score; more answers pointing to the
 * role; earlier in the catalogue (`tree.roleIds`).
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
  scored.sort(byRankingRules);
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
