// The words of the explore parts of the results page (what-if, closest path, what changed):
// whole sentences from messages (src/i18n), one per case, filled in from the engine's diffs and
// the content's names.
import {
  answersToSearchParams,
  getOption,
  getQuestion,
  type AnswerChange,
  type Answers,
  type RankingDiff,
  type RoleId,
  type TopPlace,
} from '../../engine';
import { questionTree } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import { listOf, m, placeText } from '../../i18n';

export function roleNameOf(roleId: RoleId): string {
  return getRole(roleId)?.name ?? roleId;
}

export function promptOf(questionId: string): string {
  return getQuestion(questionTree, questionId)?.prompt ?? questionId;
}

export function optionLabelOf(questionId: string, optionId: string): string {
  const question = getQuestion(questionTree, questionId);
  return (question ? getOption(question, optionId)?.label : undefined) ?? optionId;
}

/** Joins texts in order with a message that puts one more after those so far; '' for none. */
function joined(texts: readonly string[], join: (before: string, next: string) => string): string {
  return texts.reduce((before, next, index) => (index === 0 ? next : join(before, next)), '');
}

/**
 * Who holds each place of a top, ties together: "Prompt Engineer 1st, then AI Engineer (LLM)
 * and Data Scientist joint 2nd".
 */
export function describeTop(places: readonly TopPlace[]): string {
  const groups: TopPlace[][] = [];
  for (const place of places) {
    const last = groups.at(-1);
    if (last && last[0]?.rank === place.rank) last.push(place);
    else groups.push([place]);
  }
  const texts = groups.map((group) =>
    m.results_top_place({ roles: listOf(group.map((place) => roleNameOf(place.roleId))), place: placeText(group[0]?.rank ?? 0, group.length > 1) }),
  );
  return joined(texts, (before, after) => m.results_top_places_join({ before, after }));
}

/**
 * What a changed ranking means for the top: who comes in (and from where), then what the top
 * becomes; "Nothing in your ranking would change" when no role's rank changes. Ranks are
 * shared, so roles that only swap places within a tie have not moved.
 */
export function describeDiff(diff: RankingDiff): string {
  if (diff.moved.length === 0) return m.results_diff_none();
  const three = diff.topCount === 3;
  const count = diff.topCount;
  if (diff.sameTopOrder) return three ? m.results_diff_same_order_three() : m.results_diff_same_order({ count });
  const top = describeTop(diff.topAfter);
  if (diff.sameTopRoles) return three ? m.results_diff_same_roles_three({ top }) : m.results_diff_same_roles({ count, top });
  const moves = joined(
    diff.entered.map((move) =>
      m.results_diff_move({
        role: roleNameOf(move.roleId),
        from: placeText(move.fromRank, diff.sharedRanksBefore.includes(move.fromRank)),
        to: placeText(move.toRank, diff.sharedRanksAfter.includes(move.toRank)),
      }),
    ),
    (before, move) => m.results_diff_moves_join({ moves: before, move }),
  );
  // The top can change with no role coming in from below (a shared place splitting up).
  if (moves === '') return three ? m.results_diff_becomes_three({ top }) : m.results_diff_becomes({ count, top });
  return three ? m.results_diff_enter_three({ moves, top }) : m.results_diff_enter({ moves, count, top });
}

/** "Yes to “Do you love writing code?” and No to “…”", a closest path's changes (ClosestLine puts them in its sentence). */
export function describeChanges(changes: readonly AnswerChange[]): string {
  return listOf(changes.map((change) => m.results_closest_change({ answer: optionLabelOf(change.questionId, change.to), question: promptOf(change.questionId) })));
}

/** "Results updated: your answer to “…” is now “…”.", for every question whose answer differs between two complete answer sets. */
export function describeAnswerUpdate(before: Answers, after: Answers): string | null {
  const changed = [...answersToSearchParams(questionTree, after)].filter(([questionId, optionId]) => before[questionId] !== optionId);
  if (changed.length === 0) return null;
  const changes = changed.map(([questionId, optionId]) =>
    m.results_update_change({ question: promptOf(questionId), answer: optionLabelOf(questionId, optionId) }),
  );
  return m.results_update({ changes: listOf(changes) });
}
