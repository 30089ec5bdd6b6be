// Ranking: every role the tree knows, scored by the answers on the path.
import { answeredPath } from './tree';
import type {
  Answers,
  Caveat,
  HoldBack,
  MatchLabel,
  OptionId,
  QuestionId,
  QuestionTree,
  RankedRole,
  Reason,
  RoleCaveat,
  RoleId,
  RoleStanding,
  Weight,
} from './types';

/** Score thresholds for the match label. One self-check answer is worth 3 points. */
export const MATCH_THRESHOLDS: readonly { readonly label: Exclude<MatchLabel, 'held-back'>; readonly minScore: number }[] = [
  { label: 'strong', minScore: 7 },
  { label: 'good', minScore: 5 },
  { label: 'possible', minScore: 1 },
  { label: 'weak', minScore: Number.NEGATIVE_INFINITY },
];

/** The label of a score; a held-back role is labelled so whatever it scores, since its points do not place it. */
export function matchLabel(score: number, heldBack = false): MatchLabel {
  if (heldBack) return 'held-back';
  return MATCH_THRESHOLDS.find((threshold) => score >= threshold.minScore)?.label ?? 'weak';
}

interface Scored {
  readonly heldBack: boolean;
  readonly score: number;
  /** How many of the answers point to the role. */
  readonly reasonCount: number;
  readonly catalogueIndex: number;
}

/** The ranking's rules by name: the app words each one per language, keyed by this id. */
export type RankingRuleId = 'held-back' | 'score' | 'reason-count' | 'catalogue';

interface RankingRule {
  readonly id: RankingRuleId;
  /** For readers of this code; what people read is the app's words for `id`. */
  readonly description: string;
  readonly compare: (a: Scored, b: Scored) => number;
}

/** The rules that place a role: roles level on all of them share a rank. */
export const RANK_RULES: readonly RankingRule[] = [
  {
    id: 'held-back',
    description: 'whether one of your answers holds the role back: a role an answer holds back comes after every role none does',
    compare: (a, b) => Number(a.heldBack) - Number(b.heldBack),
  },
  { id: 'score', description: 'the higher score', compare: (a, b) => b.score - a.score },
];

/**
 * The order within a shared rank, rule by rule. It decides only who is listed first: the last
 * (catalogue order) never ties, so the list is total and deterministic.
 */
export const TIE_ORDER_RULES: readonly RankingRule[] = [
  { id: 'reason-count', description: 'more of your answers pointing to the role', compare: (a, b) => b.reasonCount - a.reasonCount },
  { id: 'catalogue', description: 'the role’s place in the catalogue of roles', compare: (a, b) => a.catalogueIndex - b.catalogueIndex },
];

