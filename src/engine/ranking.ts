// Ranking: every role the tree knows, scored by the answers on the path.
import { answeredPath } from './tree';
import type { Answers, Caveat, MatchLabel, OptionId, QuestionId, QuestionTree, RankedRole, Reason, RoleId, RoleStanding, Weight } from './types';

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
  /** How many of the answers point to the role. */
  readonly reasonCount: number;
  readonly catalogueIndex: number;
}

/**
 * The order of the ranking, rule by rule: each later rule breaks ties of the ones before.
 * The last (catalogue order) never ties, so the ranking is total and deterministic.
 * `description` completes "Roles are ordered by …" where the app explains the ranking.
 */
export const RANKING_RULES: readonly { readonly description: string; readonly compare: (a: Scored, b: Scored) => number }[] = [
  { description: 'the higher score', compare: (a, b) => b.score - a.score },
  { description: 'more of your answers pointing to the role', compare: (a, b) => b.reasonCount - a.reasonCount },
  { description: 'the role’s place in the catalogue of roles', compare: (a, b) => a.catalogueIndex - b.catalogueIndex },
];

const byRankingRules = (a: Scored, b: Scored): number => {
  for (const rule of RANKING_RULES) {
    const order = rule.compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
};

/** What one answer does: its weights and caveats, in the tree's order. */
interface AnswerEffects {
  readonly weights: readonly Weight[];
  readonly caveats: readonly Caveat[];
}

const NO_EFFECTS: AnswerEffects = { weights: [], caveats: [] };

/**
 * Each tree's weights and caveats grouped by answer, built once per tree object. Ranking every
 * path (for the closest paths and the bars' scale) would otherwise scan every weight for every
 * role at every step: about 40 times the work, and the slowest part of a results page at start-up.
 */
const effectsByTree = new WeakMap<QuestionTree, ReadonlyMap<QuestionId, ReadonlyMap<OptionId, AnswerEffects>>>();

function effectsIndex(tree: QuestionTree): ReadonlyMap<QuestionId, ReadonlyMap<OptionId, AnswerEffects>> {
  const known = effectsByTree.get(tree);
  if (known) return known;
  const index = new Map<QuestionId, Map<OptionId, { weights: Weight[]; caveats: Caveat[] }>>();
  const entryFor = (questionId: QuestionId, optionId: OptionId) => {
    let byOption = index.get(questionId);
    if (!byOption) index.set(questionId, (byOption = new Map()));
    let entry = byOption.get(optionId);
    if (!entry) byOption.set(optionId, (entry = { weights: [], caveats: [] }));
    return entry;
  };
  for (const weight of tree.weights) entryFor(weight.questionId, weight.optionId).weights.push(weight);
  for (const caveat of tree.caveats) entryFor(caveat.questionId, caveat.optionId).caveats.push(caveat);
  effectsByTree.set(tree, index);
  return index;
}

function effectsOnPath(tree: QuestionTree, answers: Answers): readonly AnswerEffects[] {
  const index = effectsIndex(tree);
  return answeredPath(tree, answers).map(({ question, option }) => index.get(question.id)?.get(option.id) ?? NO_EFFECTS);
}

/**
 * Ranks every role in `tree.roleIds`. Only answers on the path count.
 * Ties are broken by RANKING_RULES, in order: higher score; more answers pointing to the
 * role; earlier in the catalogue (`tree.roleIds`).
 */
export function rankRoles(tree: QuestionTree, answers: Answers): readonly RankedRole[] {
  const effects = effectsOnPath(tree, answers);
  const scored = tree.roleIds.map((roleId, catalogueIndex) => {
    const reasons: Reason[] = [];
    const caveats: string[] = [];
    let score = 0;
    for (const step of effects) {
      for (const weight of step.weights) {
        if (weight.roleId !== roleId) continue;
        reasons.push({ questionId: weight.questionId, optionId: weight.optionId, points: weight.points, text: weight.reason });
        score += weight.points;
      }
      for (const caveat of step.caveats) if (caveat.roleId === roleId) caveats.push(caveat.text);
    }
    return { roleId, score, reasonCount: reasons.length, reasons, caveats, catalogueIndex };
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

/**
 * The same order as rankRoles, without the reasons and caveats: each role's score and rank,
 * in rank order. For questions asked of every path (closest paths, the role pages' outcomes,
 * the bars' scale), it allocates a small object per role instead of the reasons behind it.
 */
export function rankStandings(tree: QuestionTree, answers: Answers): readonly RoleStanding[] {
  const effects = effectsOnPath(tree, answers);
  const scored = tree.roleIds.map((roleId, catalogueIndex) => {
    let score = 0;
    let reasonCount = 0;
    for (const step of effects) {
      for (const weight of step.weights) {
        if (weight.roleId !== roleId) continue;
        score += weight.points;
        reasonCount += 1;
      }
    }
    return { roleId, score, reasonCount, catalogueIndex };
  });
  scored.sort(byRankingRules);
  return scored.map(({ roleId, score }, index) => ({ roleId, score, rank: index + 1 }));
}

/** The ids of the first `count` ranked roles. */
export function topRoleIds(ranking: readonly RankedRole[], count = 3): readonly RoleId[] {
  return ranking.slice(0, count).map((role) => role.roleId);
}