function compareBy(rules: readonly RankingRule[], a: Scored, b: Scored): number {
  for (const rule of rules) {
    const order = rule.compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

const inListOrder = (a: Scored, b: Scored): number => compareBy(RANK_RULES, a, b) || compareBy(TIE_ORDER_RULES, a, b);

/** Shared ranks of a list already in order: a role level with the one before it takes its rank. */
function withSharedRanks<T extends Scored>(sorted: readonly T[]): (T & { readonly rank: number })[] {
  const ranked: (T & { readonly rank: number })[] = [];
  sorted.forEach((role, index) => {
    const before = ranked[index - 1];
    const rank = before && compareBy(RANK_RULES, before, role) === 0 ? before.rank : index + 1;
    ranked.push({ ...role, rank });
  });
  return ranked;
}

/** What one answer does: its weights, caveats and hold-backs, in the tree's order. */
interface AnswerEffects {
  readonly weights: readonly Weight[];
  readonly caveats: readonly Caveat[];
  readonly holdBacks: readonly HoldBack[];
}

const NO_EFFECTS: AnswerEffects = { weights: [], caveats: [], holdBacks: [] };

/**
 * Each tree's effects grouped by answer, built once per tree object. Ranking every path (for
 * the closest paths and the bars' scale) would otherwise scan every weight for every role at
 * every step: about 40 times the work, and the slowest part of a results page at start-up.
 */
const effectsByTree = new WeakMap<QuestionTree, ReadonlyMap<QuestionId, ReadonlyMap<OptionId, AnswerEffects>>>();

function effectsIndex(tree: QuestionTree): ReadonlyMap<QuestionId, ReadonlyMap<OptionId, AnswerEffects>> {
  const known = effectsByTree.get(tree);
  if (known) return known;
  const index = new Map<QuestionId, Map<OptionId, { weights: Weight[]; caveats: Caveat[]; holdBacks: HoldBack[] }>>();
  const entryFor = (questionId: QuestionId, optionId: OptionId) => {
    let byOption = index.get(questionId);
    if (!byOption) index.set(questionId, (byOption = new Map()));
    let entry = byOption.get(optionId);
    if (!entry) byOption.set(optionId, (entry = { weights: [], caveats: [], holdBacks: [] }));
    return entry;
  };
  for (const weight of tree.weights) entryFor(weight.questionId, weight.optionId).weights.push(weight);
  for (const caveat of tree.caveats) entryFor(caveat.questionId, caveat.optionId).caveats.push(caveat);
  for (const holdBack of tree.holdBacks) entryFor(holdBack.questionId, holdBack.optionId).holdBacks.push(holdBack);
  effectsByTree.set(tree, index);
  return index;
}

function effectsOnPath(tree: QuestionTree, answers: Answers): readonly AnswerEffects[] {
  const index = effectsIndex(tree);
  return answeredPath(tree, answers).map(({ question, option }) => index.get(question.id)?.get(option.id) ?? NO_EFFECTS);
}

/**
 * Ranks every role in `tree.roleIds`. Only answers on the path count.
 * Roles are placed by RANK_RULES (not held back first, then the higher score); roles level on
 * both share a rank, listed in TIE_ORDER_RULES' order (more answers pointing to the role, then
 * earlier in the catalogue, `tree.roleIds`).
 */
export function rankRoles(tree: QuestionTree, answers: Answers): readonly RankedRole[] {
  const effects = effectsOnPath(tree, answers);
  const scored = tree.roleIds.map((roleId, catalogueIndex) => {
    const reasons: Reason[] = [];
    const caveats: RoleCaveat[] = [];
    let score = 0;
    let heldBack = false;
    for (const step of effects) {
      for (const weight of step.weights) {
        if (weight.roleId !== roleId) continue;
        reasons.push({ questionId: weight.questionId, optionId: weight.optionId, points: weight.points, text: weight.reason });
        score += weight.points;
      }
      for (const holdBack of step.holdBacks) {
        if (holdBack.roleId !== roleId) continue;
        heldBack = true;
        caveats.push({ text: holdBack.text, brief: holdBack.brief });
      }
      for (const caveat of step.caveats) if (caveat.roleId === roleId) caveats.push({ text: caveat.text, brief: caveat.brief });
    }
    return { roleId, score, heldBack, reasonCount: reasons.length, reasons, caveats, catalogueIndex };
  });
  return withSharedRanks(scored.sort(inListOrder)).map(({ roleId, score, rank, heldBack, reasons, caveats }) => ({
    roleId,
    score,
    rank,
    match: matchLabel(score, heldBack),
    reasons,
    caveats,
    heldBack,
  }));
}

/**
 * The same order and ranks as rankRoles, without the reasons and caveats. For questions asked
 * of every path (closest paths, the role pages' outcomes, the bars' scale), it allocates a small
 * object per role instead of the reasons behind it.
 */
export function rankStandings(tree: QuestionTree, answers: Answers): readonly RoleStanding[] {
  const effects = effectsOnPath(tree, answers);
  const scored = tree.roleIds.map((roleId, catalogueIndex) => {
    let score = 0;
    let reasonCount = 0;
    let heldBack = false;
    for (const step of effects) {
      for (const weight of step.weights) {
        if (weight.roleId !== roleId) continue;
        score += weight.points;
        reasonCount += 1;
      }
      for (const holdBack of step.holdBacks) if (holdBack.roleId === roleId) heldBack = true;
    }
    return { roleId, score, heldBack, reasonCount, catalogueIndex };
  });
  return withSharedRanks(scored.sort(inListOrder)).map(({ roleId, score, rank }) => ({ roleId, score, rank }));
}

/** The ids of the first `count` roles in list order (a tie at the edge is cut where the list is). */
export function topRoleIds(ranking: readonly RoleStanding[], count = 3): readonly RoleId[] {
  return ranking.slice(0, count).map((role) => role.roleId);
}

/** Whether another role shares this rank: "joint 2nd" rather than "2nd". */
export function isSharedRank(ranking: readonly RoleStanding[], rank: number): boolean {
  return ranking.filter((role) => role.rank === rank).length > 1;
}
